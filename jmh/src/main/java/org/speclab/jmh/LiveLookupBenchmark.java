package org.speclab.jmh;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.speclab.engine.live.LiveAddressSpace;
import org.speclab.engine.live.LiveWorld;

/**
 * The live analog's two lookups under JMH, one shared address space per run (so threads contend as in
 * {@code speclab bench live}). Run with {@code -t 1} and {@code -t N}: the per-thread throughput of {@code locked}
 * falls as threads are added, that of {@code lockless} holds. The groups add one writer thread that runs a write
 * section about every 100 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LiveLookupBenchmark {
    private final LiveAddressSpace space = new LiveAddressSpace(LiveWorld.initial());
    private long sections;

    /** v6.13 analog: ReentrantReadWriteLock.readLock() around every lookup. */
    @Benchmark
    public int locked() { return space.lookupLocked(LiveWorld.BREAKPOINT); }

    /** v6.14 analog: seqcount-validated lookup over the published snapshot, read lock only on fallback. */
    @Benchmark
    public int lockless() { return space.lookup(LiveWorld.BREAKPOINT); }

    @Benchmark
    @Group("lockedWithWriter")
    @GroupThreads(2)
    public int lockedReader() { return space.lookupLocked(LiveWorld.BREAKPOINT); }

    @Benchmark
    @Group("lockedWithWriter")
    @GroupThreads(1)
    public void lockedWriter() { write(); }

    @Benchmark
    @Group("locklessWithWriter")
    @GroupThreads(2)
    public int locklessReader() { return space.lookup(LiveWorld.BREAKPOINT); }

    @Benchmark
    @Group("locklessWithWriter")
    @GroupThreads(1)
    public void locklessWriter() { write(); }

    private void write() {
        LockSupport.parkNanos(100_000);
        space.remap(LiveWorld.scratch(++sections));
    }
}
