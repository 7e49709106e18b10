package org.speclab.engine.step;

import org.speclab.engine.variant.CodePath;
import org.speclab.engine.variant.Knobs;

/** What steps may ask of the scenario they run in: the variant and the reader's alternative continuations. */
public interface Setting {
    Knobs knobs();

    CodePath path();

    String threadName(int thread);

    /** One speculation attempt, from {@code try_begin} on (a retry starts here again). */
    StepList attempt();

    /** The end of the speculation on failure, the locked lookup, and the rest of {@code handle_swbp()}. */
    StepList fallback();

    /** The rest of {@code handle_swbp()} after a successful lookup. */
    StepList afterLookup();
}
