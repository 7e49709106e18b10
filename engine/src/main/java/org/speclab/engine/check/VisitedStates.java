package org.speclab.engine.check;

import java.util.Arrays;

/**
 * The visited set: state keys ({@link StateKeys}) stored flat, id after id, and an open-addressing table from
 * a key's hash to its id. Ids are dense and given in insertion order, like the graph's. About 4 × (width + 1) + 16
 * bytes per state, and no objects per state.
 */
final class VisitedStates {
    private final int width;
    private int[] keys;
    private int[] hashes;
    private long[] table; // hash << 32 | (id + 1); 0 = empty. The hash beside the id saves a miss per probe.
    private int size;

    VisitedStates(int width) {
        this.width = width;
        this.keys = new int[1024 * width];
        this.hashes = new int[1024];
        this.table = new long[2048];
    }

    int size() { return size; }

    /** A well-mixed hash of a key (murmur3's finaliser over a multiplicative fold). */
    static int hash(int[] key) { return hash(key, 0, key.length); }

    /** The {@link #hash(int[])} of the key {@code buf[at .. at + width)}. */
    static int hash(int[] buf, int at, int width) {
        int h = 0x5bd1e995;
        for (int i = at, end = at + width; i < end; i++) h = (h ^ buf[i]) * 0x9E3779B1;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    /** The id of the state with this key, or -1. */
    int find(int[] key, int hash) { return find(key, 0, hash); }

    /** The id of the state with the key {@code buf[at .. at + width)}, or -1. */
    int find(int[] buf, int at, int hash) {
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long e = table[slot];
            if (e == 0) return -1;
            if ((int) (e >>> 32) != hash) continue;
            int id = (int) e - 1;
            if (sameKey(id, buf, at)) return id;
        }
    }

    /** Adds a key not yet present; returns its id. */
    int add(int[] key, int hash) { return add(key, 0, hash); }

    /** Adds the key {@code buf[at .. at + width)}, not yet present; returns its id. */
    int add(int[] buf, int at, int hash) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            keys = Arrays.copyOf(keys, size * 2 * width);
        }
        int id = size++;
        hashes[id] = hash;
        System.arraycopy(buf, at, keys, id * width, width);
        if (size * 2 > table.length) rehash();
        else place(id);
        return id;
    }

    /** The stored key of a state. */
    int[] key(int id) { return Arrays.copyOfRange(keys, id * width, id * width + width); }

    private boolean sameKey(int id, int[] buf, int at) {
        int base = id * width;
        for (int i = 0; i < width; i++) if (keys[base + i] != buf[at + i]) return false;
        return true;
    }

    private void place(int id) {
        int mask = table.length - 1;
        int slot = hashes[id] & mask;
        while (table[slot] != 0) slot = (slot + 1) & mask;
        table[slot] = (long) hashes[id] << 32 | (id + 1);
    }

    private void rehash() {
        table = new long[table.length * 2];
        for (int id = 0; id < size; id++) place(id);
    }
}
