package org.speclab.engine.check;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
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
    record Leaf(int id, int written, int[] writtenIds, Object[] writtenValues, StateKeys.ThreadCanon thread, Violation violation) {
        static final Leaf BLOCKED = new Leaf(0, 0, new int[0], new Object[0], null, null);

        boolean blocked() { return thread == null; }

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
    private final AtomicInteger nextLeaf = new AtomicInteger(1);

    /**
     * The leaf of the engine's effect {@code fx} (null: blocked) from the canonical world {@code before}, whose
     * writes {@code log} holds, with an id no other leaf has ({@link Leaf#id}: the {@link WriteMemo} key).
     */
    Leaf leaf(StateKeys keys, StateKeys.WorldCanon before, Effect fx, ReadLog log) {
        if (fx == null) return Leaf.BLOCKED;
        StateKeys.WorldCanon after = keys.world(fx.world(), before);
        return leaf(log.written(), after, keys.thread(fx.thread()), fx.violation());
    }

    /** A leaf with a new id: the parts {@code written} and their values in {@code after}, the thread state and violation. */
    Leaf leaf(int written, StateKeys.WorldCanon after, StateKeys.ThreadCanon thread, Violation violation) {
        int[] ids = new int[Integer.bitCount(written)];
        Object[] values = new Object[ids.length];
        for (int p = 0, k = 0; p < World.PARTS; p++) {
            if ((written & 1 << p) == 0) continue;
            ids[k] = after.parts()[p];
            values[k++] = after.world().part(p);
        }
        return new Leaf(nextLeaf.getAndIncrement(), written, ids, values, thread, violation);
    }

    /**
     * The leaf of thread {@code thread}'s step from state {@code threadState} in the world with part ids
     * {@code parts}, or null when the path is not (yet visibly) known.
     */
    Leaf find(int threadState, int thread, int[] parts) {
        int e = lookup(root(threadState, thread), 1);
        while (e >= 0) {
            int action = second(e);
            if (action == LEAF) return (Leaf) object(e);
            e = lookup(first(e), parts[action - 1] + 1);
        }
        return null;
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
            k1 = first(slot);
            k2 = parts[p] + 1;
        }
        int slot = insert(k1, k2, 1, LEAF, leaf);
        if (second(slot) != LEAF) throw inconsistent(threadState, thread);
        return (Leaf) object(slot);
    }

    /**
     * Room for about {@code paths} more paths (only new ones take room, and most steps follow known paths): a
     * path that does not fit is answered but not kept. Only while no other thread uses the table.
     */
    void reservePaths(int paths) { reserve(paths * 2); }

    /** The tree's root key: negative, so that no node key (node id + 1 > 0) equals it. */
    private static int root(int threadState, int thread) { return -((threadState << 4 | thread) + 1); }

    private static IllegalStateException inconsistent(int threadState, int thread) {
        return new IllegalStateException("thread " + thread + " from thread state " + threadState
                + " read the world in another order than before from equal parts: a step reads something its read log misses");
    }
}
