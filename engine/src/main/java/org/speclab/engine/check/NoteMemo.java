package org.speclab.engine.check;

/**
 * P1's bookkeeping already done, by (world id, thread-state id): what {@link org.speclab.engine.run.Engine#noteValid}
 * makes of a reader's state in a world. It reads only those two, so every successor that shares them gets the
 * same noted state (ADR 0015).
 */
final class NoteMemo extends PairTable {
    /** The slot of the noted state of (world, thread state), or -1 when it is not known yet. */
    int find(int world, int threadState) { return lookup(world + 1, threadState + 1); }

    int put(int world, int threadState, StateKeys.ThreadCanon noted) { return insert(world + 1, threadState + 1, noted.id() + 1, 1, noted); }

    /** The id of the noted thread state. */
    int noted(int slot) { return first(slot) - 1; }

    /** The noted thread state, or null while the thread that computed it has not published it to this one. */
    StateKeys.ThreadCanon canon(int slot) { return (StateKeys.ThreadCanon) object(slot); }
}
