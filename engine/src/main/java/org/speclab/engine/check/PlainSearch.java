package org.speclab.engine.check;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.speclab.engine.kernel.World;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.run.Transition;

/**
 * The plainest search there is, the reference the {@link ModelChecker} is tested against (ADR 0008, 0013):
 * breadth-first over whole {@link State} objects in a {@code HashMap}, every thread stepped through
 * {@link Engine#step} each time, no reduction, no memo. Slow; for tests only.
 */
public final class PlainSearch {
    /** What it saw; {@code violationDepth} is the length of the shortest schedule to a bad step, or -1. */
    public record Result(long states, long transitions, Set<String> outcomes, int violationDepth) {
        public boolean violated() { return violationDepth >= 0; }
    }

    /** States told apart by their whole value. */
    public static final Function<State, Object> EXACT = s -> s;

    /** States told apart as the checker tells them apart: up to the absolute grace-period numbers. */
    public static final Function<State, Object> RELATIVE = PlainSearch::relative;

    private PlainSearch() {}

    public static Result run(Engine engine, State initial, Function<State, Object> identity) {
        Map<Object, Integer> depth = new HashMap<>(Map.of(identity.apply(initial), 0));
        ArrayDeque<State> queue = new ArrayDeque<>(Set.of(initial));
        Set<String> outcomes = new TreeSet<>();
        long transitions = 0;
        while (!queue.isEmpty()) {
            State s = queue.poll();
            int d = depth.get(identity.apply(s));
            if (engine.finished(s)) {
                outcomes.add(engine.outcome(s));
                continue;
            }
            for (int t = 0; t < engine.machine().threadCount(); t++) {
                Transition tr = engine.step(s, t, false);
                if (tr == null) continue;
                transitions++;
                if (tr.violation() != null) return new Result(depth.size(), transitions, outcomes, d + 1);
                if (depth.putIfAbsent(identity.apply(tr.after()), d + 1) == null) queue.add(tr.after());
            }
        }
        return new Result(depth.size(), transitions, outcomes, -1);
    }

    /** The state with both RCU flavours in their relative form ({@link org.speclab.engine.kernel.RcuFlavor#relative}). */
    static State relative(State s) {
        World w = s.world();
        return new State(w.withRcu(w.rcu().relative()).withTrace(w.trace().relative()), s.threads());
    }
}
