package org.speclab.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.run.Transition;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.step.Property;
import org.speclab.engine.variant.Variant;
import org.speclab.engine.variant.Variants;

/**
 * The checker's compact search (state keys, hash-consing, memoized step effects; ADR 0008) against the
 * plainest search there is: breadth-first over whole {@link State} objects in a {@code HashSet}, every thread
 * stepped through {@link Engine#step} each time. Without the reduction both must see the very same graph.
 */
class CompactSearchTest {
    /** What the plain search saw; {@code violationDepth} is the length of the shortest schedule to a bad step, or -1. */
    record Plain(long states, long transitions, Set<String> outcomes, int violationDepth) {
        boolean violated() { return violationDepth >= 0; }
    }

    static Plain plainSearch(Engine engine, State initial) {
        Map<State, Integer> depth = new HashMap<>(Map.of(initial, 0));
        ArrayDeque<State> queue = new ArrayDeque<>(Set.of(initial));
        Set<String> outcomes = new TreeSet<>();
        long transitions = 0;
        while (!queue.isEmpty()) {
            State s = queue.poll();
            if (engine.finished(s)) {
                outcomes.add(engine.outcome(s));
                continue;
            }
            for (int t = 0; t < engine.machine().threadCount(); t++) {
                Transition tr = engine.step(s, t, false);
                if (tr == null) continue;
                transitions++;
                if (tr.violation() != null) return new Plain(depth.size(), transitions, outcomes, depth.get(s) + 1);
                if (depth.putIfAbsent(tr.after(), depth.get(s) + 1) == null) queue.add(tr.after());
            }
        }
        return new Plain(depth.size(), transitions, outcomes, -1);
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(Variants.V6_14, Variants.V6_13, Variants.retry(2)).flatMap(v -> ModelCheckerTest.scenarios().stream()
                .map(f -> f.apply(v)).map(sc -> Arguments.of(sc.variant().name() + " " + sc.id(), sc)));
    }

    @ParameterizedTest(name = "{0}: same states, transitions and outcomes as a plain search")
    @MethodSource("scenarios")
    void compactSearchSeesExactlyThePlainSearchsGraph(String name, Scenario sc) {
        // given
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        State initial = engine.initial(WorldBuilder.build(sc.world(), sc.variant().knobs()));
        // when
        Plain plain = plainSearch(engine, initial);
        CheckResult compact = new ModelChecker(engine, new ModelChecker.Options(2_000_000, 1, false), CheckProgress.NONE).check(initial);
        // then
        assertThat(plain.violated()).as(name).isFalse();
        assertThat(compact.states()).as(name + " states").isEqualTo(plain.states());
        assertThat(compact.transitions()).as(name + " transitions").isEqualTo(plain.transitions());
        assertThat(new TreeSet<>(compact.outcomes().keySet())).as(name + " outcomes").isEqualTo(plain.outcomes());
    }

    static Stream<Arguments> broken() {
        return ModelCheckerTest.broken().map(b -> Arguments.of(b.variant(), b.scenario()));
    }

    @ParameterizedTest(name = "{0}: found by both, at the same depth")
    @MethodSource("broken")
    void compactSearchFindsWhatThePlainSearchFinds(String variant, Function<Variant, Scenario> scenario) {
        Scenario sc = scenario.apply(Variants.byName(variant).orElseThrow());
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        State initial = engine.initial(WorldBuilder.build(sc.world(), sc.variant().knobs()));
        Plain plain = plainSearch(engine, initial);
        CheckResult compact = new ModelChecker(engine, new ModelChecker.Options(2_000_000, 1, false), CheckProgress.NONE).check(initial);
        assertThat(compact.verdict()).isEqualTo(CheckResult.Verdict.VIOLATED);
        // a livelock is a cycle, not a bad step: the plain search has no cycle detection and must finish clean
        boolean livelock = compact.counterexample().violation().property() == Property.L1;
        assertThat(plain.violated()).isEqualTo(!livelock);
        if (!livelock) assertThat(compact.counterexample().schedule()).hasSize(plain.violationDepth());
    }
}
