package org.speclab.engine.schedule;

import java.util.List;
import java.util.SplittableRandom;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;

/** Picks uniformly among the threads that can move; the same seed gives the same schedule. */
public final class SeededRandomScheduler implements Scheduler {
    private final SplittableRandom random;

    public SeededRandomScheduler(long seed) { this.random = new SplittableRandom(seed); }

    @Override
    public int pick(Engine engine, State state, List<Integer> enabled) {
        return enabled.get(random.nextInt(enabled.size()));
    }
}
