package org.speclab.engine.schedule;

import java.util.List;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;

/** Runs the first program thread that can move, in scenario order; RCU pseudo-threads only when none can. */
public final class FirstEnabledScheduler implements Scheduler {
    @Override
    public int pick(Engine engine, State state, List<Integer> enabled) {
        for (int t : enabled) if (!engine.machine().isDaemon(t)) return t;
        return enabled.get(0);
    }
}
