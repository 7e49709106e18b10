package org.speclab.engine.run;

import java.util.List;
import org.speclab.engine.step.Decision;
import org.speclab.engine.step.MemAccess;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.Violation;

/**
 * One step of a trace, self-contained: who ran which line, what it changed and why, its memory accesses, the
 * decision it took with its cause, any violation, and the whole state after it. Index 1 is the first step.
 */
public record TraceEntry(int index, int thread, String threadName, Step step, String explanation, List<Change> changes,
                         List<MemAccess> accesses, Decision decision, Cause cause, Violation violation, State after) {
    public TraceEntry {
        changes = List.copyOf(changes);
        accesses = List.copyOf(accesses);
    }

    public String label() { return step.label(); }

    public String function() { return step.function(); }
}
