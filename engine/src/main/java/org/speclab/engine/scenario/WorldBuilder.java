package org.speclab.engine.scenario;

import java.util.HashMap;
import java.util.Map;
import org.speclab.engine.kernel.Cache;
import org.speclab.engine.kernel.Committed;
import org.speclab.engine.kernel.FileRef;
import org.speclab.engine.kernel.FileSlot;
import org.speclab.engine.kernel.InodeSlot;
import org.speclab.engine.kernel.Mm;
import org.speclab.engine.kernel.MmapLock;
import org.speclab.engine.kernel.PageText;
import org.speclab.engine.kernel.RcuFlavor;
import org.speclab.engine.kernel.Slab;
import org.speclab.engine.kernel.UprobeSlot;
import org.speclab.engine.kernel.UprobeTree;
import org.speclab.engine.kernel.VmaSlot;
import org.speclab.engine.kernel.VmaTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.program.Op;
import org.speclab.engine.program.ThreadSpec;
import org.speclab.engine.variant.Knobs;

/**
 * Builds the initial {@link World} of a scenario: objects take slots 0, 1, … of their caches in declaration
 * order, with spare free slots for what the threads allocate. Reference counts follow from the declarations:
 * a file is held by each VMA mapping it and by an open descriptor; an inode by each file, by its dentry and by
 * each registered uprobe's registrant.
 */
public final class WorldBuilder {
    /** Spare slots per cache beyond the declared objects. */
    public static final int SPARE = 6;

    private WorldBuilder() {}

    /**
     * The scenario's initial world, with a VMA cache big enough for the worst case of its threads' operations
     * (see {@link #newVmas}), so no interleaving can exhaust it.
     */
    public static World build(Scenario sc) {
        int needed = 0;
        for (ThreadSpec t : sc.threads()) for (Op op : t.ops()) needed += newVmas(op);
        return build(sc.world(), sc.variant().knobs(), Math.max(SPARE, needed));
    }

    /**
     * The new VMAs an operation can allocate at most, whatever runs beside it and counting no slot reuse: a
     * split at each end of its range (__split_vma's vm_area_dup), plus mmap-fixed's vm_area_alloc or mremap's
     * copy_vma.
     */
    public static int newVmas(Op op) {
        if (op instanceof Op.MmapFixed || op instanceof Op.Mremap) return 3;
        if (op instanceof Op.Munmap || op instanceof Op.Mprotect) return 2;
        return 0;
    }

    public static World build(WorldSpec spec, Knobs knobs) { return build(spec, knobs, SPARE); }

    private static World build(WorldSpec spec, Knobs knobs, int spareVmas) {
        Map<String, Integer> inodeIndex = new HashMap<>();
        Slab<InodeSlot> inodes = Slab.empty(Cache.INODE, InodeSlot.BLANK, spec.inodes().size() + SPARE);
        for (WorldSpec.InodeSpec i : spec.inodes()) {
            inodeIndex.put(i.name(), inodes.nextFree());
            inodes = inodes.allocate(new InodeSlot(null, i.name(), 1 + refs(spec, i.name())));
        }
        Map<String, FileRef> fileIndex = new HashMap<>();
        Slab<FileSlot> filp = Slab.empty(Cache.FILP, FileSlot.BLANK, spec.files().size() + SPARE);
        Slab<FileSlot> bfilp = Slab.empty(Cache.BFILP, FileSlot.BLANK, SPARE);
        for (WorldSpec.FileSpec f : spec.files()) {
            int count = (f.open() ? 1 : 0) + (int) spec.vmas().stream().filter(v -> f.name().equals(v.file())).count();
            int inode = inodeIndex.get(f.inode());
            FileSlot slot = new FileSlot(null, f.name(), count, inode, 1, f.backing());
            if (f.backing()) {
                fileIndex.put(f.name(), new FileRef(Cache.BFILP, bfilp.nextFree()));
                bfilp = bfilp.allocate(slot);
            } else {
                fileIndex.put(f.name(), new FileRef(Cache.FILP, filp.nextFree()));
                filp = filp.allocate(slot);
            }
        }
        Slab<VmaSlot> vmas = Slab.empty(Cache.VMA, VmaSlot.BLANK, spec.vmas().size() + spareVmas);
        VmaTree tree = VmaTree.EMPTY;
        for (WorldSpec.VmaSpec v : spec.vmas()) {
            int index = vmas.nextFree();
            FileRef file = v.file() == null ? null : fileIndex.get(v.file());
            vmas = vmas.allocate(new VmaSlot(null, v.start(), v.end(), v.pgoff(), file, true, -1));
            tree = tree.store(v.start(), v.end(), index);
        }
        Slab<UprobeSlot> uprobes = Slab.empty(Cache.UPROBE, UprobeSlot.BLANK, spec.uprobes().size() + SPARE);
        UprobeTree utree = UprobeTree.EMPTY;
        for (WorldSpec.UprobeSpec u : spec.uprobes()) {
            int index = uprobes.nextFree();
            int inode = inodeIndex.get(u.inode());
            uprobes = uprobes.allocate(new UprobeSlot(null, u.name(), inode, 1, u.offset(), 1, true, u.installed(), 1));
            utree = utree.put(new UprobeTree.Node(inode, u.offset(), index, 1));
        }
        Mm mm = new Mm(MmapLock.FREE, spec.seq(), knobs.seqBits(), false, false, tree);
        World w = new World(mm, vmas, filp, bfilp, inodes, uprobes, utree, RcuFlavor.idle("rcu"), RcuFlavor.idle("rcu-trace"),
                PageText.CLEAN, Committed.NOTHING);
        w = w.withCommitted(w.mappingNow());
        PageText text = PageText.CLEAN;
        for (var node : utree.nodes()) {
            if (!w.uprobes().get(node.uprobe()).copyInsn()) continue;
            for (var e : tree.entries()) {
                VmaSlot v = w.vmas().get(e.vma());
                if (v.file() == null) continue;
                if (w.file(v.file()).inode() != node.inode()) continue;
                long base = v.fileOffset(e.start());
                if (node.offset() >= base && node.offset() < base + (e.end() - e.start())) text = text.install(e.start() + node.offset() - base);
            }
        }
        return w.withText(text).withMm(w.mm().withHasUprobes(!text.breakpoints().isEmpty()));
    }

    private static int refs(WorldSpec spec, String inode) {
        int files = (int) spec.files().stream().filter(f -> f.inode().equals(inode)).count();
        int probes = (int) spec.uprobes().stream().filter(u -> u.inode().equals(inode)).count();
        return files + probes;
    }
}
