package org.speclab.engine.check;

import java.util.Arrays;
import org.speclab.engine.kernel.ReadLog;
import org.speclab.engine.kernel.World;
import org.speclab.engine.run.Effect;
import org.speclab.engine.step.Violation;

/**
 * Step results keyed by what the step read (ADR 0017): per (thread-state id, thread), a decision tree over the
 * world parts the step read, in the order it read them. A step is a deterministic function of its thread's state
 * and of what it reads, so the part it reads first is fixed by the thread state; which part it reads next by the
 * value (the id) of the first; and so on. Two worlds that agree on the parts along one path therefore give the same
 * step, whatever their other parts hold: the path ends in a {@link Leaf} with the ids of the parts the step wrote
 * and of the thread state it leaves. No read set is declared anywhere; the engine's {@link ReadLog} records them.
 * The checker keeps P1's bookkeeping ({@link org.speclab.engine.run.Engine#noteValid}) in a second tree of its own.
 *
 * <p>Most steps are a step seen before in a world that differs only in parts the step does not read (a reader's
 * step while a writer changed a slab): on the B5 yardstick 772 k step lookups follow 1 897 paths. Entries are
 * {@link PairTable} slots: a tree position (the root of (thread state, thread), or the node reached and the id of
 * the part read there) maps to the node it leads to and what that node does — read part p next, or end in a leaf
 * (the slot's object). Reads follow PairTable's rules; a path is inserted under the table's lock, where a position
 * already present must agree with the new path (else a step read something the log missed, and the memo would be
 * unsound: that throws).
 */
final class ReadMemo extends PairTable {
    /**
     * What a step did, as the search needs it: the parts it wrote (one bit per {@link World#part} index), their
     * canonical ids and values in index order, the canonical thread state it left (null: it was blocked) and its
     * violation. Written parts are kept even when the step wrote an equal value: a part it did not read may hold
     * another value in the next world that reaches this leaf.
     */
    record Leaf(int written, int[] writtenIds, Object[] writtenValues, StateKeys.ThreadCanon thread, Violation violation) {
        static final Leaf BLOCKED = new Leaf(0, new int[0], new Object[0], null, null);

        boolean blocked() { return thread == null; }

        /** The leaf of the engine's effect {@code fx} (null: blocked) from the canonical world {@code before}, whose writes {@code log} holds. */
        static Leaf of(StateKeys keys, StateKeys.WorldCanon before, Effect fx, ReadLog log) {
            if (fx == null) return Leaf.BLOCKED;
            StateKeys.WorldCanon after = keys.world(fx.world(), before);
            return of(log.written(), after, keys.thread(fx.thread()), fx.violation());
        }

        /** The leaf of a step that wrote the parts {@code written} (their values as in {@code after}), left {@code thread} and reported {@code violation}. */
        static Leaf of(int written, StateKeys.WorldCanon after, StateKeys.ThreadCanon thread, Violation violation) {
            int[] ids = new int[Integer.bitCount(written)];
            Object[] values = new Object[ids.length];
            for (int p = 0, k = 0; p < World.PARTS; p++) {
                if ((written & 1 << p) == 0) continue;
                ids[k] = after.parts()[p];
                values[k++] = after.world().part(p);
            }
            return new Leaf(written, ids, values, thread, violation);
        }

        /** The canonical world the step leaves from the canonical world {@code before}: its parts, the written ones replaced. */
        StateKeys.WorldCanon after(StateKeys keys, StateKeys.WorldCanon before) {
            if (written == 0) return before;
            int[] parts = before.parts().clone();
            for (int p = 0, k = 0; p < World.PARTS; p++) if ((written & 1 << p) != 0) parts[p] = writtenIds[k++];
            if (Arrays.equals(parts, before.parts())) return before;
            Object[] values = new Object[World.PARTS];
            for (int p = 0, k = 0; p < World.PARTS; p++) values[p] = (written & 1 << p) != 0 ? writtenValues[k++] : before.world().part(p);
            return keys.world(parts, values);
        }
    }

    /** The most thread-state ids a root key has room for (with 16 threads). */
    static final int MAX_THREAD_STATES = 1 << 23;

    /** The action value of a node that ends in a leaf; 1 .. PARTS is "read part (value - 1) next". */
    private static final int LEAF = 64;
    private int nextNode = 1;

    /**
     * The roots again, by {@code threadState << 4 | thread} (thread-state ids are dense), so the walk starts without
     * a hashed probe: the root's node id + 1 (below 2^24) and action packed as {@code node << 7 | action}, and the leaf of a
     * root that is one (a step that reads nothing). Written once each, from 0 or null, under the lock; read as the
     * table is ({@link PairTable}): a root not (visibly) here is looked up in the table. They grow in
     * {@link #reservePaths} to cover the roots added so far (up to 2^22 of them; the others are found in the table).
     */
    private static final int MAX_ROOTS = 1 << 22;
    private int[] roots = new int[1024];
    private Leaf[] rootLeaves = new Leaf[1024];
    /** Roots added beyond the arrays, for {@link #reservePaths} to note when they grow. */
    private int[] beyond = new int[64];
    private int beyondCount;

    /**
     * The leaf of thread {@code thread}'s step from state {@code threadState} in the world with part ids
     * {@code parts}, or null when the path is not (yet visibly) known.
     */
    Leaf find(int threadState, int thread, int[] parts) {
        int r = threadState << 4 | thread;
        int[] packed = roots;
        if (r < packed.length) {
            int root = packed[r];
            if (root != 0) return walk(root >>> 7, root & 127, parts);
            Leaf leaf = rootLeaves[r];
            if (leaf != null) return leaf;
        }
        int e = lookup(root(threadState, thread), 1);
        if (e < 0) return null;
        return second(e) == LEAF ? (Leaf) object(e) : walk(first(e), second(e), parts);
    }

    /** The leaf at the end of the path from the node keyed {@code node} (its id + 1), which does {@code action}. */
    private Leaf walk(int node, int action, int[] parts) {
        int e = -1;
        while (action != LEAF) {
            e = lookup(node, parts[action - 1] + 1);
            if (e < 0) return null;
            node = first(e);
            action = second(e);
        }
        return e < 0 ? null : (Leaf) object(e);
    }

    /**
     * Adds the path the {@code log} of a step from (threadState, thread) took in a world with part ids
     * {@code parts}, ending in {@code leaf}; returns the leaf at its end (another thread's equal one if it was first).
     */
    synchronized Leaf put(int threadState, int thread, int[] parts, ReadLog log, Leaf leaf) {
        // a full table answers the step without keeping it, until the table grows between batches
        if (!hasRoom(log.count() + 1)) return leaf;
        int k1 = root(threadState, thread);
        int k2 = 1;
        for (int k = 0; k < log.count(); k++) {
            int p = log.part(k);
            int slot = insert(k1, k2, nextNode + 1, p + 1, null);
            if (first(slot) == nextNode + 1) nextNode++;
            if (second(slot) != p + 1) throw inconsistent(threadState, thread);
            if (k == 0 && first(slot) < 1 << 24) root(threadState << 4 | thread, first(slot) << 7 | p + 1, null);
            k1 = first(slot);
            k2 = parts[p] + 1;
        }
        int slot = insert(k1, k2, 1, LEAF, leaf);
        if (second(slot) != LEAF) throw inconsistent(threadState, thread);
        Leaf there = (Leaf) object(slot);
        if (log.count() == 0) root(threadState << 4 | thread, 0, there);
        return there;
    }

    /** Notes root r in the arrays, or for them to note when they grow. Under the lock. */
    private void root(int r, int packed, Leaf leaf) {
        if (r >= roots.length) {
            if (r >= MAX_ROOTS) return;
            if (beyond.length == beyondCount) beyond = Arrays.copyOf(beyond, beyondCount * 2);
            beyond[beyondCount++] = r;
        } else if (packed != 0) {
            roots[r] = packed;
        } else {
            rootLeaves[r] = leaf;
        }
    }

    /**
     * Room for about {@code paths} more paths (only new ones take room, and most steps follow known paths): a
     * path that does not fit is answered but not kept. Only while no other thread uses the table.
     */
    synchronized void reservePaths(int paths) {
        reserve(paths * 2);
        if (beyondCount == 0 || roots.length >= MAX_ROOTS) return;
        int max = 0;
        for (int i = 0; i < beyondCount; i++) max = Math.max(max, beyond[i]);
        int n = roots.length;
        while (max >= n / 2 && n < MAX_ROOTS) n *= 2;
        roots = Arrays.copyOf(roots, n);
        rootLeaves = Arrays.copyOf(rootLeaves, n);
        int left = 0;
        for (int i = 0; i < beyondCount; i++) {
            int r = beyond[i];
            if (r >= n) {
                beyond[left++] = r;
                continue;
            }
            int e = lookup(-(r + 1), 1);
            if (second(e) == LEAF) rootLeaves[r] = (Leaf) object(e);
            else roots[r] = first(e) << 7 | second(e);
        }
        beyondCount = left;
    }

    /** The tree's root key: negative, so that no node key (node id + 1 > 0) equals it. */
    private static int root(int threadState, int thread) { return -((threadState << 4 | thread) + 1); }

    private static IllegalStateException inconsistent(int threadState, int thread) {
        return new IllegalStateException("thread " + thread + " from thread state " + threadState
                + " read the world in another order than before from equal parts: a step reads something its read log misses");
    }
}
