package org.speclab.engine.run;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.ThreadState;

/**
 * One snapshot of the whole model: the shared world and every thread's program counter and locals. Immutable;
 * its hash is computed once. (The checker does not hash states: it compares {@code StateKeys}.)
 */
public final class State {
    private final World world;
    private final ThreadState[] threads;
    private int hash;

    public State(World world, List<ThreadState> threads) {
        this(world, threads.toArray(new ThreadState[0]));
    }

    private State(World world, ThreadState[] threads) {
        this.world = world;
        this.threads = threads;
    }

    public World world() { return world; }

    public List<ThreadState> threads() { return Collections.unmodifiableList(Arrays.asList(threads)); }

    public ThreadState thread(int t) { return threads[t]; }

    public int threadCount() { return threads.length; }

    /** This state with thread t's state, and the world, replaced. */
    public State with(World w, int t, ThreadState ts) {
        ThreadState[] copy = threads.clone();
        copy[t] = ts;
        return new State(w, copy);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * world.hashCode() + Arrays.hashCode(threads);
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof State s && s.hashCode() == hashCode() && s.world.equals(world) && Arrays.equals(s.threads, threads);
    }

    @Override
    public String toString() { return "State[" + world + ", " + Arrays.toString(threads) + "]"; }
}
