package org.speclab.engine.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.speclab.engine.program.Machine;
import org.speclab.engine.schedule.Scheduler;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.Violation;

/**
 * Runs a scenario under a scheduler and records the trace. Stops at the first violation, when every program
 * thread is done, on deadlock (nobody can move), at the step limit, or when the scheduler stops. A run that
 * comes back to a state it has been in, with a reader stepping in between, has found a livelock (L1).
 */
public final class Simulation {
    public static final int DEFAULT_MAX_STEPS = 5_000;

    private final Engine engine;
    private final WorldDiff diff;

    public Simulation(Engine engine) {
        this.engine = engine;
        this.diff = new WorldDiff(engine.machine());
    }

    public Engine engine() { return engine; }

    public Trace run(State initial, Scheduler scheduler) { return run(initial, scheduler, DEFAULT_MAX_STEPS); }

    public Trace run(State initial, Scheduler scheduler, int maxSteps) {
        return continueFrom(new Trace(engine.machine(), initial, List.of(), Trace.End.STOPPED, "", null, ""), 0, scheduler, maxSteps);
    }

    /** Keeps the first {@code keep} steps of {@code trace} and continues from there: a branch. */
    public Trace continueFrom(Trace trace, int keep, Scheduler scheduler, int maxSteps) {
        Machine m = engine.machine();
        List<TraceEntry> entries = new ArrayList<>(trace.entries().subList(0, keep));
        Map<State, Integer> seen = new HashMap<>();
        seen.put(trace.initial(), 0);
        for (TraceEntry e : entries) seen.putIfAbsent(e.after(), e.index());
        State s = trace.stateAt(keep);
        while (true) {
            if (engine.finished(s)) return done(trace, entries, s, Trace.End.FINISHED, null, "");
            if (entries.size() >= maxSteps) return done(trace, entries, s, Trace.End.STEP_LIMIT, null, "stopped after " + maxSteps + " steps");
            List<Integer> enabled = new ArrayList<>();
            List<Transition> moves = new ArrayList<>();
            for (int t = 0; t < m.threadCount(); t++) {
                Transition tr = engine.step(s, t);
                if (tr != null) {
                    enabled.add(t);
                    moves.add(tr);
                }
            }
            if (enabled.isEmpty()) return done(trace, entries, s, Trace.End.DEADLOCK, null, "deadlock: " + blocked(s));
            int t = scheduler.pick(engine, s, enabled);
            if (t < 0) return done(trace, entries, s, Trace.End.STOPPED, null, "the schedule ended before every thread finished");
            Transition tr = moves.get(enabled.indexOf(t));
            TraceEntry entry = entry(entries, s, tr);
            entries.add(entry);
            s = tr.after();
            if (entry.violation() != null) return done(trace, entries, s, Trace.End.VIOLATION, entry.violation(), "");
            Integer before = seen.putIfAbsent(s, entry.index());
            if (before != null) {
                Violation loop = livelock(entries, before, entry.index());
                if (loop != null) return done(trace, entries, s, Trace.End.VIOLATION, loop, "");
            }
        }
    }

    private TraceEntry entry(List<TraceEntry> entries, State s, Transition tr) {
        Machine m = engine.machine();
        List<Change> changes = new ArrayList<>(diff.between(s.world(), tr.after().world()));
        changes.addAll(diff.between(m.threadName(tr.thread()), s.thread(tr.thread()).regs(), tr.after().thread(tr.thread()).regs()));
        Cause cause = Causes.of(m, entries, tr.thread(), tr.decision());
        return new TraceEntry(entries.size() + 1, tr.thread(), m.threadName(tr.thread()), tr.step(), tr.explanation(), changes,
                tr.accesses(), tr.decision(), cause, tr.violation(), tr.after());
    }

    /** The steps (from, to] return to the same state: a livelock if a reader stepped in it without finishing. */
    private Violation livelock(List<TraceEntry> entries, int from, int to) {
        for (int i = from; i < to; i++) {
            TraceEntry e = entries.get(i);
            if (engine.machine().isReader(e.thread())) {
                return new Violation(Property.L1, e.thread(), "steps " + (from + 1) + ".." + to,
                        e.threadName() + " is back in the state it was in after step " + from + ": steps " + (from + 1) + ".." + to
                                + " repeat forever without handle_swbp() ever finishing");
            }
        }
        return null;
    }

    private String blocked(State s) {
        List<String> parts = new ArrayList<>();
        for (int t = 0; t < engine.machine().programThreads(); t++) {
            if (!s.thread(t).done()) parts.add(engine.machine().threadName(t) + " " + engine.blockedReason(s, t));
        }
        return String.join("; ", parts);
    }

    private Trace done(Trace base, List<TraceEntry> entries, State s, Trace.End end, Violation v, String note) {
        String outcome = v != null ? v.outcome() : engine.outcome(s);
        return new Trace(engine.machine(), base.initial(), entries, end, outcome, v, note);
    }
}
