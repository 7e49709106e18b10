package org.speclab.engine.check;

/**
 * The checker's canonical worlds by the ids of their parts, found without making an object (ADR 0017): a step's
 * world is its parent's part ids with the ones it wrote replaced, hashed and looked up here in one probe of a small
 * table. {@link StateKeys} stays the authority that gives worlds their ids; this index only remembers the ones it
 * gave, so a world it does not know yet is asked of {@link StateKeys#world(int[], Object[])} and then added.
 *
 * <p>Lookups are plain loads with no lock, as in {@link PairTable}: a slot's hash is written before its world, so
 * a reader that sees the world sees a match only where there is one, and a reader that sees the slot empty (its
 * world not yet visible) takes it for a miss and asks again under the lock, where {@link #add} keeps the first.
 * The table grows only in {@link #reserve}, between batches.
 */
final class WorldIndex {
    private int[] hashes = new int[16384];
    private StateKeys.WorldCanon[] worlds = new StateKeys.WorldCanon[16384];
    private int size;

    /** A well-mixed hash of part ids. */
    static int hash(int[] parts) { return VisitedStates.hash(parts); }

    /** The canonical world with part ids {@code parts} (whose {@link #hash} is {@code hash}), or null when not (visibly) known. */
    StateKeys.WorldCanon find(int[] parts, int hash) {
        int[] h = hashes;
        StateKeys.WorldCanon[] w = worlds;
        int mask = w.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            StateKeys.WorldCanon c = w[i];
            if (c == null) return null;
            if (h[i] == hash && same(c.parts(), parts)) return c;
        }
    }

    /** Adds canonical world {@code c} (whose parts' {@link #hash} is {@code hash}) unless it is there; returns the one there. */
    synchronized StateKeys.WorldCanon add(StateKeys.WorldCanon c, int hash) {
        int mask = worlds.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            StateKeys.WorldCanon there = worlds[i];
            if (there == null) {
                if (4 * (size + 1) > 3 * worlds.length) return c; // full until the next reserve: answered, not kept
                hashes[i] = hash;
                worlds[i] = c;
                size++;
                return c;
            }
            if (hashes[i] == hash && same(there.parts(), c.parts())) return there;
        }
    }

    /** Equal part ids (a plain loop: C1, which the checker runs on, calls out for {@code Arrays.equals}). */
    private static boolean same(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    /** Makes room for {@code more} worlds at most half full. Only while no other thread uses the index. */
    synchronized void reserve(int more) {
        int capacity = worlds.length;
        if (2L * (size + more) <= capacity) return;
        long c = capacity;
        while (2L * (size + more) > c) c *= 2;
        if (c > 1 << 28) throw new IllegalStateException("index too large: " + c);
        int[] h = new int[(int) c];
        StateKeys.WorldCanon[] w = new StateKeys.WorldCanon[(int) c];
        int mask = (int) c - 1;
        for (int i = 0; i < capacity; i++) {
            if (worlds[i] == null) continue;
            int j = hashes[i] & mask;
            while (w[j] != null) j = (j + 1) & mask;
            h[j] = hashes[i];
            w[j] = worlds[i];
        }
        hashes = h;
        worlds = w;
    }

    synchronized int size() { return size; }
}
