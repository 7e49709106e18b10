package org.speclab.app.chart;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.speclab.app.stepper.Session;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.State;
import org.speclab.engine.run.Trace;
import org.speclab.engine.schedule.SeededRandomScheduler;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.Verdict;

/**
 * Runs the current scenario under seeded random schedules and counts each reader's verdict in the final state.
 * No JavaFX: the task wraps it, and tests call it directly. Run {@code n} uses seed {@code n}.
 */
public final class ThroughputSweep {
    private ThroughputSweep() {}

    /** Runs {@code first..last} (inclusive), handing each result to {@code sink}; stops early when cancelled. */
    public static int sweep(Session session, int first, int last, Consumer<RunResult> sink, BooleanSupplier cancelled) {
        int done = 0;
        for (int run = first; run <= last && !cancelled.getAsBoolean(); run++) {
            sink.accept(run(session, run));
            done++;
        }
        return done;
    }

    /** One run with seed {@code run}. */
    public static RunResult run(Session session, int run) {
        Trace trace = session.simulation().run(session.initial(), new SeededRandomScheduler(run));
        return count(session.machine(), trace, run);
    }

    /** Counts the readers' verdicts in the trace's last state. */
    static RunResult count(Machine m, Trace trace, int run) {
        State last = trace.last();
        int hits = 0;
        int fallbacks = 0;
        int unfinished = 0;
        for (int t = 0; t < m.programThreads(); t++) {
            if (!m.isReader(t)) continue;
            ReaderRegs r = last.thread(t).reader();
            if (r.verdict() == null) unfinished++;
            else if (r.verdict() == Verdict.SPECULATIVE_HIT) hits++;
            else fallbacks++;
        }
        String violation = trace.violation() == null ? "" : trace.violation().property().name();
        return new RunResult(run, run, hits, fallbacks, unfinished, violation);
    }
}
