package org.speclab.app.stepper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.State;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.ThreadState;
import org.speclab.engine.run.Trace;
import org.speclab.engine.run.TraceEntry;

/**
 * What every view renders: the session, the position on the timeline (0 = before the first step), the state
 * there, the step that led to it (null at 0) and the steps before it. Views never run the engine.
 */
public record Frame(Session session, Trace timeline, int index) {
    public State state() { return timeline.stateAt(index); }

    /** The step just executed, or null before the first. */
    public TraceEntry step() { return index == 0 ? null : timeline.entries().get(index - 1); }

    /** Steps 1..index. */
    public List<TraceEntry> history() { return timeline.entries().subList(0, index); }

    /**
     * The readers still inside a lookup (no verdict yet), by thread in thread order: the ones whose loaded
     * pointers the views draw. A finished lookup no longer uses its pointers.
     */
    public Map<Integer, ReaderRegs> readersInLookup() {
        Map<Integer, ReaderRegs> out = new LinkedHashMap<>();
        Machine m = session.machine();
        for (int t = 0; t < m.threadCount(); t++) {
            ThreadState ts = state().thread(t);
            if (m.isReader(t) && ts.isReader() && ts.reader().verdict() == null) out.put(t, ts.reader());
        }
        return out;
    }

    public boolean atEnd() { return index == timeline.size(); }

    /** The run is over at this point: every program thread finished, or a violation or deadlock stopped it. */
    public boolean finished() {
        if (!atEnd()) return session.engine().finished(state());
        return switch (timeline.end()) {
            case FINISHED, VIOLATION, DEADLOCK -> true;
            case STEP_LIMIT, STOPPED -> session.engine().finished(state());
        };
    }
}
