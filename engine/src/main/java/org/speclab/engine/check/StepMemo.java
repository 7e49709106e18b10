package org.speclab.engine.check;

import org.speclab.engine.run.Effect;

/**
 * Step effects already computed, by (world id, thread-state id, thread). A step reads only the world and its
 * own thread's state ({@link org.speclab.engine.run.Engine#effect}), so every state sharing those two gets the
 * same effect: a scenario with 230 k states has about 80 k distinct ones among 1.4 M attempted steps. An
 * open-addressing table keyed by the packed triple; one per worker, not thread-safe.
 */
final class StepMemo {
    /** A computed effect (null: the thread is blocked there) with the ids of the world and thread state it leaves. */
    record Entry(Effect effect, int world, int thread) {}

    static final Entry BLOCKED = new Entry(null, -1, -1);

    private long[] keys = new long[4096];
    private Entry[] values = new Entry[4096];
    private int size;

    static long pack(int world, int threadState, int thread) {
        return (long) world << 32 | (long) threadState << 4 | thread;
    }

    Entry get(long key) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            Entry e = values[slot];
            if (e == null) return null;
            if (keys[slot] == key) return e;
        }
    }

    void put(long key, Entry entry) {
        if (2 * (size + 1) > keys.length) grow();
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (values[slot] != null) {
            if (keys[slot] == key) {
                values[slot] = entry;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = entry;
        size++;
    }

    int size() { return size; }

    private void grow() {
        long[] oldKeys = keys;
        Entry[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Entry[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) if (oldValues[i] != null) put(oldKeys[i], oldValues[i]);
    }

    private static int mix(long key) {
        long h = key ^ (key >>> 33); // murmur3's 64-bit finaliser: every bit of the key reaches the low bits
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return (int) (h ^ (h >>> 33));
    }
}
