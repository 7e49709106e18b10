package org.speclab.engine.run;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.program.Machine;
import org.speclab.engine.step.Violation;

/**
 * A run: the initial state, its steps in order, and how it ended. Stepping back is reading an earlier entry;
 * every entry holds its full state, shared structurally with its neighbours.
 */
public record Trace(Machine machine, State initial, List<TraceEntry> entries, End end, String outcome,
                    Violation violation, String note) {
    /** How a run ended. */
    public enum End { FINISHED, VIOLATION, DEADLOCK, STEP_LIMIT, STOPPED }

    public Trace { entries = List.copyOf(entries); }

    public int size() { return entries.size(); }

    /** The state after {@code steps} steps (0 = the initial state). */
    public State stateAt(int steps) { return steps == 0 ? initial : entries.get(steps - 1).after(); }

    public State last() { return stateAt(entries.size()); }

    /** The thread names picked, in order: replaying them with {@code run --schedule} gives this trace again. */
    public List<String> schedule() {
        List<String> out = new ArrayList<>();
        for (TraceEntry e : entries) out.add(e.threadName());
        return out;
    }

    /** The step at which the violation happened (the last step), or -1. */
    public int violationStep() { return violation == null ? -1 : entries.size(); }
}
