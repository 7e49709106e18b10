package org.speclab.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.step.Property;
import org.speclab.engine.variant.Variant;
import org.speclab.engine.variant.Variants;

/**
 * The checker's compact search (state keys, hash-consing, memoized step effects, relative grace-period numbers;
 * ADR 0008, 0013) against the plainest search there is ({@link PlainSearch}). Without the reduction the compact
 * search must see exactly the graph of a plain search that tells states apart as it does (up to the absolute
 * grace-period numbers), and the outcomes and shortest violation of a plain search over whole states.
 */
class CompactSearchTest {
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
        PlainSearch.Result exact = PlainSearch.run(engine, initial, PlainSearch.EXACT);
        PlainSearch.Result relative = PlainSearch.run(engine, initial, PlainSearch.RELATIVE);
        CheckResult compact = new ModelChecker(engine, new ModelChecker.Options(2_000_000, 1, false), CheckProgress.NONE).check(initial);
        // then: the same graph as the relative plain search; the same outcomes as the exact one, in no more states
        assertThat(exact.violated()).as(name).isFalse();
        assertThat(compact.states()).as(name + " states").isEqualTo(relative.states());
        assertThat(compact.transitions()).as(name + " transitions").isEqualTo(relative.transitions());
        assertThat(new TreeSet<>(compact.outcomes().keySet())).as(name + " outcomes").isEqualTo(exact.outcomes()).isEqualTo(relative.outcomes());
        assertThat(compact.states()).as(name + " states, at most the exact count").isLessThanOrEqualTo(exact.states());
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
        PlainSearch.Result plain = PlainSearch.run(engine, initial, PlainSearch.EXACT);
        CheckResult compact = new ModelChecker(engine, new ModelChecker.Options(2_000_000, 1, false), CheckProgress.NONE).check(initial);
        assertThat(compact.verdict()).isEqualTo(CheckResult.Verdict.VIOLATED);
        // a livelock is a cycle, not a bad step: the plain search has no cycle detection and must finish clean
        boolean livelock = compact.counterexample().violation().property() == Property.L1;
        assertThat(plain.violated()).isEqualTo(!livelock);
        if (!livelock) assertThat(compact.counterexample().schedule()).hasSize(plain.violationDepth());
    }

    @ParameterizedTest(name = "{0}: every violated property, each at its shortest depth, and every outcome")
    @MethodSource("broken")
    void searchingOnPastViolationsFindsWhatThePlainSearchFinds(String variant, Function<Variant, Scenario> scenario) {
        // given
        Scenario sc = scenario.apply(Variants.byName(variant).orElseThrow());
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        State initial = engine.initial(WorldBuilder.build(sc.world(), sc.variant().knobs()));
        // when
        PlainSearch.Result plain = PlainSearch.run(engine, initial, PlainSearch.EXACT);
        CheckResult first = new ModelChecker(engine, new ModelChecker.Options(2_000_000, 1, false), CheckProgress.NONE).check(initial);
        CheckResult all = new ModelChecker(engine, new ModelChecker.Options(2_000_000, 1, false, true), CheckProgress.NONE).check(initial);
        // then
        Map<Property, Integer> depths = new EnumMap<>(Property.class);
        for (CheckResult.Counterexample cx : all.violations()) {
            assertThat(depths.put(cx.violation().property(), cx.schedule().size())).as("one counterexample per property").isNull();
        }
        depths.remove(Property.L1); // a cycle, which the plain search does not look for
        assertThat(depths).isEqualTo(plain.violations());
        assertThat(new TreeSet<>(all.outcomes().keySet())).isEqualTo(plain.outcomes());
        assertThat(all.counterexample()).isEqualTo(first.counterexample());
        assertThat(all.verdict()).isEqualTo(CheckResult.Verdict.VIOLATED);
    }
}
