package org.speclab.engine.check;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.speclab.engine.kernel.World;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.run.Transition;
import org.speclab.engine.step.Property;

/**
 * The plainest search there is, the reference the {@link ModelChecker} is tested against (ADR 0008, 0013):
 * breadth-first over whole {@link State} objects in a {@code HashMap}, every thread stepped through
 * {@link Engine#step} each time, no reduction, no memo. A bad step ends its run, as in {@code run}, and the
 * search goes on: it sees every outcome and the shortest schedule to each violated property. Slow; for tests only.
 */
public final class PlainSearch {
    /**
     * What it saw: the outcomes of runs without a bad step, and per violated property the length of the shortest
     * schedule to a bad step of it.
     */
    public record Result(long states, long transitions, Set<String> outcomes, Map<Property, Integer> violations) {
        public boolean violated() { return !violations.isEmpty(); }

        /** The length of the shortest schedule to any bad step, or -1. */
        public int violationDepth() { return violations.values().stream().mapToInt(Integer::intValue).min().orElse(-1); }
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
        Map<Property, Integer> violations = new EnumMap<>(Property.class);
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
                if (tr.violation() != null) {
                    violations.putIfAbsent(tr.violation().property(), d + 1);
                    continue;
                }
                if (depth.putIfAbsent(identity.apply(tr.after()), d + 1) == null) queue.add(tr.after());
            }
        }
        return new Result(depth.size(), transitions, outcomes, violations);
    }

    /** The state with both RCU flavours in their relative form ({@link org.speclab.engine.kernel.RcuFlavor#relative}). */
    static State relative(State s) {
        World w = s.world();
        return new State(w.withRcu(w.rcu().relative()).withTrace(w.trace().relative()), s.threads());
    }
}
