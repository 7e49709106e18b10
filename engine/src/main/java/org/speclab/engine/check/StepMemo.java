package org.speclab.engine.check;

import org.speclab.engine.step.Violation;

/**
 * Step effects already computed, by (world id, thread-state id, thread). A step reads only the world and its
 * own thread's state ({@link org.speclab.engine.run.Engine#effect}), so every state sharing those two gets the
 * same effect: a scenario with 230 k states has about 80 k distinct ones among 1.4 M attempted steps.
 *
 * <p>An entry holds, as ints, what the search needs to build the successor's key (ADR 0015): the ids of the world
 * and thread state the step leaves, and flags — what the engine's bookkeeping across threads will ask of that
 * thread state ({@link StateKeys.ThreadCanon#notes}), whether the step changed the world parts that bookkeeping
 * compares, and whether it reported a violation. Its objects ({@link Result}) are for the rarer paths that
 * need them.
 */
final class StepMemo extends PairTable {
    /** A step's canonical world and thread state after it (null: the thread is blocked there), and its violation. */
    record Result(StateKeys.WorldCanon world, StateKeys.ThreadCanon thread, Violation violation) {
        static final Result BLOCKED = new Result(null, null, null);
    }

    /** Flags: the thread state after the step must note the valid uprobe when looking, and even when not ({@link StateKeys.ThreadCanon#notes}). */
    static final int NOTES_IF_LOOKING = StateKeys.ThreadCanon.NOTES_IF_LOOKING;
    static final int NOTES_ANYWAY = StateKeys.ThreadCanon.NOTES_ANYWAY;
    /** Flag: the step changed a world part of {@link org.speclab.engine.run.Engine#validityParts}. */
    static final int VALIDITY_CHANGED = 4;
    /** Flag: the step changed the world part of {@link org.speclab.engine.run.Engine#freeingPart}. */
    static final int FREEING_CHANGED = 8;
    /** Flag: the step reported a violation. */
    static final int VIOLATION = 16;
    private static final int PRESENT = 128;
    private static final int THREAD_SHIFT = 8;
    /** The most thread-state ids the packed key and value have room for. */
    static final int MAX_THREAD_STATES = 1 << 23;

    /** The slot of thread t's step from (world, thread state), or -1 when it is not known yet. */
    int find(int world, int threadState, int thread) { return lookup(world + 1, (threadState << 4 | thread) + 1); }

    /** Adds a computed step with its flags; returns its slot (the slot already there, if another thread was first). */
    int put(int world, int threadState, int thread, Result r, int flags) {
        int v1 = r.world() == null ? -1 : r.world().id() + 1;
        int v2 = r.world() == null ? PRESENT : r.thread().id() << THREAD_SHIFT | flags | PRESENT;
        return insert(world + 1, (threadState << 4 | thread) + 1, v1, v2, r);
    }

    /** The world id the step leaves, or -1 when the thread is blocked. */
    int world(int slot) { return Math.max(-1, first(slot) - 1); }

    /** The id of the stepping thread's state after the step. */
    int thread(int slot) { return second(slot) >>> THREAD_SHIFT; }

    int flags(int slot) { return second(slot) & (PRESENT - 1); }

    /** The step's objects, or null while the thread that computed them has not published them to this one. */
    Result result(int slot) { return (Result) object(slot); }
}
