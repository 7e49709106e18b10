package org.speclab.app.vmatree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.speclab.app.stepper.Frame;
import org.speclab.engine.kernel.Cache;
import org.speclab.engine.kernel.FileRef;
import org.speclab.engine.kernel.FileSlot;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.RcuCallback;
import org.speclab.engine.kernel.VmaSlot;
import org.speclab.engine.kernel.VmaTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.run.Change;
import org.speclab.engine.run.TraceEntry;

/**
 * Frame → {@link VmaScene}. Facts come from the snapshots only: "in tree" is the tree holding the slot, "reused"
 * is the slot's generation differing from the one it had when the reader loaded the pointer, "unlinked" versus
 * "not in tree yet" is whether an earlier state of this timeline had this generation attached.
 */
final class VmaModels {
    private static final Set<String> SLOT_FIELDS = Set.of("vm_start", "vm_end", "vm_pgoff", "vm_file", "gen", "state", "attached");

    private final Frame frame;
    private final World world;
    private final AddressSpan span;
    private final Map<String, Set<String>> changed;
    private final boolean treeChanged;
    private final VmaTree before;
    private final List<VmaPointer> pointers;

    private VmaModels(Frame f, AddressSpan span) {
        this.frame = f;
        this.world = f.state().world();
        this.span = span;
        this.changed = changedFields(f.step());
        this.treeChanged = f.step() != null && f.step().changes().stream().anyMatch(c -> c.field().equals("mm_mt"));
        this.before = f.index() == 0 ? world.mm().tree() : f.timeline().stateAt(f.index() - 1).world().mm().tree();
        this.pointers = VmaPointers.of(f, span, world.mm().tree());
    }

    static VmaScene of(Frame f, AddressSpan span) {
        if (f == null) return VmaScene.EMPTY;
        return new VmaModels(f, span).scene();
    }

    private VmaScene scene() {
        List<VmaBlock> blocks = new ArrayList<>();
        List<VmaRow> rows = new ArrayList<>();
        VmaTree tree = world.mm().tree();
        Map<Integer, Integer> seen = new HashMap<>();
        for (VmaTree.Entry e : tree.entries()) {
            int occurrence = seen.merge(e.vma(), 1, Integer::sum) - 1;
            blocks.add(treeBlock(e, occurrence));
        }
        for (int i = 0; i < world.vmas().size(); i++) {
            VmaSlot v = world.vmas().get(i);
            if (v.gen() == 0) continue;
            VmaStatus status = status(i);
            int index = i;
            boolean pointed = pointers.stream().anyMatch(p -> p.vma() == index);
            if (!tree.contains(i) && (status.live() || pointed)) blocks.add(detachedBlock(i, status));
            rows.add(row(i, status));
        }
        return new VmaScene(span, blocks, rows, pointers);
    }

    private VmaBlock treeBlock(VmaTree.Entry e, int occurrence) {
        VmaSlot v = world.vmas().get(e.vma());
        long[] bounds = treeBounds(e.vma());
        String note = null;
        double mark = Double.NaN;
        if (e.start() == bounds[0] && v.start() != e.start()) {
            note = "vm_start = " + Kernel.hex(v.start()) + " · in-place store";
            mark = span.fraction(v.start());
        } else if (e.end() == bounds[1] && v.end() != e.end()) {
            note = "vm_end = " + Kernel.hex(v.end()) + " · in-place store";
            mark = span.fraction(v.end());
        }
        boolean isNew = treeChanged && !before.entries().contains(e);
        return new VmaBlock(key(e.vma(), v.gen()) + (occurrence > 0 ? "#" + occurrence : ""), e.vma(), v.gen(), VmaBlock.Lane.TREE,
                span.fraction(e.start()), span.fraction(e.end()), range(e.start(), e.end()), fileName(e.vma(), v), "pgoff " + v.pgoff(),
                status(e.vma()), isNew || slotChanged(e.vma()), note, mark);
    }

    private VmaBlock detachedBlock(int i, VmaStatus status) {
        VmaSlot v = world.vmas().get(i);
        boolean justLeft = treeChanged && before.contains(i);
        return new VmaBlock(key(i, v.gen()), i, v.gen(), VmaBlock.Lane.DETACHED, span.fraction(v.start()), span.fraction(v.end()),
                range(v.start(), v.end()), fileName(i, v), "pgoff " + v.pgoff(), status, justLeft || slotChanged(i), null, Double.NaN);
    }

    private VmaRow row(int i, VmaStatus status) {
        VmaSlot v = world.vmas().get(i);
        Set<String> ch = changed.getOrDefault(Cache.VMA.slot(i), Set.of());
        boolean inTree = world.mm().tree().contains(i);
        long[] bounds = treeBounds(i);
        boolean startStale = inTree && v.start() != bounds[0];
        boolean endStale = inTree && v.end() != bounds[1];
        List<VmaField> fields = List.of(
                new VmaField("vm_start", Kernel.hex(v.start()), ch.contains("vm_start"), startStale,
                        startStale ? "in-place store · tree still maps " + Kernel.hex(bounds[0]) : ""),
                new VmaField("vm_end", Kernel.hex(v.end()), ch.contains("vm_end"), endStale,
                        endStale ? "in-place store · tree still maps " + Kernel.hex(bounds[1]) : ""),
                new VmaField("vm_pgoff", Long.toString(v.pgoff()), ch.contains("vm_pgoff"), false, ""),
                fileField(i, v, ch.contains("vm_file")));
        List<VmaPointer> here = pointers.stream().filter(p -> p.vma() == i).toList();
        boolean statusChanged = ch.contains("gen") || ch.contains("state") || ch.contains("attached");
        return new VmaRow(i, v.gen(), status, statusChanged, fields, here);
    }

    VmaStatus status(int i) {
        VmaSlot v = world.vmas().get(i);
        if (v.returned()) return VmaStatus.RETURNED;
        if (!v.live()) return VmaStatus.FREE;
        if (world.mm().tree().contains(i)) return VmaStatus.IN_TREE;
        for (RcuCallback c : world.rcu().callbacks()) {
            if (c.kind() == RcuCallback.Kind.FREE && c.cache() == Cache.VMA && c.index() == i && c.gen() == v.gen()) return VmaStatus.WAITS_FOR_RCU;
        }
        return attachedEarlier(i, v.gen()) ? VmaStatus.UNLINKED : VmaStatus.NEW;
    }

    private boolean attachedEarlier(int i, int gen) {
        for (int k = frame.index(); k >= 0; k--) {
            World w = frame.timeline().stateAt(k).world();
            VmaSlot v = w.vmas().get(i);
            if (v.gen() != gen) return false;
            if (v.attached() || w.mm().tree().contains(i)) return true;
        }
        return false;
    }

    /** The lowest start and highest end the tree maps to slot {@code vma}. */
    private long[] treeBounds(int vma) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (VmaTree.Entry e : world.mm().tree().entries()) {
            if (e.vma() != vma) continue;
            lo = Math.min(lo, e.start());
            hi = Math.max(hi, e.end());
        }
        return new long[] {lo, hi};
    }

    private boolean slotChanged(int i) {
        Set<String> ch = changed.getOrDefault(Cache.VMA.slot(i), Set.of());
        return ch.stream().anyMatch(SLOT_FIELDS::contains);
    }

    static String key(int vma, int gen) { return "vma" + vma + "g" + gen; }

    private static String range(long start, long end) { return Kernel.hex(start) + "–" + Kernel.hex(end); }

    private String fileName(int i, VmaSlot v) {
        FileRef f = v.file();
        if (f == null) return "anon";
        if (f.wild()) return "torn pointer";
        FileSlot then = fileWhenStored(i, v);
        FileSlot now = world.file(f);
        return then.gen() == now.gen() ? now.name() : then.name() + ", slot now " + now.name();
    }

    private VmaField fileField(int i, VmaSlot v, boolean changed) {
        FileRef f = v.file();
        if (f == null || f.wild()) return new VmaField("vm_file", fileName(i, v), changed, false, "");
        FileSlot then = fileWhenStored(i, v);
        FileSlot now = world.file(f);
        if (then.gen() == now.gen()) return new VmaField("vm_file", f + " " + now.name(), changed, false, "");
        return new VmaField("vm_file", f + " " + now.name(), changed, true,
                "slot reused since it was stored: held " + then.name() + " (gen " + then.gen() + "), now " + now.name() + " (gen " + now.gen() + ")");
    }

    /** The file slot as it was when this VMA generation's vm_file was stored (the earliest state with that value). */
    private FileSlot fileWhenStored(int i, VmaSlot v) {
        FileSlot then = world.file(v.file());
        for (int k = frame.index(); k >= 0; k--) {
            World w = frame.timeline().stateAt(k).world();
            VmaSlot old = w.vmas().get(i);
            if (old.gen() != v.gen() || !v.file().equals(old.file())) break;
            then = w.file(v.file());
        }
        return then;
    }

    /** {@code vma[0].vm_start} → {@code vma[0]} : {@code vm_start}. */
    static Map<String, Set<String>> changedFields(TraceEntry step) {
        Map<String, Set<String>> out = new HashMap<>();
        if (step == null) return out;
        for (Change c : step.changes()) {
            int dot = c.field().indexOf("].");
            if (dot >= 0) out.computeIfAbsent(c.field().substring(0, dot + 1), k -> new TreeSet<>()).add(c.field().substring(dot + 2));
        }
        return out;
    }
}
