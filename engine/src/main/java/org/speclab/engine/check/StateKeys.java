package org.speclab.engine.check;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.kernel.RcuFlavor;
import org.speclab.engine.kernel.World;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.step.LocalStep;
import org.speclab.engine.step.ThreadState;

/**
 * The compact identity of a state (SPIN's "collapse" compression, twice over): a state is the id of its world
 * and the id of each thread's state; a world is the ids of its {@link World#part parts}. Equal values get
 * equal ids and one canonical object (hash-consing), so two states are equal exactly when their keys are: the
 * visited set compares a few ints instead of two object graphs, and keeps no states alive. "Equal" is up to the
 * absolute grace-period numbers, which no step can tell apart ({@link #compared}). A step changes one
 * or two parts of the world; the others are its parent's very objects and keep their ids without being hashed.
 * Safe to share between the checker's workers: ids may then depend on timing, the equality of keys never does.
 * Worlds and thread states are also found by id ({@link ById}), for the checker's search over keys alone (ADR 0015).
 */
final class StateKeys {
    /** A world part's id and the one object that stands for all parts equal to it. */
    record Canon(Object value, int id) {}

    /** A canonical world: its object, its id, and the ids of its parts. */
    record WorldCanon(World world, int id, int[] parts) {}

    /**
     * A canonical thread state and its id, with what the search asks of it at every visit, asked once: whether
     * it is done, whether its next step is a {@link LocalStep} (the reduction, ADR 0005), whether it is outside
     * a reader's lookup window ({@link Engine#outsideWindow}), and in {@code notes} the engine's
     * {@link Engine#mustNoteValid} for both values of its {@code look} argument.
     */
    record ThreadCanon(ThreadState state, int id, boolean done, boolean localNext, boolean outsideWindow, int notes) {
        /** {@link #notes}: must note the valid uprobe when looking. */
        static final int NOTES_IF_LOOKING = 1;
        /** {@link #notes}: must note it even when not looking. */
        static final int NOTES_ANYWAY = 2;

        ThreadCanon(ThreadState state, int id) {
            this(state, id, state.done(), !state.done() && state.next() instanceof LocalStep, Engine.outsideWindow(state),
                    (Engine.mustNoteValid(state, true) ? NOTES_IF_LOOKING : 0) | (Engine.mustNoteValid(state, false) ? NOTES_ANYWAY : 0));
        }

        /** {@link Engine#mustNoteValid}{@code (state, look)}, from {@code notes} flags. */
        static boolean mustNote(int notes, boolean look) { return (notes & (look ? NOTES_IF_LOOKING : NOTES_ANYWAY)) != 0; }
    }

    private final ConcurrentHashMap<Object, Canon> canon = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ThreadState, ThreadCanon> threadStates = new ConcurrentHashMap<>();
    /** Worlds by their part ids; new worlds are added under its lock. */
    private final RowIds worlds = new RowIds(World.PARTS);
    private final ById<WorldCanon> worldsById = new ById<>();
    private final ById<ThreadCanon> threadsById = new ById<>();
    private final AtomicInteger nextPart = new AtomicInteger();
    private final AtomicInteger nextThread = new AtomicInteger();
    private final int threads;

    StateKeys(int threads) { this.threads = threads; }

    int width() { return 1 + threads; }

    /** The key of a state met without a parent (the initial state). */
    int[] key(State s) {
        int[] k = new int[width()];
        k[0] = world(s.world(), null).id();
        for (int t = 0; t < threads; t++) k[1 + t] = thread(s.thread(t)).id();
        return k;
    }

    /** The state whose key is {@code key[at .. at + width)}, made of canonical objects. Its ids must come from an earlier batch. */
    State state(int[] key, int at) {
        List<ThreadState> ts = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) ts.add(thread(key[at + 1 + t]).state());
        return new State(world(key[at]).world(), ts);
    }

    /** The canonical world with this id; the id must come from an earlier batch ({@link ById}). */
    WorldCanon world(int id) { return worldsById.get(id); }

    /** The canonical thread state with this id; the id must come from an earlier batch ({@link ById}). */
    ThreadCanon thread(int id) { return threadsById.get(id); }

    /**
     * The canonical world equal to {@code w}, which a step made from the canonical world {@code parent} (null:
     * none). Parts that are the parent's very objects keep its ids without being hashed.
     */
    WorldCanon world(World w, WorldCanon parent) {
        if (parent != null && w == parent.world()) return parent; // a step that only read the world
        int changed = parent == null ? ALL_PARTS : w.changedParts(parent.world());
        int[] parts = parent == null ? new int[World.PARTS] : parent.parts().clone();
        Object[] values = new Object[World.PARTS]; // the canonical objects of the changed parts
        for (int m = changed; m != 0; m &= m - 1) {
            int i = Integer.numberOfTrailingZeros(m);
            Canon c = canon(compared(w.part(i)));
            parts[i] = c.id();
            values[i] = c.value();
        }
        int hash = VisitedStates.hash(parts);
        WorldCanon c = found(parts, hash);
        if (c != null) return c;
        for (int i = 0; i < World.PARTS; i++) if (values[i] == null) values[i] = parent.world().part(i);
        return added(parts, values, hash);
    }

    /**
     * The canonical world whose parts have the ids {@code parts}; {@code values[i]} is the canonical part with id
     * {@code parts[i]} (or one equal to it, as {@link #compared} compares). Both arrays become the world's: callers
     * pass fresh ones.
     */
    WorldCanon world(int[] parts, Object[] values) {
        int hash = VisitedStates.hash(parts);
        WorldCanon c = found(parts, hash);
        return c != null ? c : added(parts, values, hash);
    }

    /**
     * The canonical world with these part ids, or null; {@code hash} is their {@link VisitedStates#hash} (well mixed:
     * part ids are small consecutive ints).
     */
    private WorldCanon found(int[] parts, int hash) {
        int id = worlds.find(parts, hash);
        return id < 0 ? null : worldsById.get(id); // null too when another worker added it in this batch, not yet visible here
    }

    private static final int ALL_PARTS = (1 << World.PARTS) - 1;

    /** The canonical world of these parts, added unless another worker just added it. */
    private WorldCanon added(int[] parts, Object[] values, int hash) {
        synchronized (worlds) {
            int id = worlds.find(parts, hash);
            if (id >= 0) return worldsById.get(id);
            // made of canonical parts: equal parts of the checker's worlds are then the same objects, so a step's
            // effect keeps its parent's parts by identity, and the engine's identity shortcuts hit
            WorldCanon fresh = new WorldCanon(World.ofParts(values), worlds.size(), parts);
            worldsById.set(fresh.id(), fresh);
            worlds.add(parts, hash);
            return fresh;
        }
    }

    /**
     * What the checker compares of a world part: the part itself, but an RCU flavour in its relative form, since
     * only the order of grace-period numbers matters, not how many have passed ({@link RcuFlavor#relative}).
     * Worlds equal in this sense share an id, and so a memoized step effect: both allow the same steps, to
     * worlds again equal in this sense (ADR 0013).
     */
    static Object compared(Object part) { return part instanceof RcuFlavor f ? f.relative() : part; }

    /** The canonical object and id of a world part. */
    Canon canon(Object value) {
        Canon c = canon.get(value);
        if (c != null) return c;
        Canon fresh = new Canon(value, nextPart.getAndIncrement());
        Canon raced = canon.putIfAbsent(value, fresh);
        return raced != null ? raced : fresh;
    }

    /** The canonical thread state equal to {@code ts}, with its id. */
    ThreadCanon thread(ThreadState ts) {
        ThreadCanon c = threadStates.get(ts);
        if (c != null) return c;
        int id = nextThread.getAndIncrement();
        if (id >= ReadMemo.MAX_THREAD_STATES) throw new IllegalStateException("more than 2^23 thread states: the step memo has no room");
        ThreadCanon fresh = new ThreadCanon(ts, id);
        ThreadCanon raced = threadStates.putIfAbsent(ts, fresh);
        if (raced != null) return raced;
        threadsById.set(fresh.id(), fresh);
        return fresh;
    }
}
