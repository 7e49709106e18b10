package org.speclab.engine.check;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import org.speclab.engine.run.Effect;

/**
 * Step effects already computed, by (world id, thread-state id, thread). A step reads only the world and its
 * own thread's state ({@link org.speclab.engine.run.Engine#effect}), so every state sharing those two gets the
 * same effect: a scenario with 230 k states has about 80 k distinct ones among 1.4 M attempted steps.
 *
 * <p>One table shared by every expanding thread (ADR 0013), so that no effect is computed once per thread: an
 * insert-only open-addressing table keyed by the packed triple. A thread claims a slot by a compare-and-set of
 * its key, then publishes the entry; a reader that finds the key before the entry computes the effect itself
 * (it is the same value) and its put is dropped. The table grows only in {@link #reserve}, which the checker calls
 * between batches, when no thread is expanding.
 */
final class StepMemo {
    /** A computed effect (null: the thread is blocked there) with the ids of the world and thread state it leaves. */
    record Entry(Effect effect, int world, int thread) {}

    static final Entry BLOCKED = new Entry(null, -1, -1);

    private static final VarHandle KEYS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle VALUES = MethodHandles.arrayElementVarHandle(Entry[].class);

    private long[] keys = new long[4096]; // packed key + 1; 0 = empty
    private Entry[] values = new Entry[4096];
    private final AtomicInteger size = new AtomicInteger();

    static long pack(int world, int threadState, int thread) {
        return (long) world << 32 | (long) threadState << 4 | thread;
    }

    Entry get(long key) {
        long stored = key + 1;
        long[] ks = keys;
        Entry[] vs = values;
        int mask = ks.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            long k = (long) KEYS.getAcquire(ks, slot);
            if (k == 0) return null;
            if (k == stored) return (Entry) VALUES.getAcquire(vs, slot); // null while its writer is still publishing
        }
    }

    /** Adds an entry; a key already present keeps its entry (equal keys have equal effects). */
    void put(long key, Entry entry) {
        long stored = key + 1;
        long[] ks = keys;
        Entry[] vs = values;
        int mask = ks.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            long k = (long) KEYS.getAcquire(ks, slot);
            if (k == stored) return;
            if (k == 0 && KEYS.compareAndSet(ks, slot, 0L, stored)) {
                VALUES.setRelease(vs, slot, entry);
                if (4 * size.incrementAndGet() > 3 * ks.length) throw new IllegalStateException("step memo full: reserve room between batches");
                return;
            }
            if ((long) KEYS.getAcquire(ks, slot) == stored) return;
        }
    }

    /**
     * Makes room for {@code more} entries at most half full. Only while no other thread uses the memo (the
     * checker calls it between batches).
     */
    void reserve(int more) {
        if (2L * (size.get() + more) <= keys.length) return;
        int capacity = keys.length;
        while (2L * (size.get() + more) > capacity) capacity *= 2;
        long[] oldKeys = keys;
        Entry[] oldValues = values;
        long[] ks = new long[capacity];
        Entry[] vs = new Entry[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == 0 || oldValues[i] == null) continue;
            int slot = mix(oldKeys[i] - 1) & mask;
            while (ks[slot] != 0) slot = (slot + 1) & mask;
            ks[slot] = oldKeys[i];
            vs[slot] = oldValues[i];
        }
        keys = ks;
        values = vs;
    }

    int size() { return size.get(); }

    private static int mix(long key) {
        long h = key ^ (key >>> 33); // murmur3's 64-bit finaliser: every bit of the key reaches the low bits
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return (int) (h ^ (h >>> 33));
    }
}
