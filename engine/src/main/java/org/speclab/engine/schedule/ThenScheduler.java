package org.speclab.engine.schedule;

import java.util.List;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;

/** One scheduler until it stops, then another: a lesson's partial schedule completed deterministically. */
public final class ThenScheduler implements Scheduler {
    private final Scheduler first;
    private final Scheduler second;
    private boolean switched;

    public ThenScheduler(Scheduler first, Scheduler second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public int pick(Engine engine, State state, List<Integer> enabled) {
        if (!switched) {
            int t = first.pick(engine, state, enabled);
            if (t >= 0) return t;
            switched = true;
        }
        return second.pick(engine, state, enabled);
    }
}
