package org.speclab.engine.bench;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.speclab.engine.check.CheckProgress;
import org.speclab.engine.check.CheckResult;
import org.speclab.engine.check.ModelChecker;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.Simulation;
import org.speclab.engine.run.State;
import org.speclab.engine.run.Trace;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.schedule.SeededRandomScheduler;

/**
 * {@code speclab bench engine}: steps per second on seeded random schedules (with full trace records), memory
 * per retained trace step, and distinct states per second of the exhaustive checker on one core.
 */
public final class EngineBenchmark {
    private final PrintWriter out;

    public EngineBenchmark(PrintWriter out) { this.out = out; }

    public void run(Scenario sc, double seconds) {
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        State initial = engine.initial(WorldBuilder.build(sc));
        out.printf("scenario: %s (%s), %d threads%n", sc.id(), sc.variant().name(), engine.machine().threadCount());
        randomRuns(engine, initial, seconds);
        retainedMemory(engine, initial);
        exploration(engine, initial, seconds);
        out.flush();
    }

    private void randomRuns(Engine engine, State initial, double seconds) {
        Simulation sim = new Simulation(engine);
        warm(200, () -> sim.run(initial, new SeededRandomScheduler(1)));
        long steps = 0;
        long runs = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            steps += sim.run(initial, new SeededRandomScheduler(++runs)).size();
        }
        double s = (System.nanoTime() - start) / 1e9;
        out.printf("random schedules: %d runs, %d steps in %.1f s = %.0f steps/s (traced: diff, explanation, accesses)%n",
                runs, steps, s, steps / s);
    }

    private void retainedMemory(Engine engine, State initial) {
        Simulation sim = new Simulation(engine);
        Trace[] kept = new Trace[2000];
        long before = usedAfterGc();
        long steps = 0;
        for (int i = 0; i < kept.length; i++) {
            kept[i] = sim.run(initial, new SeededRandomScheduler(i + 1));
            steps += kept[i].size();
        }
        long after = usedAfterGc();
        out.printf("retained traces: %d steps use %.1f MiB = %.0f bytes per step (state snapshot shared with neighbours)%n",
                steps, (after - before) / 1048576.0, (double) (after - before) / steps);
        if (kept[0] == null) out.println();
    }

    /**
     * The checker itself on one worker: at least 5 runs after a warm-up, best and median, with the time the
     * collector paused each; then two workers for comparison, and the memory a finished search holds.
     */
    private void exploration(Engine engine, State initial, double seconds) {
        for (int i = 0; i < 3; i++) search(engine, initial, 1);
        List<double[]> runs = new ArrayList<>(); // seconds, gc seconds
        CheckResult last = null;
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (runs.size() < 5 || (System.nanoTime() < deadline && runs.size() < 25)) {
            long gc = gcMillis();
            last = search(engine, initial, 1);
            runs.add(new double[] {last.seconds(), (gcMillis() - gc) / 1e3});
        }
        runs.sort(Comparator.comparingDouble(r -> r[0]));
        double best = runs.get(0)[0];
        double median = runs.get(runs.size() / 2)[0];
        double gcTotal = runs.stream().mapToDouble(r -> r[1]).sum();
        long collected = runs.stream().filter(r -> r[1] > 0).count();
        CheckResult two = search(engine, initial, 2);
        out.printf("checker: %s, %d distinct states, %d transitions; %d runs on 1 worker: best %.3f s, median %.3f s"
                        + " (%d runs paused by GC, %.0f ms in all); %.3f s with 2 workers%n",
                last.verdict().name().toLowerCase(), last.states(), last.transitions(), runs.size(), best, median,
                collected, gcTotal * 1e3, two.seconds());
        memory(engine, initial);
        // Warm: this JVM has searched this scenario several times; a cold `speclab check` is slower (bench check measures it).
        out.printf("checker states/s on 1 worker, warm search (not a cold check; see bench check): %.0f best, %.0f median%n",
                last.states() / best, last.states() / median);
        out.printf("states/s: %.0f%n", last.states() / median); // the README's command table: the last line, the median run
    }

    /**
     * Live memory of a search: after a full collection at the end of every BFS level (the tables so far plus the
     * whole next level, the most a search holds at once), and once the search is over.
     */
    private void memory(Engine engine, State initial) {
        long before = usedAfterGc();
        long[] peak = {0};
        CheckProgress sampler = new CheckProgress() {
            @Override
            public void explored(long states, long frontier, double rate) {
                System.gc();
                Runtime rt = Runtime.getRuntime();
                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory() - before);
            }

            @Override
            public boolean cancelled() { return false; }
        };
        ModelChecker kept = new ModelChecker(engine, new ModelChecker.Options(5_000_000, 1, true), sampler);
        CheckResult r = kept.check(initial);
        long held = usedAfterGc() - before;
        double millions = r.states() / 1e6;
        out.printf("checker memory: peak %.0f MiB per million states (sampled after each level); %.0f MiB per million held"
                + " after the search (keys, graph, canonical parts, step memo)%n", peak[0] / 1048576.0 / millions, held / 1048576.0 / millions);
        if (kept.hashCode() == 0) out.println();
    }

    private static CheckResult search(Engine engine, State initial, int workers) {
        return new ModelChecker(engine, new ModelChecker.Options(5_000_000, workers, true), CheckProgress.NONE).check(initial);
    }

    private static long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) t += Math.max(0, b.getCollectionTime());
        return t;
    }

    private static void warm(int times, Runnable r) {
        for (int i = 0; i < times; i++) r.run();
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
