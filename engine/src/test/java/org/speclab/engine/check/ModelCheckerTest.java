package org.speclab.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.Simulation;
import org.speclab.engine.run.Trace;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.schedule.ScriptedScheduler;
import org.speclab.engine.step.Property;
import org.speclab.engine.variant.KnobSetting;
import org.speclab.engine.variant.Variant;
import org.speclab.engine.variant.Variants;

class ModelCheckerTest {
    static CheckResult check(Scenario sc, ModelChecker.Options o) {
        Engine e = new Engine(new Machine(sc.threads(), sc.variant()));
        return new ModelChecker(e, o, CheckProgress.NONE).check(e.initial(WorldBuilder.build(sc.world(), sc.variant().knobs())));
    }

    static CheckResult check(Scenario sc) { return check(sc, ModelChecker.Options.DEFAULT); }

    static Trace replay(Scenario sc, List<String> schedule) {
        Engine e = new Engine(new Machine(sc.threads(), sc.variant()));
        return new Simulation(e).run(e.initial(WorldBuilder.build(sc.world(), sc.variant().knobs())), new ScriptedScheduler(schedule));
    }

    static Variant with(Variant v, String knob, String value) { return v.withKnobs(KnobSetting.apply(v.knobs(), knob, value)); }

    static List<Function<Variant, Scenario>> scenarios() {
        return List.of(Scenarios::munmapReuse, Scenarios::mprotectSplit, Scenarios::unregister,
                v -> Scenarios.inodeReuse(with(v, "inode-free", "immediate")), Scenarios::twoSections,
                v -> Scenarios.vmaReuse(with(v, "vma-free", "typesafe")), Scenarios::writerHolds);
    }

    static Stream<Arguments> correct() {
        return Stream.of(Variants.V6_14, Variants.V6_13, Variants.retry(2))
                .flatMap(v -> scenarios().stream().map(f -> f.apply(v)).map(sc -> Arguments.of(sc.variant().name() + " " + sc.id(), sc)));
    }

    @ParameterizedTest(name = "{0} holds")
    @MethodSource("correct")
    void correctVariantsHoldOnEveryScenario(String name, Scenario sc) {
        CheckResult r = check(sc);
        assertThat(r.verdict()).as(name + " " + r.counterexample()).isEqualTo(CheckResult.Verdict.HOLDS);
        assertThat(r.outcomes()).isNotEmpty().doesNotContainKey("deadlock");
        if (!sc.variant().path().speculate()) assertThat(r.outcomes().keySet()).noneMatch(o -> o.contains("speculative"));
    }

    @Test
    void munmapReuseOutcomeSetIsExactlyTheFallbacksAndTheHit() {
        // fallback-no-uprobe: the reader loaded the NULL f_inode that init_file() writes into a reused slot
        assertThat(check(Scenarios.munmapReuse(Variants.V6_14)).outcomes().keySet()).containsExactly(
                "fallback-no-uprobe/locked-miss-restart", "fallback-no-vma/locked-miss-restart", "fallback-seq-changed/locked-miss-restart",
                "fallback-writer-active/locked-miss-restart", "speculative-hit");
    }

    @Test
    void beforeTheChangeEveryHitTakesTheLock() {
        assertThat(check(Scenarios.mprotectSplit(Variants.V6_13)).outcomes().keySet()).containsExactly("locked-hit");
    }

    @Test
    void witnessesReplayToTheirOutcome() {
        Scenario sc = Scenarios.mprotectSplit(Variants.V6_14);
        CheckResult r = check(sc);
        r.outcomes().forEach((outcome, schedule) -> assertThat(replay(sc, schedule).outcome()).isEqualTo(outcome));
    }

    record Broken(String variant, Function<Variant, Scenario> scenario, Property property) {
        @Override
        public String toString() { return variant; }
    }

    static Stream<Broken> broken() {
        return Stream.of(
                new Broken("no-end-check", Scenarios::munmapReuse, Property.P1),
                new Broken("parity-only-end-check", Scenarios::munmapReuse, Property.P1),
                new Broken("odd-start-accepted", Scenarios::mprotectSplit, Property.P1),
                new Broken("vma-fields-after-check", Scenarios::mprotectSplit, Property.P1),
                new Broken("end-check-before-tree-lookup", v -> Scenarios.inodeReuse(with(v, "inode-free", "immediate")), Property.P1),
                new Broken("no-rcu-read-lock", Scenarios::munmapReuse, Property.P2),
                new Broken("filp-plain-kfree", Scenarios::munmapReuse, Property.P2),
                new Broken("backing-file-kfree", v -> backing(Scenarios.munmapReuse(v)), Property.P2),
                new Broken("speculate-without-per-vma-lock", Scenarios::munmapReuse, Property.P2),
                new Broken("tiny-seq-counter", Scenarios::twoSections, Property.P1),
                new Broken("torn-vm-file-load", Scenarios::vmaReuse, Property.P2),
                new Broken("uprobe-freed-without-gp", Scenarios::unregister, Property.P3),
                new Broken("spin-on-odd", Scenarios::writerHolds, Property.L1),
                new Broken("trust-speculative-null", Scenarios::writerHolds, Property.P4));
    }

    static Scenario backing(Scenario s) {
        return new Scenario(s.id(), s.title(), s.question(), s.variant(), Scenarios.world(true), s.threads(), s.schedule(), s.outcomes());
    }

    @ParameterizedTest(name = "the checker alone finds {0}")
    @MethodSource("broken")
    void checkerFindsEachBrokenVariantsPropertyAndItsCounterexampleReplays(Broken b) {
        // given
        Scenario sc = b.scenario().apply(Variants.byName(b.variant()).orElseThrow());
        // when
        CheckResult r = check(sc);
        // then
        assertThat(r.verdict()).isEqualTo(CheckResult.Verdict.VIOLATED);
        assertThat(r.counterexample().violation().property()).isEqualTo(b.property());
        Trace replayed = replay(sc, r.counterexample().schedule());
        assertThat(replayed.violation()).as(org.speclab.engine.run.TraceText.format(replayed)).isNotNull();
        assertThat(replayed.violation().property()).isEqualTo(b.property());
    }

    @Test
    void spinOnOddLivelocksOnlyWithoutFairness() {
        // given: B13; the reader spins on the odd count while the writer, which could always move, never does
        Scenario sc = Scenarios.writerHolds(Variants.byName("spin-on-odd").orElseThrow());
        // when
        CheckResult r = check(sc);
        // then: L1 without fairness, and no livelock under weak fairness (the spin is a self-loop that starves cpu1)
        assertThat(r.counterexample().violation().property()).isEqualTo(Property.L1);
        assertThat(r.weakFairnessChecked()).isTrue();
        assertThat(r.fairLivelock()).isNull();
    }

    @Test
    void endCheckBeforeTreeLookupHoldsWithTheKernelsRcuDelayedInodeFree() {
        Scenario sc = Scenarios.inodeReuse(Variants.byName("end-check-before-tree-lookup").orElseThrow());
        assertThat(check(sc).verdict()).isEqualTo(CheckResult.Verdict.HOLDS);
    }

    @Test
    void reducedAndUnreducedSearchesReachTheSameOutcomes() {
        for (Function<Variant, Scenario> f : scenarios()) {
            Scenario sc = f.apply(Variants.V6_14);
            CheckResult full = check(sc, new ModelChecker.Options(2_000_000, 1, false));
            CheckResult reduced = check(sc, new ModelChecker.Options(2_000_000, 1, true));
            assertThat(reduced.outcomes().keySet()).as(sc.id()).isEqualTo(full.outcomes().keySet());
            assertThat(reduced.verdict()).isEqualTo(full.verdict());
            assertThat(reduced.states()).isLessThanOrEqualTo(full.states());
        }
    }

    @Test
    void twoRunsAndTwoWorkersGiveTheSameResult() {
        Scenario sc = Scenarios.twoSections(Variants.retry(2));
        CheckResult a = check(sc);
        CheckResult b = check(sc);
        CheckResult c = check(sc, new ModelChecker.Options(2_000_000, 2, true));
        assertThat(b.outcomes()).isEqualTo(a.outcomes());
        assertThat(c.outcomes()).isEqualTo(a.outcomes());
        assertThat(b.states()).isEqualTo(a.states());
        assertThat(c.states()).isEqualTo(a.states());
        assertThat(c.transitions()).isEqualTo(a.transitions());
    }

    @Test
    void twoWorkersMatchOneOnASearchWithLevelsOfManyBatches() {
        // tens of thousands of states, levels of several 1024-state batches: the pipelined, parallel expansion runs
        Scenario sc = Scenarios.inodeReuse(Variants.V6_13);
        CheckResult one = check(sc, new ModelChecker.Options(2_000_000, 1, false));
        CheckResult two = check(sc, new ModelChecker.Options(2_000_000, 2, false));
        assertThat(one.states()).isGreaterThan(20_000);
        assertThat(two.outcomes()).isEqualTo(one.outcomes());
        assertThat(two.states()).isEqualTo(one.states());
        assertThat(two.transitions()).isEqualTo(one.transitions());
        assertThat(two.verdict()).isEqualTo(one.verdict());
    }

    @ParameterizedTest(name = "{0}: three workers find what one finds")
    @MethodSource("broken")
    void workersSharingTheExpansionMatchOneWorkerOnEveryViolation(Broken b) {
        // given a broken variant searched on past its violations, so that every batch runs on the workers
        Scenario sc = b.scenario().apply(Variants.byName(b.variant()).orElseThrow());
        // when
        CheckResult one = check(sc, new ModelChecker.Options(2_000_000, 1, true, true));
        CheckResult three = check(sc, new ModelChecker.Options(2_000_000, 3, true, true));
        CheckResult first = check(sc, new ModelChecker.Options(2_000_000, 3, true));
        // then
        assertThat(three.violations()).isEqualTo(one.violations());
        assertThat(three.outcomes()).isEqualTo(one.outcomes());
        assertThat(three.states()).isEqualTo(one.states());
        assertThat(three.transitions()).isEqualTo(one.transitions());
        assertThat(first.counterexample()).isEqualTo(one.counterexample());
    }

    @Test
    void maxStatesMakesTheVerdictInconclusive() {
        CheckResult r = check(Scenarios.munmapReuse(Variants.V6_14), new ModelChecker.Options(100, 1, true));
        assertThat(r.verdict()).isEqualTo(CheckResult.Verdict.INCONCLUSIVE);
    }

    @Test
    void cancellingStopsTheSearch() {
        Scenario sc = Scenarios.munmapReuse(Variants.V6_14);
        Engine e = new Engine(new Machine(sc.threads(), sc.variant()));
        CheckProgress cancel = new CheckProgress() {
            @Override public void explored(long states, long frontier, double rate) {}

            @Override public boolean cancelled() { return true; }
        };
        CheckResult r = new ModelChecker(e, ModelChecker.Options.DEFAULT, cancel).check(e.initial(WorldBuilder.build(sc.world(), sc.variant().knobs())));
        assertThat(r.verdict()).isEqualTo(CheckResult.Verdict.CANCELLED);
    }
}
