package org.speclab.engine.check;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.speclab.engine.kernel.RcuFlavor;
import org.speclab.engine.kernel.World;
import org.speclab.engine.run.State;

/**
 * The compact identity of a state (SPIN's "collapse" compression, twice over): a state is the id of its world
 * and the id of each thread's state; a world is the ids of its {@link World#part parts}. Equal values get
 * equal ids and one canonical object (hash-consing), so two states are equal exactly when their keys are: the
 * visited set compares a few ints instead of two object graphs, and keeps no states alive. "Equal" is up to the
 * absolute grace-period numbers, which no step can tell apart ({@link #compared}). A step changes one
 * or two parts of the world; the others are its parent's very objects and keep their ids without being hashed.
 * Safe to share between the checker's workers: ids may then depend on timing, the equality of keys never does.
 */
final class StateKeys {
    /** A value's id and the one object that stands for all values equal to it. */
    record Canon(Object value, int id) {}

    /** A canonical world: its object, its id, and the ids of its parts. */
    record WorldCanon(World world, int id, int[] parts) {}

    /** The ids of a world's parts, as a map key. */
    private record PartIds(int[] ids) {
        @Override
        public boolean equals(Object o) { return o instanceof PartIds p && Arrays.equals(p.ids, ids); }

        // well mixed: part ids are small consecutive ints, on which Arrays.hashCode collides a lot
        @Override
        public int hashCode() { return VisitedStates.hash(ids); }
    }

    private final ConcurrentHashMap<Object, Canon> canon = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<PartIds, WorldCanon> worlds = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, WorldCanon> worldsById = new ConcurrentHashMap<>();
    private final AtomicInteger nextPart = new AtomicInteger();
    private final AtomicInteger nextWorld = new AtomicInteger();
    private final int threads;

    StateKeys(int threads) { this.threads = threads; }

    int width() { return 1 + threads; }

    /** The key of a state met without a parent (the initial state). */
    int[] key(State s) {
        int[] k = new int[width()];
        k[0] = world(s.world(), null).id();
        for (int t = 0; t < threads; t++) k[1 + t] = canon(s.thread(t)).id();
        return k;
    }

    /**
     * The key of {@code s}, reached from {@code parent} (key {@code parentKey}) by a step of thread t whose effect
     * left the world with id {@code world} and t in state {@code thread} (id {@code threadId}). A thread keeps
     * its id while its state is the very same object; the engine's bookkeeping after the step may still have
     * replaced any reader's state, the stepping thread's included, and those are looked up.
     */
    int[] key(State s, State parent, int[] parentKey, int t, int world, Object thread, int threadId) {
        int[] k = parentKey.clone();
        k[0] = world;
        for (int u = 0; u < threads; u++) {
            Object ts = s.thread(u);
            if (u == t && ts == thread) k[1 + u] = threadId;
            else if (u == t || ts != parent.thread(u)) k[1 + u] = canon(ts).id();
        }
        return k;
    }

    /** The canonical world equal to {@code w}, which a step made from the world with id {@code parent}. */
    WorldCanon world(World w, int parent) { return world(w, worldsById.get(parent)); }

    private WorldCanon world(World w, WorldCanon parent) {
        int[] parts = new int[World.PARTS];
        Object[] values = new Object[World.PARTS];
        for (int i = 0; i < World.PARTS; i++) {
            Object p = w.part(i);
            if (parent != null && p == parent.world().part(i)) {
                parts[i] = parent.parts()[i];
                values[i] = p;
            } else {
                Canon c = canon(compared(p));
                parts[i] = c.id();
                values[i] = c.value();
            }
        }
        PartIds key = new PartIds(parts);
        WorldCanon c = worlds.get(key);
        if (c != null) return c;
        // made of canonical parts: equal parts of the checker's worlds are then the same objects, so a step's
        // effect keeps its parent's parts by identity, and the engine's identity shortcuts hit
        WorldCanon fresh = new WorldCanon(World.ofParts(values), nextWorld.getAndIncrement(), parts);
        WorldCanon raced = worlds.putIfAbsent(key, fresh);
        if (raced != null) return raced;
        worldsById.put(fresh.id(), fresh);
        return fresh;
    }

    /**
     * What the checker compares of a world part: the part itself, but an RCU flavour in its relative form, since
     * only the order of grace-period numbers matters, not how many have passed ({@link RcuFlavor#relative}).
     * Worlds equal in this sense share an id, and so a memoized step effect: both allow the same steps, to
     * worlds again equal in this sense (ADR 0013).
     */
    static Object compared(Object part) { return part instanceof RcuFlavor f ? f.relative() : part; }

    /** The canonical object and id of a world part or a thread state. */
    Canon canon(Object value) {
        Canon c = canon.get(value);
        if (c != null) return c;
        Canon fresh = new Canon(value, nextPart.getAndIncrement());
        Canon raced = canon.putIfAbsent(value, fresh);
        return raced != null ? raced : fresh;
    }
}
