package org.speclab.engine.run;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.speclab.engine.kernel.Cache;
import org.speclab.engine.kernel.Committed;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.MmapLock;
import org.speclab.engine.kernel.RcuFlavor;
import org.speclab.engine.kernel.Slab;
import org.speclab.engine.kernel.Slot;
import org.speclab.engine.kernel.UprobeTree;
import org.speclab.engine.kernel.VmaTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.program.Machine;
import org.speclab.engine.step.Regs;

/** What a step changed, field by field, in the words a kernel developer uses. Used for traces only. */
public final class WorldDiff {
    private final Machine machine;

    public WorldDiff(Machine machine) { this.machine = machine; }

    public List<Change> between(World a, World b) {
        List<Change> out = new ArrayList<>();
        if (a.mm().seq() != b.mm().seq()) out.add(new Change("mm_lock_seq", "" + a.mm().seqValue(), "" + b.mm().seqValue()));
        field(out, "mmap_lock", a.mm().lock(), b.mm().lock(), this::lock);
        field(out, "mm.flags", a.mm(), b.mm(), m -> flags(m.hasUprobes(), m.recalcUprobes()));
        field(out, "mm_mt", a.mm().tree(), b.mm().tree(), WorldDiff::tree);
        slots(out, a.vmas(), b.vmas());
        slots(out, a.filp(), b.filp());
        slots(out, a.bfilp(), b.bfilp());
        slots(out, a.inodes(), b.inodes());
        slots(out, a.uprobes(), b.uprobes());
        if (a.utree().seq() != b.utree().seq()) out.add(new Change("uprobes_seqcount", "" + a.utree().seq(), "" + b.utree().seq()));
        field(out, "uprobes_treelock", a.utree(), b.utree(), t -> t.writeLocked() ? "write: " + machine.threadName(t.writer()) : "free");
        field(out, "uprobes_tree", a.utree(), b.utree(), t -> nodes(t.nodes()));
        rcu(out, "rcu", a.rcu(), b.rcu());
        rcu(out, "rcu-trace", a.trace(), b.trace());
        field(out, "text", a.text(), b.text(), t -> t.breakpoints().isEmpty() ? "no int3" : "int3 at " + t.breakpoints().stream().map(Kernel::hex).toList());
        field(out, "committed", a.committed(), b.committed(), WorldDiff::committed);
        return out;
    }

    /** Changes of one thread's locals, as {@code cpu0.seq 0 → 2}. */
    public List<Change> between(String thread, Regs a, Regs b) {
        List<Change> out = new ArrayList<>();
        if (a.getClass() != b.getClass()) return out;
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            if (c.getName().equals("valid") || c.getName().equals("window")) continue;
            Object x = read(c, a);
            Object y = read(c, b);
            if (!Objects.equals(x, y)) out.add(new Change(thread + "." + c.getName(), show(c.getName(), x), show(c.getName(), y)));
        }
        return out;
    }

    private static Object read(RecordComponent c, Object r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Addresses and byte offsets in hex (as the listing writes them), page offsets and counts in decimal. */
    private static String show(String field, Object o) {
        if (o == null) return "-";
        if (o instanceof Long l) return field.equals("pgoff") ? l.toString() : Kernel.hex(l);
        // sequence counts are unsigned 32-bit, as in the kernel: 0x80000000 is 2147483648, not negative. A VMA's
        // vm_lock_seq of -1 is the "never write-locked" sentinel and reads better as it is.
        if (o instanceof Integer i && i != -1 && field.toLowerCase(java.util.Locale.ROOT).contains("seq")) return Integer.toUnsignedString(i);
        return o.toString();
    }

    private static <T> void field(List<Change> out, String name, T a, T b, Function<T, String> show) {
        if (a.equals(b)) return;
        String x = show.apply(a);
        String y = show.apply(b);
        if (!x.equals(y)) out.add(new Change(name, x, y));
    }

    /** Slot changes field by field: {@code filp[0].f_count 1 → 0}, {@code filp[0].state LIVE → FREE}. */
    private static <T extends Slot<T>> void slots(List<Change> out, Slab<T> a, Slab<T> b) {
        if (a.equals(b)) return;
        for (int i = 0; i < a.size(); i++) {
            T x = a.get(i);
            T y = b.get(i);
            if (x.equals(y)) continue;
            String slot = a.cache().slot(i);
            if (x.gen() != y.gen()) out.add(new Change(slot + ".gen", "" + x.gen(), "" + y.gen()));
            String sx = header(x).replaceAll("^gen \\d+ ", "");
            String sy = header(y).replaceAll("^gen \\d+ ", "");
            if (!sx.equals(sy)) out.add(new Change(slot + ".state", sx, sy));
            for (RecordComponent c : x.getClass().getRecordComponents()) {
                if (c.getName().equals("header")) continue;
                Object p = read(c, x);
                Object q = read(c, y);
                if (!Objects.equals(p, q)) out.add(new Change(slot + "." + kernelName(a.cache(), c.getName()), show(c.getName(), p), show(c.getName(), q)));
            }
        }
    }

    /** The kernel's field names, so traces read like the source: vm_start, f_count, i_count. */
    private static String kernelName(Cache cache, String field) {
        return switch (cache) {
            case VMA -> switch (field) {
                case "start", "end", "pgoff", "file" -> "vm_" + field;
                case "lockSeq" -> "vm_lock_seq";
                default -> field;
            };
            case FILP, BFILP -> switch (field) {
                case "count", "inode" -> "f_" + field;
                default -> field;
            };
            case INODE -> field.equals("count") ? "i_count" : field;
            case UPROBE -> field;
        };
    }

    private void rcu(List<Change> out, String name, RcuFlavor a, RcuFlavor b) {
        if (a.equals(b)) return;
        field(out, name + ".readers", a, b, this::readers);
        field(out, name + ".gp", a, b, this::gp);
        field(out, name + ".callbacks", a, b, f -> f.callbacks().isEmpty() ? "none"
                : String.join(", ", f.callbacks().stream().map(c -> c.describe() + " after GP " + c.waitFor()).toList()));
    }

    private String readers(RcuFlavor f) {
        List<String> readers = new ArrayList<>();
        for (int t = 0; t < machine.threadCount(); t++) if (f.depth(t) > 0) readers.add(machine.threadName(t));
        return readers.isEmpty() ? "none" : String.join(",", readers);
    }

    private String gp(RcuFlavor f) {
        if (!f.gpInProgress()) return f.completed() + " done";
        List<String> ws = new ArrayList<>();
        for (int t = 0; t < 16; t++) if ((f.waitset() & (1 << t)) != 0) ws.add(machine.threadName(t));
        return "GP " + f.started() + " waits for " + (ws.isEmpty() ? "nobody" : String.join(",", ws));
    }

    public static String header(Slot<?> s) {
        return "gen " + s.gen() + " " + (s.returned() ? "RETURNED" : s.live() ? "LIVE" : "FREE");
    }

    public static String tree(VmaTree t) {
        if (t.entries().isEmpty()) return "empty";
        List<String> parts = new ArrayList<>();
        for (VmaTree.Entry e : t.entries()) parts.add("[" + Kernel.hex(e.start()) + "," + Kernel.hex(e.end()) + ")→vma[" + e.vma() + "]");
        return String.join(" ", parts);
    }

    private static String nodes(List<UprobeTree.Node> nodes) {
        if (nodes.isEmpty()) return "empty";
        List<String> parts = new ArrayList<>();
        for (UprobeTree.Node n : nodes) parts.add("(inode[" + n.inode() + "]," + Kernel.hex(n.offset()) + ")→uprobe[" + n.uprobe() + "]");
        return String.join(" ", parts);
    }

    private static String flags(boolean has, boolean recalc) {
        if (!has && !recalc) return "-";
        return (has ? "HAS_UPROBES" : "") + (has && recalc ? "|" : "") + (recalc ? "RECALC_UPROBES" : "");
    }

    private String lock(MmapLock l) {
        StringBuilder b = new StringBuilder();
        if (l.writeHeld()) b.append("write: ").append(machine.threadName(l.writer()));
        else if (!l.readers().isEmpty()) b.append("read: ").append(String.join(",", l.readers().stream().map(machine::threadName).toList()));
        else b.append("free");
        if (!l.queue().isEmpty()) {
            b.append(", queue: ");
            b.append(String.join(",", l.queue().stream().map(w -> machine.threadName(w.thread()) + (w.write() ? "(w)" : "(r)")).toList()));
        }
        return b.toString();
    }

    private static String committed(Committed c) {
        List<String> parts = new ArrayList<>();
        for (Committed.Range r : c.ranges()) {
            parts.add("[" + Kernel.hex(r.start()) + "," + Kernel.hex(r.end()) + ")→" + (r.inode() < 0 ? "anon" : "inode[" + r.inode() + "]+" + Kernel.hex(r.base())));
        }
        return parts.isEmpty() ? "nothing" : String.join(" ", parts);
    }
}
