package org.speclab.engine.bench;

import java.util.Arrays;
import org.speclab.engine.throughput.ThroughputModel;

/**
 * How long the throughput model takes for the full default sweep (20 CPU counts × BEFORE and AFTER), warm:
 * {@code java -cp engine/target/classes org.speclab.engine.bench.ThroughputSweepBenchmark [RUNS [WRITERS_PER_SECOND]]}.
 * A benchmark, never a test.
 */
public final class ThroughputSweepBenchmark {
    private ThroughputSweepBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        double writers = args.length > 1 ? Double.parseDouble(args[1]) : 0;
        ThroughputModel model = new ThroughputModel();
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            for (String v : new String[] {"v6.13", "v6.14"}) model.sweep(v, ThroughputModel.DEFAULT_CPUS, writers, ThroughputModel.DEFAULT_TOPOLOGY, r);
            ms[r] = (System.nanoTime() - t0) / 1e6;
            System.out.printf("run %2d: %7.1f ms%n", r + 1, ms[r]);
        }
        double[] warm = Arrays.copyOfRange(ms, runs / 3, runs);
        Arrays.sort(warm);
        System.out.printf("warm (runs %d..%d): best %.1f ms, median %.1f ms per sweep of 40 points, %s write sections/s%n",
                runs / 3 + 1, runs, warm[0], warm[warm.length / 2], writers);
    }
}
