package org.speclab.app.slab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.speclab.app.stepper.Frame;
import org.speclab.engine.kernel.Cache;
import org.speclab.engine.kernel.FileSlot;
import org.speclab.engine.kernel.InodeSlot;
import org.speclab.engine.kernel.Slab;
import org.speclab.engine.kernel.World;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Change;
import org.speclab.engine.run.TraceEntry;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.variant.Knobs;

/**
 * Frame → {@link SlabScene}. Every fact comes from the snapshots: "reused" is the slot's generation differing
 * from the one the reader loaded ({@code ReaderRegs.fileGen}); a ghost's identity is read from the latest
 * earlier state in which the slot still had that generation.
 */
final class SlabModels {
    private SlabModels() {}

    static SlabScene of(Frame f) {
        if (f == null) return SlabScene.EMPTY;
        World w = f.state().world();
        Knobs knobs = f.session().machine().knobs();
        Map<String, Set<String>> changed = changedFields(f.step());
        List<FilePointer> wild = new ArrayList<>();
        Map<String, List<FilePointer>> pointers = pointers(f, wild);
        List<CacheModel> caches = new ArrayList<>();
        caches.add(cache(f, Cache.FILP, freeing(knobs.filpCache()), changed, pointers, wild));
        boolean bfilpUsed = w.bfilp().slots().stream().anyMatch(s -> s.gen() > 0);
        if (bfilpUsed) caches.add(cache(f, Cache.BFILP, freeing(knobs.bfilpCache()), changed, pointers, List.of()));
        return new SlabScene(caches);
    }

    private static CacheModel cache(Frame f, Cache cache, String freeing, Map<String, Set<String>> changed,
                                    Map<String, List<FilePointer>> pointers, List<FilePointer> wild) {
        Slab<FileSlot> slab = f.state().world().files(cache);
        List<SlotModel> slots = new ArrayList<>();
        for (int i = 0; i < slab.size(); i++) {
            FileSlot s = slab.get(i);
            List<FilePointer> here = pointers.getOrDefault(cache.slot(i), List.of());
            slots.add(new SlotModel(cache, i, s.gen(), life(s), s.name(), s.count(), inodeName(f.state().world(), s),
                    changed.getOrDefault(cache.slot(i), Set.of()), ghost(f, cache, i, here), here));
        }
        return new CacheModel(cache, freeing, slots, wild);
    }

    /** Readers inside a lookup that hold a file pointer, grouped by the slot they point into. */
    private static Map<String, List<FilePointer>> pointers(Frame f, List<FilePointer> wild) {
        Map<String, List<FilePointer>> out = new HashMap<>();
        Machine m = f.session().machine();
        World w = f.state().world();
        for (Map.Entry<Integer, ReaderRegs> e : f.readersInLookup().entrySet()) {
            int t = e.getKey();
            ReaderRegs r = e.getValue();
            if (r.file() == null) continue;
            if (r.file().wild()) {
                wild.add(new FilePointer(t, m.threadName(t), -1, PointerState.RETURNED));
                continue;
            }
            FileSlot slot = w.file(r.file());
            out.computeIfAbsent(r.file().toString(), k -> new ArrayList<>())
                    .add(new FilePointer(t, m.threadName(t), r.fileGen(), state(slot, r.fileGen())));
        }
        return out;
    }

    static PointerState state(FileSlot slot, int loadedGen) {
        if (slot.returned()) return PointerState.RETURNED;
        if (slot.gen() != loadedGen) return PointerState.STALE;
        return slot.live() ? PointerState.OK : PointerState.FREED;
    }

    /**
     * The previous identity is kept while a reader still holds a pointer loaded from it, and for one frame right
     * after the reuse (the step that bumped the generation).
     */
    private static SlotModel.Ghost ghost(Frame f, Cache cache, int index, List<FilePointer> here) {
        int gen = f.state().world().files(cache).get(index).gen();
        int ghostGen = -1;
        for (FilePointer p : here) if (p.loadedGen() > 0 && p.loadedGen() < gen) ghostGen = Math.max(ghostGen, p.loadedGen());
        boolean fresh = false;
        if (f.index() > 0) {
            int before = f.timeline().stateAt(f.index() - 1).world().files(cache).get(index).gen();
            if (before > 0 && before < gen) {
                fresh = ghostGen < 0 || ghostGen == before;
                if (ghostGen < 0) ghostGen = before;
            }
        }
        return ghostGen < 0 ? null : identity(f, cache, index, ghostGen, fresh);
    }

    /** The latest earlier state in which the slot had {@code gen}: who it was then. */
    private static SlotModel.Ghost identity(Frame f, Cache cache, int index, int gen, boolean fresh) {
        for (int k = f.index(); k >= 0; k--) {
            World w = f.timeline().stateAt(k).world();
            FileSlot s = w.files(cache).get(index);
            if (s.gen() == gen) return new SlotModel.Ghost(s.name(), inodeName(w, s), gen, fresh);
        }
        return new SlotModel.Ghost("?", "?", gen, fresh);
    }

    private static String inodeName(World w, FileSlot s) {
        if (s.inode() < 0 || s.inode() >= w.inodes().size()) return "";
        InodeSlot i = w.inodes().get(s.inode());
        return i.gen() == s.inodeGen() ? i.name() : "inode[" + s.inode() + "] (reused)";
    }

    private static SlotLife life(FileSlot s) {
        if (s.gen() == 0) return SlotLife.UNUSED;
        if (s.returned()) return SlotLife.RETURNED;
        return s.live() ? SlotLife.LIVE : SlotLife.FREE;
    }

    /** {@code filp[0].f_count} → {@code filp[0]} : {@code f_count}. */
    static Map<String, Set<String>> changedFields(TraceEntry step) {
        Map<String, Set<String>> out = new HashMap<>();
        if (step == null) return out;
        for (Change c : step.changes()) {
            int dot = c.field().indexOf("].");
            if (dot < 0) continue;
            out.computeIfAbsent(c.field().substring(0, dot + 1), k -> new TreeSet<>()).add(c.field().substring(dot + 2));
        }
        return out;
    }

    private static String freeing(Knobs.FileFree mode) {
        return switch (mode) {
            case TYPESAFE -> "SLAB_TYPESAFE_BY_RCU";
            case RCU_DELAYED -> "freed after an RCU grace period";
            case PLAIN_KFREE -> "plain kfree (broken)";
        };
    }
}
