package org.speclab.engine.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code mm->mmap_lock}, an rwsem: one writer or many readers, and a FIFO queue of sleeping waiters. A waiter
 * is woken in queue order, so a reader queued behind a writer waits for that writer (no reader barging).
 */
public record MmapLock(int writer, List<Integer> readers, List<Waiter> queue) {
    public static final MmapLock FREE = new MmapLock(Kernel.NOBODY, List.of(), List.of());

    /** A sleeping task in {@code down_read}/{@code down_write}. */
    public record Waiter(int thread, boolean write) {
        /** Written out, as {@link Header#hashCode}. */
        @Override
        public int hashCode() { return 31 * thread + (write ? 1 : 0); }

        @Override
        public boolean equals(Object o) { return this == o || o instanceof Waiter w && w.thread == thread && w.write == write; }
    }

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() { return (31 * writer + readers.hashCode()) * 31 + queue.hashCode(); }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof MmapLock l && l.writer == writer && l.readers.equals(readers) && l.queue.equals(queue);
    }

    public MmapLock {
        readers = List.copyOf(readers);
        queue = List.copyOf(queue);
    }

    public boolean writeHeld() { return writer != Kernel.NOBODY; }

    public boolean readHeldBy(int t) { return readers.contains(t); }

    public boolean queued(int t) {
        for (Waiter w : queue) if (w.thread() == t) return true;
        return false;
    }

    /** Can {@code t} take the lock now (either it is first in line, or nobody waits and the lock is compatible)? */
    public boolean grantable(int t, boolean write) {
        boolean compatible = write ? !writeHeld() && readers.isEmpty() : !writeHeld();
        if (!compatible) return false;
        if (queue.isEmpty()) return true;
        if (queue.get(0).thread() == t) return true;
        // readers queued right behind a granted reader are woken together (rwsem wakes a batch of readers)
        if (write) return false;
        for (Waiter w : queue) {
            if (w.write()) return false;
            if (w.thread() == t) return true;
        }
        return false;
    }

    public MmapLock enqueue(int t, boolean write) {
        List<Waiter> q = new ArrayList<>(queue);
        q.add(new Waiter(t, write));
        return new MmapLock(writer, readers, q);
    }

    public MmapLock grantWrite(int t) { return new MmapLock(t, readers, dequeued(t)); }

    public MmapLock grantRead(int t) {
        List<Integer> r = new ArrayList<>(readers);
        r.add(t);
        r.sort(null);
        return new MmapLock(writer, r, dequeued(t));
    }

    public MmapLock releaseWrite() { return new MmapLock(Kernel.NOBODY, readers, queue); }

    public MmapLock releaseRead(int t) {
        List<Integer> r = new ArrayList<>(readers);
        r.remove(Integer.valueOf(t));
        return new MmapLock(writer, r, queue);
    }

    /** {@code downgrade_write()}: the writer becomes a reader without letting another writer in. */
    public MmapLock downgrade() { return new MmapLock(Kernel.NOBODY, List.of(), queue).grantRead(writer); }

    private List<Waiter> dequeued(int t) {
        List<Waiter> q = new ArrayList<>(queue);
        q.removeIf(w -> w.thread() == t);
        return q;
    }
}
