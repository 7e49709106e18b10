package org.speclab.engine.run;

import java.util.List;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.Decision;
import org.speclab.engine.step.MemAccess;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.ThreadState;
import org.speclab.engine.step.Violation;

/**
 * What one step of one thread does, before the engine's bookkeeping across threads: the world and the thread's
 * own state after it, and what the step reported. It depends only on the world and that thread's state going
 * in (a step reads nothing else), which is what lets the checker reuse it for every state that shares them.
 */
public record Effect(Step step, World world, ThreadState thread, String explanation, List<MemAccess> accesses,
                     Decision decision, Violation violation) {}
