package org.speclab.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LiveAddressSpaceTest {
    private static final Vma.MappedFile FOO = new Vma.MappedFile(LiveWorld.LIBFOO);
    private static final Vma.MappedFile BAR = new Vma.MappedFile(LiveWorld.LIBBAR);
    private static final List<Snapshot.Uprobe> UPROBES = List.of(new Snapshot.Uprobe(1, LiveWorld.LIBFOO, 0x1100),
            new Snapshot.Uprobe(2, LiveWorld.LIBBAR, 0x1100), new Snapshot.Uprobe(3, LiveWorld.LIBFOO, 0x100),
            new Snapshot.Uprobe(4, LiveWorld.LIBBAR, 0x2100));

    /** Eight page-aligned slots of 16 pages each; a VMA fills part of one slot, so VMAs never overlap. */
    private static Vma randomVma(SplittableRandom rnd, int slot) {
        long start = 0x400000L + slot * 0x10000L;
        long pages = 1 + rnd.nextInt(4);
        Vma.MappedFile file = switch (rnd.nextInt(3)) {
            case 0 -> FOO;
            case 1 -> BAR;
            default -> null;
        };
        return new Vma(start, start + pages * Vma.PAGE, file, rnd.nextInt(3));
    }

    private static long randomAddress(SplittableRandom rnd) {
        long slot = rnd.nextInt(9);   // one past the last slot: always a miss
        long page = rnd.nextInt(5);
        long[] offsets = {0x100, 0x1100 & 0xfff, 0x0, 0xffc};
        return 0x400000L + slot * 0x10000L + page * Vma.PAGE + offsets[rnd.nextInt(offsets.length)];
    }

    @Test
    void theAnalogReturnsTheSameAnswersAsASequentialReference() {
        int hits = 0;
        int lookups = 0;
        for (long seed = 1; seed <= 300; seed++) {
            // given
            SplittableRandom rnd = new SplittableRandom(seed);
            List<Vma> initial = new ArrayList<>();
            for (int slot = 0; slot < 8; slot += 2) initial.add(randomVma(rnd, slot));
            LiveAddressSpace space = new LiveAddressSpace(Snapshot.of(initial, UPROBES));
            SequentialSpace reference = new SequentialSpace(initial, UPROBES);

            // when / then: write sections and lookups, interleaved
            for (int op = 0; op < 200; op++) {
                int slot = rnd.nextInt(8);
                long start = 0x400000L + slot * 0x10000L;
                switch (rnd.nextInt(4)) {
                    case 0 -> {
                        Vma v = randomVma(rnd, slot);
                        space.remap(v);
                        reference.unmap(start);
                        reference.map(v);
                    }
                    case 1 -> {
                        try (LiveAddressSpace.WriteSection w = space.beginWrite()) {
                            w.unmap(start);
                        }
                        reference.unmap(start);
                    }
                    default -> {
                        long addr = randomAddress(rnd);
                        int expected = reference.find(addr);
                        lookups++;
                        if (expected != Snapshot.NONE) hits++;
                        assertThat(space.lookupLocked(addr)).as("seed %d op %d: locked lookup of %x", seed, op, addr).isEqualTo(expected);
                        assertThat(space.speculate(addr)).as("seed %d op %d: speculation of %x", seed, op, addr).isEqualTo(expected);
                        assertThat(space.lookup(addr)).isEqualTo(expected);
                    }
                }
            }
        }
        assertThat(hits).as("lookups that reach a uprobe, of %d", lookups).isGreaterThan(lookups / 50);
    }

    @Test
    void aSpeculationBegunBeforeAWriteSectionMustRetry() {
        // given
        LiveAddressSpace space = new LiveAddressSpace(LiveWorld.initial());
        long start = space.tryBegin();

        // when
        space.remap(LiveWorld.scratch(1));

        // then
        assertThat(start).isEqualTo(0);
        assertThat(space.retry(start)).isTrue();
        assertThat(space.sequence()).isEqualTo(2);
    }

    @Test
    void aReaderWithoutTheEndCheckWouldSeeAHalfDoneWriteSection() {
        // given
        LiveAddressSpace space = new LiveAddressSpace(LiveWorld.initial());
        long start = space.tryBegin();

        // when: munmap has published the unlink, mmap has not mapped the replacement yet
        try (LiveAddressSpace.WriteSection w = space.beginWrite()) {
            w.unmap(0x400000);
            int careless = space.snapshot().find(LiveWorld.BREAKPOINT);

            // then: a miss that no whole write section ever produced; try_begin refuses to speculate meanwhile
            assertThat(careless).isEqualTo(Snapshot.NONE);
            assertThat(space.tryBegin()).isEqualTo(-1);
            assertThat(space.speculate(LiveWorld.BREAKPOINT)).isEqualTo(LiveAddressSpace.SPECULATION_FAILED);
            w.map(new Vma(0x400000, 0x404000, BAR, 0));
        }
        assertThat(space.retry(start)).isTrue();
        assertThat(space.lookup(LiveWorld.BREAKPOINT)).isEqualTo(2);
    }

    /**
     * Linearizability under real concurrency: a writer alternates the breakpoint's mapping between libfoo (u1) and
     * libbar (u2), passing through "unmapped" inside each write section. A lookup that ran while sections
     * started..completed may return the answer of any whole state in that window, and never the half-done one.
     */
    @Test
    void concurrentLookupsOnlySeeWholeWriteSections() throws Exception {
        // given
        LiveAddressSpace space = new LiveAddressSpace(LiveWorld.initial());
        AtomicLong started = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        AtomicReference<String> failure = new AtomicReference<>();
        long deadline = System.nanoTime() + 300_000_000L;
        Thread writer = new Thread(() -> {
            for (long k = 1; System.nanoTime() < deadline; k++) {
                started.set(k);
                space.remap(new Vma(0x400000, 0x404000, k % 2 == 0 ? FOO : BAR, 0));
                completed.set(k);
                java.util.concurrent.locks.LockSupport.parkNanos(10_000);   // quiet gaps: lookups there must match one state exactly
            }
        });
        List<Thread> readers = new ArrayList<>();
        long[] strict = new long[2];
        for (int i = 0; i < 2; i++) {
            int id = i;
            readers.add(new Thread(() -> {
                boolean lockless = id == 0;
                while (System.nanoTime() < deadline && failure.get() == null) {
                    long from = completed.get();
                    int r = lockless ? space.lookup(LiveWorld.BREAKPOINT) : space.lookupLocked(LiveWorld.BREAKPOINT);
                    long to = started.get();
                    // the reference: after v whole sections the breakpoint is in libfoo (u1) when v is even, libbar (u2) when odd
                    boolean allowed = false;
                    for (long v = from; v <= Math.min(to, from + 1) && !allowed; v++) allowed = r == (v % 2 == 0 ? 1 : 2);
                    if (to > from + 1) allowed |= r == 1 || r == 2;
                    if (!allowed) failure.set("lookup returned " + r + " between sections " + from + " and " + to);
                    if (to == from) strict[id]++;
                }
            }));
        }

        // when
        writer.start();
        readers.forEach(Thread::start);
        writer.join();
        for (Thread t : readers) t.join();

        // then
        assertThat(failure.get()).isNull();
        assertThat(completed.get()).as("the writer ran").isGreaterThan(10);
        assertThat(strict[0] + strict[1]).as("lookups checked against exactly one state").isPositive();
    }
}
