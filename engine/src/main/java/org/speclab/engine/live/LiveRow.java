package org.speclab.engine.live;

import java.util.Locale;

/**
 * One measured point: {@code threads} reader threads of {@code variant} hitting one address, in millions of
 * lookups per second (mean and standard deviation of the samples), split into speculative hits and hits through
 * the locked path (every hit of the v6.13 analog; the fallbacks of the v6.14 one), with the write sections per
 * second the writer actually achieved.
 */
public record LiveRow(LiveVariant variant, int threads, double totalMps, double stddevMps, double speculativeMps, double fallbackMps,
                      double writesPerSecond) {
    public double perThreadMps() { return totalMps / threads; }

    /** The published row format, with threads for CPUs: {@code lookup ( 2 threads):   24.534 ± 0.010M/s ( 12.267M/s/thread)}. */
    public String format() {
        return String.format(Locale.ROOT, "lookup (%2d threads): %8.3f ± %.3fM/s (%7.3fM/s/thread)", threads, totalMps, stddevMps, perThreadMps());
    }
}
