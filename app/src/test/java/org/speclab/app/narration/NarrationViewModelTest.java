package org.speclab.app.narration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
        assertThat(vm.textProperty().get()).isEqualTo("Pick a CPU to step.");
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
        assertThat(vm.stepHeadingProperty().get()).isEqualTo("Step 4 of 34 · cpu0");
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
        // given: the lesson's quiz is keyed to step 26 (the end check)
        Lesson.Quiz quiz = lesson.quizzes().get(0);
        assertThat(quiz.step()).isEqualTo(26);
        stepper.runToEnd();
        // then
        stepper.goTo(24);
        assertThat(vm.quizProperty().get()).isNull();
        stepper.goTo(25);
        assertThat(vm.quizProperty().get()).isEqualTo(quiz);
        stepper.goTo(26);
        assertThat(vm.quizProperty().get()).isNull();
    }

    @Test
    void revealShowsTheAnswerAndANewVisitHidesItAgain() {
        // given
        stepper.runToEnd();
        stepper.goTo(25);
        // when
        vm.reveal();
        // then
        assertThat(vm.revealedProperty().get()).isTrue();
        stepper.goTo(26);
        stepper.goTo(25);
        assertThat(vm.revealedProperty().get()).isFalse();
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
        stepper.goTo(33);
        // then
        assertThat(vm.answerShownProperty().get()).isFalse();
        assertThat(vm.answerProperty().get()).isEmpty();
        // when
        stepper.goTo(34);
        // then
        assertThat(vm.answerShownProperty().get()).isTrue();
        assertThat(vm.answerProperty().get()).isEqualTo(lesson.result()).startsWith("Never.");
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
        assertThat(vm.answerProperty().get()).isEqualTo(broken.result());
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
