package org.speclab.engine.check;

import java.util.Arrays;

/**
 * Dense ids for rows of {@code width} non-negative ints (a world's part ids, ADR 0015): the rows stored flat, id
 * after id, and an open-addressing table of (hash, id) pairs, as in {@link VisitedStates}. A lookup that hits
 * reads one table slot and one row, and allocates nothing; a {@code ConcurrentHashMap} of boxed rows follows
 * four pointers.
 *
 * <p>Shared by the checker's expanding threads. {@link #find} takes no lock: every int of the table and of the
 * rows is written once, from 0 to its final value (a row value is stored plus one, so 0 is "not written yet"),
 * and a full table or row array is replaced, never written again. A reader thus sees each int either 0 or final,
 * and a row that matches in every int is the row of that id; a reader that sees an entry only partly written
 * takes it for a miss. A miss is not an answer: callers then take their lock and {@link #find} again before
 * they {@link #add}, and under that lock every earlier add is visible.
 */
final class RowIds {
    private final int width;
    private volatile int[] rows;
    /** Per slot: the row's hash, then its id + 1 (0: empty). */
    private volatile int[] table = new int[2 * 1024];
    private int size;

    RowIds(int width) {
        this.width = width;
        this.rows = new int[256 * width];
    }

    /** The id of this row ({@code hash} is {@link VisitedStates#hash} of it), or -1: absent, or not yet visible here. */
    int find(int[] row, int hash) {
        int[] t = table;
        int[] r = rows;
        int mask = (t.length >>> 1) - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int id = t[2 * i + 1] - 1;
            if (id < 0) return -1;
            if (t[2 * i] == hash && sameRow(r, id, row)) return id;
        }
    }

    /**
     * Adds a row that {@link #find} did not find under the caller's lock, the one lock of every add; returns its
     * id, the number of rows added before it.
     */
    int add(int[] row, int hash) {
        int id = size;
        int[] r = rows;
        if ((id + 1) * width > r.length) rows = r = Arrays.copyOf(r, 2 * r.length);
        for (int j = 0; j < width; j++) {
            if (row[j] < 0) throw new IllegalArgumentException("row values are non-negative: " + Arrays.toString(row));
            r[id * width + j] = row[j] + 1;
        }
        size++;
        int[] t = table;
        if (4 * size > t.length) {
            t = grown(t); // at most half full: 2 ints a slot
            place(t, hash, id);
            table = t;
        } else {
            place(t, hash, id);
        }
        return id;
    }

    /** How many rows were added (under the caller's lock). */
    int size() { return size; }

    private boolean sameRow(int[] r, int id, int[] row) {
        int base = id * width;
        if (base + width > r.length) return false; // added after this reader's copy of the rows
        for (int j = 0; j < width; j++) if (r[base + j] != row[j] + 1) return false;
        return true;
    }

    private static void place(int[] t, int hash, int id) {
        int mask = (t.length >>> 1) - 1;
        int i = hash & mask;
        while (t[2 * i + 1] != 0) i = (i + 1) & mask;
        t[2 * i] = hash;
        t[2 * i + 1] = id + 1;
    }

    private static int[] grown(int[] t) {
        int[] bigger = new int[2 * t.length];
        for (int i = 0; i < t.length; i += 2) if (t[i + 1] != 0) place(bigger, t[i], t[i + 1] - 1);
        return bigger;
    }
}
