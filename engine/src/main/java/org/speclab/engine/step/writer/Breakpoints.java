package org.speclab.engine.step.writer;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.kernel.FileSlot;
import org.speclab.engine.kernel.PageText;
import org.speclab.engine.kernel.UprobeSlot;
import org.speclab.engine.kernel.VmaSlot;
import org.speclab.engine.kernel.VmaTree;
import org.speclab.engine.kernel.World;

/** Where a uprobe's breakpoint lies in the mm: every mapped address whose (inode, offset) is the uprobe's. */
final class Breakpoints {
    private Breakpoints() {}

    /** Addresses in the tree that map u's inode identity at u's offset. */
    static List<Long> of(World w, UprobeSlot u) {
        List<Long> out = new ArrayList<>();
        for (VmaTree.Entry e : w.mm().tree().entries()) {
            long a = addressIn(w, e, u);
            if (a >= 0) out.add(a);
        }
        return out;
    }

    /** uprobe_mmap(): the breakpoint addresses of every registered uprobe inside one tree range. */
    static List<Long> inRange(World w, VmaTree.Entry e) {
        List<Long> out = new ArrayList<>();
        for (var n : w.utree().nodes()) {
            long a = addressIn(w, e, w.uprobes().get(n.uprobe()));
            if (a >= 0) out.add(a);
        }
        return out;
    }

    private static long addressIn(World w, VmaTree.Entry e, UprobeSlot u) {
        VmaSlot v = w.vmas().get(e.vma());
        if (v.file() == null || v.file().wild()) return -1;
        FileSlot f = w.file(v.file());
        if (f.inode() != u.inode() || f.inodeGen() != u.inodeGen()) return -1;
        long base = v.fileOffset(e.start());
        if (u.offset() < base || u.offset() >= base + (e.end() - e.start())) return -1;
        return e.start() + (u.offset() - base);
    }

    static PageText install(PageText t, List<Long> addrs) {
        for (long a : addrs) t = t.install(a);
        return t;
    }

    /** Page contents of an unmapped range are gone from this address space. */
    static PageText clear(PageText t, long start, long end) {
        for (long a : new ArrayList<>(t.breakpoints())) if (start <= a && a < end) t = t.remove(a);
        return t;
    }
}
