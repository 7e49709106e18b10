package org.speclab.engine.run;

import java.util.List;
import org.speclab.engine.step.Decision;
import org.speclab.engine.step.MemAccess;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.Violation;

/** The result of one step: the state after it and what the step reported. */
public record Transition(int thread, Step step, State after, String explanation, List<MemAccess> accesses,
                         Decision decision, Violation violation) {}
