package org.speclab.engine.live;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Real threads on this machine: {@code n} reader threads hit one breakpoint address of a shared
 * {@link LiveAddressSpace} as fast as they can, with the locked (v6.13) or the lockless (v6.14) lookup, while an
 * optional writer thread runs write sections at a given rate. Each point warms up, then takes
 * {@link #SAMPLES} samples; a row is their mean and standard deviation, as the BPF bench reports. Every answer
 * is checked: a lookup that returns anything but u1 stops the benchmark with an error.
 */
public final class LiveBenchmark {
    public static final int SAMPLES = 5;
    public static final int MAX_THREADS = 256;
    /** Counter slots 128 bytes apart, so the readers' own counters never share a line (as the bench's per-CPU slots). */
    private static final int STRIDE = 16;

    private final double secondsPerPoint;
    private final double writersPerSecond;

    public LiveBenchmark(double secondsPerPoint, double writersPerSecond) {
        if (!(secondsPerPoint > 0)) throw new IllegalArgumentException("seconds must be > 0");
        if (!(writersPerSecond >= 0)) throw new IllegalArgumentException("writer rate must be >= 0");
        this.secondsPerPoint = secondsPerPoint;
        this.writersPerSecond = writersPerSecond;
    }

    /** Every variant at every thread count, in that order; stops early (returning what it has) when cancelled. */
    public List<LiveRow> run(List<LiveVariant> variants, List<Integer> threadCounts, LiveProgress progress) {
        long total = (long) variants.size() * threadCounts.size() * (SAMPLES + 1);
        long[] done = {0};
        List<LiveRow> rows = new ArrayList<>();
        for (LiveVariant v : variants) {
            for (int n : threadCounts) {
                if (progress.cancelled()) return rows;
                LiveRow row = measure(v, n, progress, () -> progress.progress(++done[0], total));
                if (row == null) return rows;
                rows.add(row);
                progress.row(row);
            }
        }
        return rows;
    }

    /** One point; null when cancelled. */
    public LiveRow measure(LiveVariant variant, int threads, LiveProgress progress, Runnable tick) {
        if (threads < 1 || threads > MAX_THREADS) throw new IllegalArgumentException("threads must be 1.." + MAX_THREADS + ": " + threads);
        LiveAddressSpace space = new LiveAddressSpace(LiveWorld.initial());
        AtomicLongArray counts = new AtomicLongArray((threads + 1) * STRIDE * 3);
        Run run = new Run(space, variant, counts, threads);
        run.start();
        try {
            long sampleNanos = (long) (secondsPerPoint * 1e9 / SAMPLES);
            if (!sleep(Math.max(sampleNanos, 100_000_000L), progress)) return null;   // warm-up: JIT and the writer's pace
            tick.run();
            double[] totals = new double[SAMPLES];
            double[] fallbacks = new double[SAMPLES];
            long writes0 = counts.get(run.writerSlot());
            long startAll = System.nanoTime();
            for (int s = 0; s < SAMPLES; s++) {
                long h0 = run.sum(0);
                long f0 = run.sum(1);
                long t0 = System.nanoTime();
                if (!sleep(sampleNanos, progress)) return null;
                long t1 = System.nanoTime();
                double seconds = (t1 - t0) / 1e9;
                totals[s] = (run.sum(0) - h0) / seconds / 1e6;
                fallbacks[s] = (run.sum(1) - f0) / seconds / 1e6;
                tick.run();
            }
            double writes = (counts.get(run.writerSlot()) - writes0) / ((System.nanoTime() - startAll) / 1e9);
            double mean = mean(totals);
            double locked = variant == LiveVariant.LOCKED ? mean : mean(fallbacks);   // the v6.13 analog never speculates
            return new LiveRow(variant, threads, mean, stddev(totals, mean), mean - locked, locked, writersPerSecond > 0 ? writes : 0);
        } finally {
            run.stop();
        }
    }

    /** Sleeps in short slices so Cancel answers within ~10 ms; false when cancelled. */
    private static boolean sleep(long nanos, LiveProgress progress) {
        long end = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = end - System.nanoTime()) {
            if (progress.cancelled()) return false;
            LockSupport.parkNanos(Math.min(left, 10_000_000L));
        }
        return !progress.cancelled();
    }

    private static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s / xs.length;
    }

    private static double stddev(double[] xs, double mean) {
        double s = 0;
        for (double x : xs) s += (x - mean) * (x - mean);
        return Math.sqrt(s / Math.max(1, xs.length - 1));
    }

    /** The threads of one point: readers, an optional writer, and their counters. */
    private final class Run {
        private final LiveAddressSpace space;
        private final LiveVariant variant;
        private final AtomicLongArray counts;
        private final List<Thread> threads = new ArrayList<>();
        private final int readers;
        private volatile boolean stop;
        private volatile String wrong;

        Run(LiveAddressSpace space, LiveVariant variant, AtomicLongArray counts, int readers) {
            this.space = space;
            this.variant = variant;
            this.counts = counts;
            this.readers = readers;
        }

        int writerSlot() { return readers * 3 * STRIDE; }

        /** Lookups (kind 0) or fallbacks (kind 1) of every reader so far. */
        long sum(int kind) {
            long s = 0;
            for (int i = 0; i < readers; i++) s += counts.get((i * 3 + kind) * STRIDE);
            if (wrong != null) throw new IllegalStateException(wrong);
            return s;
        }

        void start() {
            for (int i = 0; i < readers; i++) {
                int slot = i * 3 * STRIDE;
                threads.add(new Thread(() -> read(slot), "live-reader-" + i));
            }
            if (writersPerSecond > 0) threads.add(new Thread(this::write, "live-writer"));
            for (Thread t : threads) {
                t.setDaemon(true);
                t.start();
            }
        }

        void stop() {
            stop = true;
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void read(int slot) {
            boolean lockless = variant == LiveVariant.LOCKLESS;
            long n = 0;
            long fb = 0;
            while (!stop) {
                int r;
                if (lockless) {
                    r = space.speculate(LiveWorld.BREAKPOINT);
                    if (r == LiveAddressSpace.SPECULATION_FAILED) {
                        fb++;
                        r = space.lookupLocked(LiveWorld.BREAKPOINT);
                    }
                } else {
                    r = space.lookupLocked(LiveWorld.BREAKPOINT);
                }
                if (r != LiveWorld.U1) wrong = "lookup returned " + r + " instead of u1 (" + LiveWorld.U1 + ")";
                if ((++n & 255) == 0) {
                    counts.lazySet(slot, n);
                    counts.lazySet(slot + STRIDE, fb);
                }
            }
            counts.lazySet(slot, n);
            counts.lazySet(slot + STRIDE, fb);
        }

        private void write() {
            long period = (long) (1e9 / writersPerSecond);
            long next = System.nanoTime();
            long n = 0;
            while (!stop) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(Math.min(wait, 10_000_000L));   // sliced, so stop is seen
                    continue;
                }
                if (wait < -100_000_000L) next = System.nanoTime();   // the rate is beyond reach: build no backlog
                next += period;
                space.remap(LiveWorld.scratch(++n));
                counts.lazySet(writerSlot(), n);
            }
        }
    }
}
