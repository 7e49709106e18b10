package org.speclab.engine.schedule;

import java.util.List;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;

/** Chooses which thread runs next. Only {@link SeededRandomScheduler} holds randomness. */
public interface Scheduler {
    /** The next thread among {@code enabled} (non-empty), or -1 to stop the run here. */
    int pick(Engine engine, State state, List<Integer> enabled);
}
