package org.speclab.engine.run;

import java.util.List;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.ThreadState;

/**
 * One snapshot of the whole model: the shared world and every thread's program counter and locals. Immutable;
 * its hash is computed once, because the checker uses states as keys of its visited map.
 */
public final class State {
    private final World world;
    private final List<ThreadState> threads;
    private int hash;

    public State(World world, List<ThreadState> threads) {
        this.world = world;
        this.threads = List.copyOf(threads);
    }

    public World world() { return world; }

    public List<ThreadState> threads() { return threads; }

    public ThreadState thread(int t) { return threads.get(t); }

    public State with(World w, int t, ThreadState ts) {
        ThreadState[] copy = threads.toArray(new ThreadState[0]);
        copy[t] = ts;
        return new State(w, List.of(copy));
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * world.hashCode() + threads.hashCode();
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof State s && s.hashCode() == hashCode() && s.world.equals(world) && s.threads.equals(threads);
    }

    @Override
    public String toString() { return "State[" + world + ", " + threads + "]"; }
}
