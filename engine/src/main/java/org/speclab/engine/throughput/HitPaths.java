package org.speclab.engine.throughput;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.program.Machine;
import org.speclab.engine.program.Op;
import org.speclab.engine.program.ThreadSpec;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.Simulation;
import org.speclab.engine.run.Trace;
import org.speclab.engine.run.TraceEntry;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.scenario.WorldSpec;
import org.speclab.engine.scenario.WorldSpec.FileSpec;
import org.speclab.engine.scenario.WorldSpec.InodeSpec;
import org.speclab.engine.scenario.WorldSpec.UprobeSpec;
import org.speclab.engine.scenario.WorldSpec.VmaSpec;
import org.speclab.engine.schedule.FirstEnabledScheduler;
import org.speclab.engine.step.MemAccess;
import org.speclab.engine.step.MemAccess.Kind;
import org.speclab.engine.variant.Variant;
import org.speclab.engine.variant.Variants;

/**
 * Gets each variant's hit path by running the engine's own steps: the bench's world (one binary mapped, one
 * uprobe on its nop) with one reader, once with {@code mm_lock_seq} even (the quiet hit) and once odd (every
 * speculation fails, so the trace shows the locked path after it); and a fork for the writer's section.
 */
public final class HitPaths {
    static final long TEXT = 0x400000;
    static final long NOP = 0x1100;
    static final String READER = "cpu0";

    private HitPaths() {}

    public static HitPath of(String variant) {
        if (variant.equals("per-vma-lock")) return perVmaLock();
        Variant v = Variants.byName(variant).filter(x -> !x.broken())
                .orElseThrow(() -> new IllegalArgumentException("unknown variant '" + variant + "'"));
        Layout layout = v.path().speculate() ? Layout.V6_13 : Layout.V6_12;
        List<StepCost> quiet = readerSteps(v, 2);
        List<StepCost> writer = writerSteps(v);
        List<StepCost> lock = writer.stream().filter(s -> s.label().equals("WL1") || s.label().equals("WL2")).toList();
        List<StepCost> unlock = writer.stream().filter(s -> s.label().equals("WU1") || s.label().equals("WU2")).toList();
        if (!v.path().speculate()) return new HitPath(variant, layout, quiet, List.of(), List.of(), List.of(), 0, lock, unlock);
        int begin = indexOf(quiet, "S2", 0);
        int end = indexOf(quiet, "S9", begin);
        List<StepCost> failed = readerSteps(v, 3);
        int lastTry = lastIndexOf(failed, "S2");
        return new HitPath(variant, layout, quiet.subList(0, begin), quiet.subList(begin, end + 1), quiet.subList(end + 1, quiet.size()),
                failed.subList(lastTry + 1, failed.size()), v.path().attempts(), lock, unlock);
    }

    /**
     * Andrii's rejected alternative in review (docs/model.md §10): lock_vma_under_rcu() instead of mmap_read_lock(). The locked path's
     * steps, with the rwsem of the hit VMA's vma_lock in place of mmap_lock, and vma_start_read()'s two checks
     * of vm_lock_seq against mm_lock_seq around its down_read_trylock().
     */
    static HitPath perVmaLock() {
        HitPath locked = of("v6.13");
        List<StepCost> steps = new ArrayList<>();
        for (StepCost s : locked.entry()) {
            StepCost r = s.renamed("mm.mmap_lock", "vma_lock[0]");
            if (s.label().equals("L1")) {
                List<MemAccess> a = new ArrayList<>();
                a.add(new MemAccess("vma[0].vm_lock_seq", Kind.LOAD));
                a.add(new MemAccess("mm.mm_lock_seq", Kind.LOAD));
                a.addAll(r.accesses());
                a.add(new MemAccess("vma[0].vm_lock_seq", Kind.LOAD));
                a.add(new MemAccess("mm.mm_lock_seq", Kind.LOAD));
                r = new StepCost("L1", "lock_vma_under_rcu", a, r.localCycles());
            }
            steps.add(r);
        }
        return new HitPath("per-vma-lock", Layout.V6_12, steps, List.of(), List.of(), List.of(), 0, locked.writerLock(), locked.writerUnlock());
    }

    static WorldSpec benchWorld(int seq) {
        return new WorldSpec(List.of(new InodeSpec("bench")), List.of(new FileSpec("bench", "bench", true, false)),
                List.of(new VmaSpec(TEXT, TEXT + 0x4000, "bench", 0)), List.of(new UprobeSpec("nop", "bench", NOP, true)), seq);
    }

    private static List<StepCost> readerSteps(Variant v, int seq) {
        return costed(run(v, seq, List.of(new ThreadSpec(READER, List.of(new Op.UprobeHit(TEXT + NOP))))), READER);
    }

    private static List<StepCost> writerSteps(Variant v) {
        return costed(run(v, 2, List.of(new ThreadSpec("writer", List.of(new Op.Fork())))), "writer");
    }

    private static Trace run(Variant v, int seq, List<ThreadSpec> threads) {
        Engine engine = new Engine(new Machine(threads, v));
        Trace t = new Simulation(engine).run(engine.initial(WorldBuilder.build(benchWorld(seq), v.knobs())), new FirstEnabledScheduler());
        if (t.end() != Trace.End.FINISHED) throw new IllegalStateException("the hit scenario did not finish under " + v.name() + ": " + t.note());
        return t;
    }

    private static List<StepCost> costed(Trace t, String thread) {
        List<StepCost> out = new ArrayList<>();
        for (TraceEntry e : t.entries()) {
            if (e.threadName().equals(thread)) out.add(new StepCost(e.label(), e.function(), e.accesses(), LocalWork.cycles(e.label())));
        }
        return out;
    }

    private static int indexOf(List<StepCost> steps, String label, int from) {
        for (int i = from; i < steps.size(); i++) if (steps.get(i).label().equals(label)) return i;
        throw new IllegalStateException("no step " + label + " in the hit path");
    }

    private static int lastIndexOf(List<StepCost> steps, String label) {
        for (int i = steps.size() - 1; i >= 0; i--) if (steps.get(i).label().equals(label)) return i;
        throw new IllegalStateException("no step " + label + " in the failed hit path");
    }
}
