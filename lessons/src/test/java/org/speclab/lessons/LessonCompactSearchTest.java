package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.speclab.engine.check.CheckProgress;
import org.speclab.engine.check.CheckResult;
import org.speclab.engine.check.ModelChecker;
import org.speclab.engine.check.PlainSearch;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.step.Property;

/**
 * Every shipped lesson, under its own variant: the checker's compact search (without the reduction) sees the graph
 * of a plain search that tells states apart as it does, and the outcomes and shortest violation of a plain search
 * over whole states (ADR 0013); its state count may only be lower. On a broken lesson, searching on past
 * violations finds every property the plain search violates, each at the same shortest depth.
 */
class LessonCompactSearchTest {
    static Stream<Lesson> lessons() { return LessonCatalog.bundled().stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void compactSearchAgreesWithThePlainSearch(Lesson lesson) {
        // given
        Scenario sc = lesson.scenario();
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        State initial = engine.initial(WorldBuilder.build(sc.world(), sc.variant().knobs()));
        // when
        PlainSearch.Result exact = PlainSearch.run(engine, initial, PlainSearch.EXACT);
        CheckResult compact = new ModelChecker(engine, new ModelChecker.Options(3_000_000, 1, false), CheckProgress.NONE).check(initial);
        // then
        if (exact.violated()) {
            assertThat(compact.counterexample().schedule()).as("shortest counterexample").hasSize(exact.violationDepth());
            CheckResult all = new ModelChecker(engine, new ModelChecker.Options(3_000_000, 1, false, true), CheckProgress.NONE).check(initial);
            Map<Property, Integer> depths = new EnumMap<>(Property.class);
            all.violations().forEach(cx -> depths.put(cx.violation().property(), cx.schedule().size()));
            depths.remove(Property.L1);
            assertThat(depths).as("every violated property at its shortest depth").isEqualTo(exact.violations());
            assertThat(new TreeSet<>(all.outcomes().keySet())).isEqualTo(exact.outcomes());
            return;
        }
        // no bad step; a livelock is a cycle, which the plain search does not look for
        if (compact.counterexample() != null) assertThat(compact.counterexample().violation().property()).isEqualTo(Property.L1);
        PlainSearch.Result relative = PlainSearch.run(engine, initial, PlainSearch.RELATIVE);
        assertThat(compact.states()).isEqualTo(relative.states()).isLessThanOrEqualTo(exact.states());
        assertThat(compact.transitions()).isEqualTo(relative.transitions());
        assertThat(new TreeSet<>(compact.outcomes().keySet())).isEqualTo(exact.outcomes());
    }
}
