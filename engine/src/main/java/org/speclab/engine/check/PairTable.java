package org.speclab.engine.check;

/**
 * An insert-only open-addressing table from a key of two non-zero ints to two non-zero ints and an object,
 * shared by the checker's expanding threads (ADR 0013, 0015, 0017). A slot is four consecutive ints, so a probe
 * that hits reads one cache line and follows no pointer: the read memo's walk ({@link ReadMemo}) is a chain of them.
 *
 * <p>Lookups are plain loads, with no lock and no fence. Each int of a slot is written once, from 0 to its final
 * value, and ints are never torn, so a reader sees each either 0 or final: a key that matches is the slot's
 * key, and values that are not 0 are its values. A reader that sees a slot only partly written takes it for a
 * miss, computes the equal entry itself, and {@link #insert} returns the slot already there. The object (immutable,
 * its fields final) is read the same way and may be seen null for a while: callers then recompute it. Inserts
 * take the table's lock (they are the misses, a small share). The table grows only in {@link #reserve}, which
 * the checker calls between batches, when no thread is using it.
 */
class PairTable {
    private int[] slots = new int[4 * 4096];
    private Object[] objects = new Object[4096];
    private int size;

    /** The slot of key (k1, k2) with its values in place, or -1. */
    final int lookup(int k1, int k2) {
        int[] s = slots;
        int mask = (s.length >>> 2) - 1;
        for (int i = mix(k1, k2) & mask; ; i = (i + 1) & mask) {
            int b = i << 2;
            int a = s[b];
            if (a == 0) return -1;
            if (a == k1 && s[b + 1] == k2) return s[b + 2] != 0 && s[b + 3] != 0 ? b : -1;
        }
    }

    /** The first value of a slot {@link #lookup} or {@link #insert} returned. */
    final int first(int slot) { return slots[slot + 2]; }

    /** The second value of a slot. */
    final int second(int slot) { return slots[slot + 3]; }

    /** The object of a slot; null while the thread that put it has not published it to this one yet. */
    final Object object(int slot) { return objects[slot >>> 2]; }

    /** Adds key (k1, k2) with its values and object unless the key is present; returns its slot. */
    final synchronized int insert(int k1, int k2, int v1, int v2, Object object) {
        if (k1 == 0 || k2 == 0 || v1 == 0 || v2 == 0) throw new IllegalArgumentException("keys and values are non-zero");
        int[] s = slots;
        int mask = (s.length >>> 2) - 1;
        for (int i = mix(k1, k2) & mask; ; i = (i + 1) & mask) {
            int b = i << 2;
            if (s[b] == 0) {
                if (4 * (size + 1) > 3 * (mask + 1)) throw new IllegalStateException("table full: reserve room between batches");
                objects[i] = object;
                s[b + 2] = v1;
                s[b + 3] = v2;
                s[b + 1] = k2;
                s[b] = k1;
                size++;
                return b;
            }
            if (s[b] == k1 && s[b + 1] == k2) return b;
        }
    }

    /** Makes room for {@code more} entries at most half full. Only while no other thread uses the table. */
    final synchronized void reserve(int more) {
        int capacity = objects.length;
        if (2L * (size + more) <= capacity) return;
        long c = capacity;
        while (2L * (size + more) > c) c *= 2;
        if (c > 1 << 28) throw new IllegalStateException("table too large: " + c);
        int[] s = new int[4 * (int) c];
        Object[] o = new Object[(int) c];
        int mask = (int) c - 1;
        for (int i = 0; i < capacity; i++) {
            int b = i << 2;
            if (slots[b] == 0) continue;
            int j = mix(slots[b], slots[b + 1]) & mask;
            while (s[j << 2] != 0) j = (j + 1) & mask;
            System.arraycopy(slots, b, s, j << 2, 4);
            o[j] = objects[i];
        }
        slots = s;
        objects = o;
    }

    final synchronized int size() { return size; }

    /** Whether {@code n} more entries fit before the table must grow in {@link #reserve}. */
    final synchronized boolean hasRoom(int n) { return 4L * (size + n) <= 3L * objects.length; }

    /**
     * Where a key's probe starts: a multiplicative hash of both ints, its high bits folded down. The read memo's
     * keys are small dense ints (node ids, part ids), which this spreads well enough, and it is cheap to compute:
     * the memo's walk hashes two or three keys per step.
     */
    private static int mix(int k1, int k2) {
        int h = k1 * 0x9E3779B1 + k2 * 0x85EBCA77;
        return h ^ h >>> 15;
    }
}
