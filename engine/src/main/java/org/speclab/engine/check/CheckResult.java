package org.speclab.engine.check;

import java.util.List;
import java.util.Map;
import org.speclab.engine.step.Violation;

/**
 * What an exhaustive check found: the verdict, the outcome set with one shortest witness schedule each, the
 * shortest counterexample on a violation (for a livelock: a prefix and the cycle that repeats), and the size of
 * the explored space. When the search was complete and found a livelock, {@code fairLivelock} is the livelock
 * under weak fairness (a cycle in which every thread enabled throughout it also takes a step), or null when every
 * livelock cycle starves a thread that stays enabled: L1 is reported both ways ({@link #weakFairnessChecked}).
 * {@code violations} holds one shortest counterexample per violated property when the search looked for all of
 * them ({@link ModelChecker.Options#allViolations}; {@code counterexample} is the first of them), else at most
 * {@code counterexample}.
 */
public record CheckResult(Verdict verdict, Map<String, List<String>> outcomes, Counterexample counterexample, long states,
                          long transitions, double seconds, int workers, boolean reduced, Counterexample fairLivelock,
                          List<Counterexample> violations) {
    public enum Verdict { HOLDS, VIOLATED, INCONCLUSIVE, CANCELLED }

    /** A violation and the schedule that reaches it; {@code cycleStart} is where a livelock's repeating part begins (or -1). */
    public record Counterexample(Violation violation, List<String> schedule, int cycleStart) {}

    public CheckResult {
        outcomes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(outcomes));
        violations = violations.isEmpty() && counterexample != null ? List.of(counterexample) : List.copyOf(violations);
    }

    /** A livelock was found, so the weak-fairness search ran; {@link #fairLivelock} says what it found. */
    public boolean weakFairnessChecked() {
        return violations.stream().anyMatch(c -> c.violation().property() == org.speclab.engine.step.Property.L1);
    }

    public double statesPerSecond() { return seconds > 0 ? states / seconds : 0; }
}
