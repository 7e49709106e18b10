package org.speclab.engine.live;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A real concurrent address space for the live benchmark: the current {@link Snapshot} is published through a
 * volatile field (RCU-style: old snapshots stay valid for readers that hold them), a sequence count plays
 * {@code mm_lock_seq}, and a {@link ReentrantReadWriteLock} plays {@code mmap_lock}. Writers change the space
 * only inside a {@link WriteSection}, which may publish several intermediate snapshots (munmap, then mmap):
 * the locked lookup never sees them, and the speculative one throws its answer away when the count moved.
 */
public final class LiveAddressSpace {
    /** {@link #speculate}'s answer when the speculation failed and the caller must take the locked path. */
    public static final int SPECULATION_FAILED = Integer.MIN_VALUE;

    private final ReentrantReadWriteLock mmapLock = new ReentrantReadWriteLock();
    private volatile Snapshot current;
    private volatile long seq;   // even: no writer; odd: a write section is open

    public LiveAddressSpace(Snapshot initial) { this.current = initial; }

    /** The published snapshot (tests and the sequential reference compare against it). */
    public Snapshot snapshot() { return current; }

    public long sequence() { return seq; }

    /** The v6.13 lookup: every hit takes the read lock (down_read's locked add on the shared count). */
    public int lookupLocked(long addr) {
        mmapLock.readLock().lock();
        try {
            return current.find(addr);
        } finally {
            mmapLock.readLock().unlock();
        }
    }

    /** The v6.14 lookup: speculate, and fall back to {@link #lookupLocked} when the speculation failed. */
    public int lookup(long addr) {
        int r = speculate(addr);
        return r != SPECULATION_FAILED ? r : lookupLocked(addr);
    }

    /** find_active_uprobe_speculative(): no lock, no shared write; {@link #SPECULATION_FAILED} when it must fall back. */
    public int speculate(long addr) {
        long start = tryBegin();
        if (start < 0) return SPECULATION_FAILED;
        int found = current.find(addr);
        return retry(start) ? SPECULATION_FAILED : found;
    }

    /** mmap_lock_speculate_try_begin(): the count if even, -1 if a writer is inside (odd). */
    public long tryBegin() {
        long s = seq;
        return (s & 1) == 0 ? s : -1;
    }

    /** mmap_lock_speculate_retry(): true when a write section began since {@code start}, so the reads may be torn. */
    public boolean retry(long start) { return seq != start; }

    /** mmap_write_lock(): takes the lock, then makes the count odd. Close the section to publish the end. */
    public WriteSection beginWrite() {
        mmapLock.writeLock().lock();
        seq = seq + 1;
        return new WriteSection();
    }

    /** One mmap(MAP_FIXED)-style change: unlink the VMA at {@code vma.start()} (if any), then map {@code vma}. */
    public void remap(Vma vma) {
        try (WriteSection w = beginWrite()) {
            w.unmap(vma.start());
            w.map(vma);
        }
    }

    /** An open write section; only its owner thread may use it. {@link #close()} is mmap_write_unlock(). */
    public final class WriteSection implements AutoCloseable {
        private boolean open = true;

        private WriteSection() {}

        /** Publishes the space without the VMA that starts at {@code start}. */
        public void unmap(long start) {
            requireOpen();
            current = current.without(start);
        }

        /** Publishes the space with {@code vma} mapped. */
        public void map(Vma vma) {
            requireOpen();
            current = current.with(vma);
        }

        @Override
        public void close() {
            if (!open) return;
            open = false;
            seq = seq + 1;
            mmapLock.writeLock().unlock();
        }

        private void requireOpen() {
            if (!open) throw new IllegalStateException("write section already closed");
        }
    }
}
