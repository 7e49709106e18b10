package org.speclab.app.narration;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Theme;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The narration on a real stepper with munmap-file-reuse: question, narration per step, the quiz, the answer. */
@ExtendWith(ApplicationExtension.class)
class NarrationViewTest {
    private StepperViewModel stepper;
    private Lesson lesson;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        lesson = LessonCatalog.byId("munmap-file-reuse").orElseThrow();
        stepper = new StepperViewModel();
        stepper.load(lesson);
        NarrationViewModel vm = new NarrationViewModel(stepper);
        Scene scene = new Scene(new javafx.scene.layout.VBox(new NarrationView(vm), new QuizView(vm)), 520, 700);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static Label label(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class); }

    private void goTo(FxRobot robot, int index) {
        robot.interact(() -> {
            stepper.runToEnd();
            stepper.goTo(index);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheQuestionAndAsksForACpuBeforeTheFirstStep(FxRobot robot) {
        assertThat(label(robot, "#narration-question").getText()).isEqualTo(lesson.question());
        assertThat(label(robot, "#narration-text").getText()).isEqualTo(NarrationViewModel.PICK);
        assertThat(label(robot, "#narration-answer").isVisible()).isFalse();
        assertThat(robot.lookup("#quiz").query().isVisible()).isFalse();
    }

    @Test
    void steppingShowsTheLessonsNarrationForThatStep(FxRobot robot) {
        // when: cpu0 runs handle_swbp .. try_begin
        robot.interact(() -> {
            for (int i = 0; i < 4; i++) stepper.step(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(label(robot, "#narration-text").getText()).isEqualTo(lesson.narration().get(4));
        // and one more step, which the lesson does not narrate, shows the engine's explanation
        robot.interact(() -> stepper.step(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#narration-text").getText()).isEqualTo(stepper.frame().step().explanation());
    }

    @Test
    void theQuizBeforeStep26RevealsItsAnswerOnClick(FxRobot robot) {
        // given
        goTo(robot, 26);
        Lesson.Quiz quiz = lesson.quizzes().get(0);
        assertThat(robot.lookup("#quiz").query().isVisible()).isTrue();
        assertThat(label(robot, "#quiz-question").getText()).isEqualTo(OutcomeWords.display(quiz.question()));
        Node right = robot.lookup("#quiz-choice-" + quiz.answer()).query();
        assertThat(right.getPseudoClassStates()).doesNotContain(QuizView.CORRECT);
        // when
        robot.clickOn("#reveal-answer");
        WaitForAsyncUtils.waitForFxEvents();
        // then
        Node revealed = robot.lookup("#quiz-choice-" + quiz.answer()).query();
        assertThat(revealed.getPseudoClassStates()).contains(QuizView.CORRECT);
        assertThat(robot.from(revealed).lookup(".quiz-number").queryAs(Label.class).getText()).startsWith("✓");
        assertThat(robot.lookup("#quiz-choice-1").query().getPseudoClassStates()).doesNotContain(QuizView.CORRECT);
        assertThat(robot.lookup("#reveal-answer").query().isDisabled()).isTrue();
    }

    @Test
    void offTheLessonsScriptTheNarrationSaysSoAndTheEngineExplains(FxRobot robot) {
        // when: cpu1 runs first, which the lesson's run never does
        robot.interact(() -> stepper.step(1));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        Label off = label(robot, "#narration-off-script");
        assertThat(off.isVisible()).isTrue();
        assertThat(off.getText()).startsWith("Off the lesson's script: you left it at step 0 (Home or Backspace returns).");
        assertThat(label(robot, "#narration-text").getText()).isEqualTo(stepper.frame().step().explanation());
        // and back on the script, the lesson's words return
        robot.interact(() -> {
            stepper.backToScript();
            for (int i = 0; i < 4; i++) stepper.next();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#narration-off-script").isVisible()).isFalse();
        assertThat(label(robot, "#narration-text").getText()).isEqualTo(lesson.narration().get(4));
    }

    @Test
    void theQuizIsGoneOnceItsStepHasRun(FxRobot robot) {
        goTo(robot, 27);
        assertThat(robot.lookup("#quiz").query().isVisible()).isFalse();
    }

    @Test
    void theAnswerAppearsAtTheEndOfTheRun(FxRobot robot) {
        // given
        goTo(robot, 34);
        assertThat(label(robot, "#narration-answer").isVisible()).isFalse();
        // when
        goTo(robot, 35);
        // then
        Label answer = label(robot, "#narration-answer");
        assertThat(answer.isVisible()).isTrue();
        // the run's own result first, in words; then the lesson's prose, which describes exactly this run
        assertThat(OutcomeWords.stable(answer.getText())).startsWith("Result: Outcome fallback-seq-changed/locked-miss-restart: fell back because mm_lock_seq changed");
        assertThat(label(robot, "#narration-lesson-answer").getText()).isEqualTo("Answer: " + OutcomeWords.display(lesson.result()));
    }

    @Test
    void aRunThatEndsInAViolationShowsItsResultAsOneNotAsAPass(FxRobot robot) {
        // given: the lesson's own run ends with the fallback: the result is a pass
        goTo(robot, 35);
        Label answer = label(robot, "#narration-answer");
        assertThat(answer.getPseudoClassStates()).doesNotContain(org.speclab.app.theme.Styles.VIOLATION);
        // when: the same schedule without the end check, to its end (B1 returns the wrong uprobe)
        robot.interact(() -> {
            stepper.switchVariant(org.speclab.engine.variant.Variants.byName("no-end-check").orElseThrow());
            stepper.runToEnd();
            stepper.goTo(Integer.MAX_VALUE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then: the result names the violation and is marked as one (red), not in the green of a pass
        assertThat(answer.getText()).contains("Violation");
        assertThat(answer.getPseudoClassStates()).contains(org.speclab.app.theme.Styles.VIOLATION);
    }
}
