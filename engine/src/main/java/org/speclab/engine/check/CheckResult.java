package org.speclab.engine.check;

import java.util.List;
import java.util.Map;
import org.speclab.engine.step.Violation;

/**
 * What an exhaustive check found: the verdict, the outcome set with one shortest witness schedule each, the
 * shortest counterexample on a violation (for a livelock: a prefix and the cycle that repeats), and the size of
 * the explored space.
 */
public record CheckResult(Verdict verdict, Map<String, List<String>> outcomes, Counterexample counterexample, long states,
                          long transitions, double seconds, int workers, boolean reduced) {
    public enum Verdict { HOLDS, VIOLATED, INCONCLUSIVE, CANCELLED }

    /** A violation and the schedule that reaches it; {@code cycleStart} is where a livelock's repeating part begins (or -1). */
    public record Counterexample(Violation violation, List<String> schedule, int cycleStart) {}

    public CheckResult {
        outcomes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(outcomes));
    }

    public double statesPerSecond() { return seconds > 0 ? states / seconds : 0; }
}
