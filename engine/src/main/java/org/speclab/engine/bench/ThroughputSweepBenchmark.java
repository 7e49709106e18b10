package org.speclab.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.speclab.engine.throughput.ThroughputModel;

/**
 * How long the throughput model takes for the full default sweep (20 CPU counts × BEFORE and AFTER), warm:
 * {@code java -cp engine/target/classes org.speclab.engine.bench.ThroughputSweepBenchmark [RUNS [WRITERS_PER_SECOND]]}.
 * Prints wall time and this thread's CPU time: on a shared, loaded machine the CPU time is the fairer figure.
 * A benchmark, never a test.
 */
public final class ThroughputSweepBenchmark {
    private ThroughputSweepBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        double writers = args.length > 1 ? Double.parseDouble(args[1]) : 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ThroughputModel model = new ThroughputModel();
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (String v : new String[] {"v6.13", "v6.14"}) model.sweep(v, ThroughputModel.DEFAULT_CPUS, writers, ThroughputModel.DEFAULT_TOPOLOGY, r);
            ms[r] = (System.nanoTime() - t0) / 1e6;
            cpuMs[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            System.out.printf("run %2d: %7.1f ms (%.1f ms CPU)%n", r + 1, ms[r], cpuMs[r]);
        }
        double[] warm = Arrays.copyOfRange(ms, runs / 3, runs);
        double[] warmCpu = Arrays.copyOfRange(cpuMs, runs / 3, runs);
        Arrays.sort(warm);
        Arrays.sort(warmCpu);
        System.out.printf("warm (runs %d..%d), %s write sections/s, per sweep of 40 points: best %.1f ms, median %.1f ms; CPU best %.1f ms, median %.1f ms%n",
                runs / 3 + 1, runs, writers, warm[0], warm[warm.length / 2], warmCpu[0], warmCpu[warmCpu.length / 2]);
    }
}
