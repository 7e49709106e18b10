package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.speclab.engine.check.CheckProgress;
import org.speclab.engine.check.CheckResult;
import org.speclab.engine.check.ModelChecker;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Engine;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.variant.Variants;

/**
 * Every shipped lesson's declared outcomes against the exhaustive checker (lessons/README.md): on a correct variant
 * every reachable outcome is declared expected or possible and every expected one is reachable; on a broken
 * variant the checker finds a violation the lesson declares expected, and searched on past it (as {@code check
 * --all}) it reaches only declared outcomes and violations, and none the lesson forbids.
 */
class LessonOutcomeTest {
    static Stream<Lesson> lessons() { return LessonCatalog.bundled().stream(); }

    static Stream<Arguments> worldsUnderCorrectVariants() {
        return LessonCatalog.bundled().stream().flatMap(l -> Stream.of(Variants.V6_14, Variants.V6_13, Variants.retry(2))
                .map(v -> Arguments.of(l.id() + " under " + v.name(), l.scenario().withVariant(Variants.keepingOverrides(v, l.scenario().variant())))));
    }

    /** The lesson's own knob overrides ({@code set: preempt-rt: true}) stay: each lesson's configuration is checked. */
    @ParameterizedTest(name = "{0} holds")
    @MethodSource("worldsUnderCorrectVariants")
    void correctVariantsHoldOnEveryShippedScenario(String name, Scenario sc) {
        Engine e = new Engine(new Machine(sc.threads(), sc.variant()));
        CheckResult r = new ModelChecker(e, new ModelChecker.Options(3_000_000, 1, true), CheckProgress.NONE)
                .check(e.initial(WorldBuilder.build(sc.world(), sc.variant().knobs())));
        assertThat(r.verdict()).as(name + " " + r.counterexample()).isEqualTo(CheckResult.Verdict.HOLDS);
        assertThat(r.outcomes()).isNotEmpty().doesNotContainKey("deadlock");
        if (!sc.variant().path().speculate()) assertThat(r.outcomes().keySet()).noneMatch(o -> o.contains("speculative") || o.contains("fallback"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void declaredOutcomesMatchTheExhaustiveChecker(Lesson lesson) {
        Scenario sc = lesson.scenario();
        Engine e = new Engine(new Machine(sc.threads(), sc.variant()));
        CheckResult r = new ModelChecker(e, new ModelChecker.Options(3_000_000, 1, true), CheckProgress.NONE)
                .check(e.initial(WorldBuilder.build(sc.world(), sc.variant().knobs())));
        if (sc.variant().broken()) {
            assertThat(r.verdict()).isEqualTo(CheckResult.Verdict.VIOLATED);
            assertThat(sc.outcomes().expected()).contains(r.counterexample().violation().outcome());
            return;
        }
        assertThat(r.verdict()).as(lesson.id() + " " + r.counterexample()).isEqualTo(CheckResult.Verdict.HOLDS);
        Set<String> declared = new HashSet<>(sc.outcomes().expected());
        declared.addAll(sc.outcomes().possible());
        assertThat(declared).as("every reachable outcome is declared").containsAll(r.outcomes().keySet());
        assertThat(r.outcomes().keySet()).as("every expected outcome is reachable").containsAll(sc.outcomes().expected());
    }

    static Stream<Lesson> brokenLessons() { return lessons().filter(l -> l.scenario().variant().broken()); }

    /** {@code check LESSON --all} on a broken lesson lists nothing "undeclared": every outcome is classified up front. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLessons")
    void brokenLessonsDeclareEveryOutcomeAndViolationCheckAllReaches(Lesson lesson) {
        // given
        Scenario sc = lesson.scenario();
        Engine e = new Engine(new Machine(sc.threads(), sc.variant()));
        // when
        CheckResult r = new ModelChecker(e, new ModelChecker.Options(3_000_000, 1, true, true), CheckProgress.NONE)
                .check(e.initial(WorldBuilder.build(sc.world(), sc.variant().knobs())));
        // then
        assertThat(r.verdict()).isEqualTo(CheckResult.Verdict.VIOLATED);
        Set<String> reached = new HashSet<>(r.outcomes().keySet());
        r.violations().forEach(cx -> reached.add(cx.violation().outcome()));
        Set<String> declared = new HashSet<>(sc.outcomes().expected());
        declared.addAll(sc.outcomes().possible());
        assertThat(declared).as("every outcome and violation check --all reaches is declared expected or possible").containsAll(reached);
        assertThat(reached).as("every expected outcome is reached").containsAll(sc.outcomes().expected());
        assertThat(reached).as("nothing the lesson forbids is reached").doesNotContainAnyElementsOf(sc.outcomes().forbidden());
        Set<String> classified = new HashSet<>(declared);
        classified.addAll(sc.outcomes().forbidden());
        assertThat(classified).as("each violation is classified, reached or not").containsAll(OutcomeNames.VIOLATIONS);
    }
}
