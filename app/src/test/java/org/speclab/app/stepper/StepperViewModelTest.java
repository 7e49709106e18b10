package org.speclab.app.stepper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.speclab.engine.variant.Variants;
import org.speclab.lessons.LessonCatalog;

/** The stepper without a toolkit: the user as scheduler, step back, branches, variant re-runs. */
class StepperViewModelTest {
    private final StepperViewModel vm = new StepperViewModel();

    @BeforeEach
    void load() { vm.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow()); }

    private int cpu(String name) { return vm.session().machine().indexOf(name); }

    @Test
    void startsBeforeTheFirstStepWithTheReaderSelected() {
        assertThat(vm.frame().index()).isZero();
        assertThat(vm.frame().step()).isNull();
        assertThat(vm.selectedProperty().get()).isEqualTo(cpu("cpu0"));
        assertThat(vm.canStepBackProperty().get()).isFalse();
        assertThat(vm.choices()).extracting(ThreadChoice::name).containsExactly("cpu0", "cpu1", "cpu2", "rcu", "rcu-trace");
        assertThat(vm.choices().get(0).preview()).contains("handle_swbp");
    }

    @Test
    void steppingACpuRunsItsNextStepAndShowsWhatEveryCpuDoesNext() {
        // when
        vm.step(cpu("cpu1"));
        vm.step(cpu("cpu1"));
        // then
        assertThat(vm.frame().index()).isEqualTo(2);
        assertThat(vm.frame().state().world().mm().seq()).isEqualTo(3);
        assertThat(vm.frame().step().label()).isEqualTo("WL2");
        assertThat(vm.choices().get(cpu("cpu1")).preview()).contains("vma_start_write");
    }

    @Test
    void stepBackRestoresTheEarlierSnapshotAndRedoReplaysIt() {
        vm.step(cpu("cpu1"));
        vm.step(cpu("cpu1"));
        // when
        vm.stepBack();
        // then
        assertThat(vm.frame().index()).isEqualTo(1);
        assertThat(vm.frame().state().world().mm().seq()).isEqualTo(2);
        assertThat(vm.canRedoProperty().get()).isTrue();
        vm.step(cpu("cpu1"));
        assertThat(vm.frame().state().world().mm().seq()).isEqualTo(3);
        // the only branch is the lesson's run, left at the first step
        assertThat(vm.branches()).hasSize(1);
        assertThat(vm.branchLabel(vm.branches().get(0), 1)).startsWith("the lesson's run: 35 steps");
    }

    @Test
    void aBranchIsNamedWithTheOutcomesInTheWindowsWordsAReaderALine() {
        // given: a two-reader lesson left at its first step, its run kept under Branches
        vm.load(LessonCatalog.byId("two-readers-two-writers").orElseThrow());
        String first = vm.scriptStep(1).threadName();
        String other = vm.choices().stream().map(ThreadChoice::name).filter(n -> !n.equals(first)).findFirst().orElseThrow();
        vm.step(cpu(other));
        // when
        String label = vm.branchLabel(vm.branches().get(0), 1);
        // then: the lesson's run, a line per reader, names as the rest of the window shows them (no raw "a-b/c-d")
        assertThat(label.lines().findFirst().orElseThrow()).startsWith("the lesson's run: ").endsWith(" steps");
        assertThat(label.lines().skip(1)).isNotEmpty().allSatisfy(line -> {
            assertThat(line).matches("cpu\\d+ .+");
            assertThat(line).isEqualTo(OutcomeWords.display(line));
            assertThat(line).doesNotContain("=").doesNotContain("-");
        });
        // and a one-reader run keeps its outcome on the line
        vm.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        vm.step(cpu("cpu1"));
        assertThat(vm.branchLabel(vm.branches().get(0), 1))
                .isEqualTo("the lesson's run: 35 steps · " + OutcomeWords.display("fallback-seq-changed/locked-miss-restart"));
    }

    @Test
    void steppingAnotherCpuAfterSteppingBackStartsABranchAndKeepsTheOldFuture() {
        vm.step(cpu("cpu1"));
        vm.step(cpu("cpu1"));
        vm.stepBack();
        // when
        vm.step(cpu("cpu0"));
        // then: the lesson's run (left at step 0) and cpu1's two steps
        assertThat(vm.branches()).hasSize(2);
        assertThat(vm.branches().get(1).size()).isEqualTo(2);
        assertThat(vm.frame().timeline().size()).isEqualTo(2);
        assertThat(vm.frame().step().threadName()).isEqualTo("cpu0");
    }

    @Test
    void aBlockedCpuCannotStepAndSaysWhy() {
        vm.load(LessonCatalog.byId("writer-holds-lock").orElseThrow());
        vm.step(cpu("cpu1"));
        vm.step(cpu("cpu1"));
        for (int i = 0; i < 6; i++) vm.step(cpu("cpu0"));
        ThreadChoice reader = vm.choices().get(cpu("cpu0"));
        assertThat(reader.enabled()).isFalse();
        assertThat(reader.blocked()).contains("down_read");
        assertThat(vm.step(cpu("cpu0"))).isFalse();
    }

    @Test
    void decisionsCarryTheirCause() {
        vm.runToEnd();
        DecisionItem fallback = vm.decisions().stream().filter(d -> d.sentence().contains("falls back")).findFirst().orElseThrow();
        assertThat(fallback.sentence()).contains("mm_lock_seq moved 2 → 4");
        assertThat(fallback.causeStep()).isPositive();
        assertThat(vm.frame().timeline().entries().get(fallback.causeStep() - 1).threadName()).isEqualTo("cpu1");
    }

    @Test
    void switchingVariantReRunsTheSameScheduleAtTheSameStep() {
        vm.runToEnd();
        int end = vm.frame().index();
        vm.goTo(end);
        // when
        vm.switchVariant(Variants.byName("no-end-check").orElseThrow());
        // then
        assertThat(vm.frame().timeline().violation()).isNotNull();
        assertThat(vm.decisions()).anyMatch(DecisionItem::violation);
        assertThat(vm.titleProperty().get()).contains("no-end-check");
    }

    @Test
    void scrubbingMovesTheCursorAlongTheTimeline() {
        vm.runToEnd();
        vm.goTo(5);
        assertThat(vm.frame().index()).isEqualTo(5);
        vm.home();
        assertThat(vm.frame().index()).isZero();
        vm.end();
        assertThat(vm.frame().atEnd()).isTrue();
        assertThat(vm.finishedProperty().get()).isTrue();
    }

    @Test
    void aFreshLessonOpensOnItsScriptSoEndReachesTheLastStep() {
        assertThat(vm.frame().timeline().size()).isEqualTo(35);
        assertThat(vm.leftAtProperty().get()).isEqualTo(-1);
        vm.end();
        assertThat(vm.frame().index()).isEqualTo(35);
        assertThat(vm.finishedProperty().get()).isTrue();
        vm.home();
        assertThat(vm.frame().index()).isZero();
    }

    @Test
    void nextFollowsTheLessonsScheduleNotTheSelectedCpu() {
        vm.selectedProperty().set(cpu("cpu1"));
        for (int i = 0; i < 7; i++) vm.next();
        // cpu0*6 then cpu1: the schedule of the lesson
        assertThat(vm.frame().timeline().schedule().subList(0, 7)).containsExactly("cpu0", "cpu0", "cpu0", "cpu0", "cpu0", "cpu0", "cpu1");
        assertThat(vm.leftAtProperty().get()).isEqualTo(-1);
        assertThat(vm.branches()).isEmpty();
    }

    @Test
    void leavingTheScriptIsShownAndBackspaceReturnsWhereItWasLeft() {
        for (int i = 0; i < 3; i++) vm.next();
        // when: cpu1 moves where the lesson moves cpu0
        vm.step(cpu("cpu1"));
        // then
        assertThat(vm.leftAtProperty().get()).isEqualTo(3);
        assertThat(vm.onLessonRunProperty().get()).isFalse();
        assertThat(vm.branches()).hasSize(1);
        // Next continues the user's own branch (the selected CPU), never silently back on the script
        vm.selectedProperty().set(cpu("cpu1"));
        vm.next();
        assertThat(vm.frame().step().threadName()).isEqualTo("cpu1");
        // when
        vm.backToScript();
        // then
        assertThat(vm.frame().index()).isEqualTo(3);
        assertThat(vm.leftAtProperty().get()).isEqualTo(-1);
        assertThat(vm.frame().timeline().size()).isEqualTo(35);
        assertThat(vm.branches()).singleElement().satisfies(b -> assertThat(b.schedule()).startsWith("cpu0", "cpu0", "cpu0", "cpu1", "cpu1"));
    }

    @Test
    void steppingBackOverABranchPutsNextBackOnTheScript() {
        vm.step(cpu("cpu1"));
        vm.stepBack();
        assertThat(vm.leftAtProperty().get()).isEqualTo(-1);
        vm.next();
        assertThat(vm.frame().step().threadName()).isEqualTo("cpu0");
        assertThat(vm.frame().timeline().size()).isEqualTo(35);
    }

    @Test
    void goToStepLandsOnTheScriptFromAnyBranch() {
        vm.step(cpu("cpu2"));
        vm.goToStep(19);
        assertThat(vm.frame().index()).isEqualTo(19);
        assertThat(vm.frame().step().threadName()).isEqualTo("cpu2");
        assertThat(vm.leftAtProperty().get()).isEqualTo(-1);
        vm.goToStep(999);
        assertThat(vm.frame().index()).isEqualTo(35);
    }

    @Test
    void switchingVariantKeepsTheLessonsScript() {
        vm.goToStep(10);
        vm.switchVariant(Variants.byName("no-end-check").orElseThrow());
        assertThat(vm.frame().index()).isEqualTo(10);
        assertThat(vm.leftAtProperty().get()).isEqualTo(-1);
        assertThat(vm.onLessonRunProperty().get()).as("same steps, but not the lesson's variant").isFalse();
        vm.end();
        assertThat(vm.frame().timeline().violation()).isNotNull();
        assertThat(vm.frame().timeline().schedule().subList(0, 10))
                .isEqualTo(org.speclab.lessons.LessonReplay.run(vm.session().lesson().scenario()).schedule().subList(0, 10));
        vm.switchVariant(Variants.byName("v6.14").orElseThrow());
        vm.end();
        assertThat(vm.frame().index()).isEqualTo(35);
        assertThat(vm.onLessonRunProperty().get()).isTrue();
    }

    @Test
    void aLessonWithoutAScheduleFollowsTheFirstCpuThatCanMoveAsSpeclabRunDoes() {
        var lesson = LessonCatalog.byId("fast-path").orElseThrow();
        vm.load(lesson);
        vm.end();
        assertThat(vm.frame().timeline().schedule()).isEqualTo(org.speclab.lessons.LessonReplay.run(lesson.scenario()).schedule());
        assertThat(vm.onLessonRunProperty().get()).isTrue();
    }
}
