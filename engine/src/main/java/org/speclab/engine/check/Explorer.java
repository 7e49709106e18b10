package org.speclab.engine.check;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.run.Transition;

/**
 * Breadth-first exploration of every interleaving from a state, with a visited set of states (record equality
 * is the fingerprint). It collects the outcomes of finished states and stops at the first violation or at
 * {@code maxStates}. The seed of the exhaustive checker; {@code bench engine} measures it.
 */
public final class Explorer {
    /** What an exploration found. */
    public record Result(long states, long transitions, Set<String> outcomes, String violation, boolean complete) {}

    private final Engine engine;

    public Explorer(Engine engine) { this.engine = engine; }

    public Result explore(State initial, long maxStates) {
        Set<State> seen = new HashSet<>();
        ArrayDeque<State> frontier = new ArrayDeque<>();
        Set<String> outcomes = new TreeSet<>();
        seen.add(initial);
        frontier.add(initial);
        long transitions = 0;
        int threads = engine.machine().threadCount();
        while (!frontier.isEmpty()) {
            State s = frontier.poll();
            if (engine.finished(s)) {
                outcomes.add(engine.outcome(s));
                continue;
            }
            for (int t = 0; t < threads; t++) {
                Transition tr = engine.step(s, t);
                if (tr == null) continue;
                transitions++;
                if (tr.violation() != null) {
                    return new Result(seen.size(), transitions, outcomes, tr.violation().property() + " " + tr.violation().explanation(), false);
                }
                if (seen.add(tr.after())) {
                    if (seen.size() >= maxStates) return new Result(seen.size(), transitions, outcomes, null, false);
                    frontier.add(tr.after());
                }
            }
        }
        return new Result(seen.size(), transitions, outcomes, null, true);
    }
}
