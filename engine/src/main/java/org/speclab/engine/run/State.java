package org.speclab.engine.run;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.ThreadState;

/** One snapshot of the whole model: the shared world and every thread's program counter and locals. */
public record State(World world, List<ThreadState> threads) {
    public State { threads = List.copyOf(threads); }

    public ThreadState thread(int t) { return threads.get(t); }

    public State with(World w, int t, ThreadState ts) {
        List<ThreadState> copy = new ArrayList<>(threads);
        copy.set(t, ts);
        return new State(w, copy);
    }
}
