package org.speclab.app.narration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.app.stepper.Session;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonCatalog;

/** The narration's display model, without a toolkit: question, text per step, quiz before its step, answer at the end. */
class NarrationViewModelTest {
    private Lesson lesson;
    private StepperViewModel stepper;
    private NarrationViewModel vm;

    @BeforeEach
    void loadMunmapFileReuse() {
        lesson = LessonCatalog.byId("munmap-file-reuse").orElseThrow();
        stepper = new StepperViewModel();
        stepper.load(lesson);
        vm = new NarrationViewModel(stepper);
    }

    @Test
    void showsTheLessonsQuestion() {
        assertThat(vm.questionProperty().get()).isEqualTo(lesson.question()).startsWith("Can the speculative lookup");
    }

    @Test
    void beforeTheFirstStepItAsksForACpuWhenTheLessonSaysNothingAtZero() {
        assertThat(lesson.narration()).doesNotContainKey(0);
        assertThat(vm.textProperty().get()).isEqualTo(NarrationViewModel.PICK);
        assertThat(vm.stepHeadingProperty().get()).isEqualTo("Before the first step");
    }

    @Test
    void aStepWithLessonNarrationShowsTheLessonsWords() {
        // given
        stepper.runToEnd();
        // when
        stepper.goTo(4);
        // then
        assertThat(vm.textProperty().get()).isEqualTo(lesson.narration().get(4));
        assertThat(vm.fromLessonProperty().get()).isTrue();
        assertThat(vm.stepHeadingProperty().get()).isEqualTo("Step 4 of 35 · cpu0");
    }

    @Test
    void aStepWithoutNarrationShowsTheEnginesExplanation() {
        // given
        stepper.runToEnd();
        // when
        stepper.goTo(5);
        // then
        assertThat(lesson.narration()).doesNotContainKey(5);
        assertThat(vm.textProperty().get()).isEqualTo(stepper.frame().step().explanation());
        assertThat(vm.fromLessonProperty().get()).isFalse();
    }

    @Test
    void theQuizAppearsJustBeforeItsStepAndNotOnIt() {
        // given: the lesson's quiz is keyed to step 27 (the end check)
        Lesson.Quiz quiz = lesson.quizzes().get(0);
        assertThat(quiz.step()).isEqualTo(27);
        stepper.runToEnd();
        // then
        stepper.goTo(25);
        assertThat(vm.quizProperty().get()).isNull();
        stepper.goTo(26);
        assertThat(vm.quizProperty().get()).isEqualTo(quiz);
        stepper.goTo(27);
        assertThat(vm.quizProperty().get()).isNull();
    }

    @Test
    void anOpenQuizHoldsNextUntilRevealedAndARevisitRemembersTheReveal() {
        // given
        stepper.goToStep(26);
        assertThat(vm.holdingProperty().get()).isTrue();
        // when: the class picks 1, then the teacher reveals
        assertThat(vm.pick(1)).isTrue();
        vm.reveal();
        // then
        assertThat(vm.revealedProperty().get()).isTrue();
        assertThat(vm.holdingProperty().get()).isFalse();
        assertThat(vm.explanationProperty().get()).isEqualTo(lesson.narration().get(27));
        assertThat(vm.pick(2)).as("no picking after the reveal").isFalse();
        stepper.goTo(27);
        stepper.goTo(26);
        assertThat(vm.revealedProperty().get()).isTrue();
        assertThat(vm.pickedProperty().get()).isEqualTo(1);
        // a new lesson forgets it
        stepper.load(lesson);
        stepper.goToStep(26);
        assertThat(vm.revealedProperty().get()).isFalse();
    }

    @Test
    void whileTheQuizIsOpenTheQuizzedCpusButtonDoesNotSayWhatItWillDo() {
        stepper.goToStep(26);
        int cpu0 = stepper.session().machine().indexOf("cpu0");
        assertThat(stepper.choices().get(cpu0).preview()).isEqualTo("S9 · ? (the quiz asks what it does)");
        vm.reveal();
        assertThat(stepper.choices().get(cpu0).preview()).contains("end check");
    }

    @Test
    void offTheScriptThereIsNoQuizAndTheNarrationSaysWhy() {
        // when: munmap's cpu1 moves first
        stepper.step(stepper.session().machine().indexOf("cpu1"));
        // then
        assertThat(vm.offScriptProperty().get()).startsWith("Off the lesson's script: you left it at step 0");
        assertThat(vm.fromLessonProperty().get()).isFalse();
        assertThat(vm.textProperty().get()).isEqualTo(stepper.frame().step().explanation());
    }

    @Test
    void underAnotherVariantTheLessonsProseIsNeverTheResult() {
        // given: the lesson's run under no-end-check returns u2
        stepper.switchVariant(org.speclab.engine.variant.Variants.byName("no-end-check").orElseThrow());
        // when
        stepper.end();
        // then
        assertThat(vm.offScriptProperty().get()).startsWith("Under no-end-check, not the lesson's v6.14.");
        assertThat(OutcomeWords.stable(vm.answerProperty().get())).startsWith("Violation at step").contains("P1 wrong-uprobe").doesNotContain("Never");
        assertThat(vm.quizProperty().get()).isNull();
        stepper.goToStep(26);
        assertThat(vm.quizProperty().get()).as("the quiz is about the lesson's own run").isNull();
    }

    @Test
    void revealWithoutAQuizDoesNothing() {
        vm.reveal();
        assertThat(vm.revealedProperty().get()).isFalse();
    }

    @Test
    void theAnswerAppearsOnlyOnceTheRunHasFinished() {
        // given
        stepper.runToEnd();
        // when
        stepper.goTo(34);
        // then
        assertThat(vm.answerShownProperty().get()).isFalse();
        assertThat(vm.answerProperty().get()).isEmpty();
        // when
        stepper.goTo(35);
        // then
        assertThat(vm.answerShownProperty().get()).isTrue();
        assertThat(OutcomeWords.stable(vm.answerProperty().get())).isEqualTo("Outcome fallback-seq-changed/locked-miss-restart: fell back because mm_lock_seq changed "
                + "since the snapshot: a write section ran, then no uprobe under mmap_read_lock and no breakpoint: the instruction restarts.\n"
                + lesson.result());
    }

    @Test
    void aSingleStepByHandDoesNotCountAsFinished() {
        // when: the timeline grown by one step ends at its step limit, not at the end of the run
        stepper.step(0);
        // then
        assertThat(vm.answerShownProperty().get()).isFalse();
    }

    @Test
    void aRunStoppedByAViolationShowsTheAnswer() {
        // given
        Lesson broken = LessonCatalog.byId("broken-no-end-check").orElseThrow();
        stepper.load(broken);
        // when
        stepper.runToEnd();
        // then
        assertThat(vm.answerShownProperty().get()).isTrue();
        assertThat(OutcomeWords.stable(vm.answerProperty().get())).startsWith("Violation at step").contains("P1 wrong-uprobe").endsWith(broken.result());
    }

    @Test
    void aBareScenarioShowsItsQuestionAndTheEnginesExplanations() {
        // given
        stepper.open(Session.of(null, lesson.scenario()));
        // when
        stepper.step(0);
        // then
        assertThat(vm.questionProperty().get()).isEqualTo(lesson.scenario().question());
        assertThat(vm.textProperty().get()).isEqualTo(stepper.frame().step().explanation());
        assertThat(vm.quizProperty().get()).isNull();
    }
}
