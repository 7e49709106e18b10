package org.speclab.app.seqcount;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;
import org.speclab.app.theme.Theme;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The mm_lock_seq view alone on a real stepper, stepped CPU by CPU as a teacher would. */
@ExtendWith(ApplicationExtension.class)
class SeqcountViewTest {
    private static final int CPU0 = 0;
    private static final int CPU1 = 1;
    private final StepperViewModel stepper = new StepperViewModel();

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        stepper.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        Scene scene = new Scene(new SeqcountView(new SeqcountViewModel(stepper)), 260, 340);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void instantAgain() { Motion.setInstant(); }

    /** The lesson's schedule up to cpu1's WL2: six cpu0 steps (H0 … S4), then cpu1's WL1 and WL2. */
    private void stepToCpu1sWl2(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) stepper.step(CPU0);
            stepper.step(CPU1);
            stepper.step(CPU1);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    @Test
    void showsTwoAndEvenBeforeTheFirstStep(FxRobot robot) {
        assertThat(text(robot, "#seqcount-value")).isEqualTo("2");
        assertThat(text(robot, "#seqcount-parity")).isEqualTo("even — no writer");
        assertThat(text(robot, "#snapshot-cpu0")).isEqualTo("—");
    }

    @Test
    void cpu1sWl2MakesTheCountThreeAndOdd(FxRobot robot) {
        // when
        stepToCpu1sWl2(robot);
        // then
        assertThat(text(robot, "#seqcount-value")).isEqualTo("3");
        assertThat(text(robot, "#seqcount-parity")).isEqualTo("odd — writer active");
        Node box = robot.lookup("#seqcount-parity-box").query();
        assertThat(box.getPseudoClassStates()).contains(Styles.ODD);
        assertThat(robot.lookup("#seqcount-number").query().getPseudoClassStates()).contains(Styles.ODD, Styles.CHANGED);
        assertThat(text(robot, "#mmap-lock-holder")).isEqualTo("mmap_lock: write · cpu1");
    }

    @Test
    void readerSnapshotTurnsFromTickToCrossWhenTheWriterMovesTheCount(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 4; i++) stepper.step(CPU0);
        });
        assertThat(text(robot, "#snapshot-cpu0")).isEqualTo("2 ✓");
        assertThat(robot.lookup("#snapshot-cpu0").query().getPseudoClassStates()).contains(Styles.HIT);

        robot.interact(() -> {
            stepper.step(CPU0);
            stepper.step(CPU0);
            stepper.step(CPU1);
            stepper.step(CPU1);
        });
        assertThat(text(robot, "#snapshot-cpu0")).isEqualTo("2 ✗");
        assertThat(robot.lookup("#snapshot-cpu0").query().getPseudoClassStates()).contains(Styles.STALE).doesNotContain(Styles.HIT);
    }

    @Test
    void stepBackRestoresTwoAndEven(FxRobot robot) {
        stepToCpu1sWl2(robot);
        robot.interact(stepper::stepBack);
        assertThat(text(robot, "#seqcount-value")).isEqualTo("2");
        assertThat(text(robot, "#seqcount-parity")).isEqualTo("even — no writer");
        assertThat(robot.lookup("#seqcount-parity-box").query().getPseudoClassStates()).doesNotContain(Styles.ODD);
        assertThat(text(robot, "#snapshot-cpu0")).isEqualTo("2 ✓");
    }

    @Test
    void numberRollsFromTheOldValueWhenAnimated(FxRobot robot) {
        // given animations on
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) stepper.step(CPU0);
            stepper.step(CPU1);
            Motion.millisProperty().set(400);
        });
        // when
        robot.interact(() -> stepper.step(CPU1));
        // then the target is shown at once, and the old number is on its way out
        assertThat(text(robot, "#seqcount-value")).isEqualTo("3");
        Label previous = robot.lookup("#seqcount-previous").queryAs(Label.class);
        assertThat(previous.getText()).isEqualTo("2");
        assertThat(previous.isVisible()).isTrue();
    }

    @Test
    void countIsTheLargestTextInTheView(FxRobot robot) {
        stepToCpu1sWl2(robot);
        Label value = robot.lookup("#seqcount-value").queryAs(Label.class);
        double big = value.localToScene(value.getLayoutBounds()).getHeight();
        for (Label other : robot.lookup(".label").queryAllAs(Label.class)) {
            if (other == value || !other.isVisible() || other.getId() != null && other.getId().equals("seqcount-previous")) continue;
            assertThat(other.localToScene(other.getLayoutBounds()).getHeight()).as(other.getText()).isLessThan(big / 2);
        }
    }
}
