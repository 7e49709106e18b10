package org.speclab.app.vmatree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Theme;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With animation on, the view eases toward the snapshot and settles exactly on it (no timing asserted). */
@ExtendWith(ApplicationExtension.class)
class VmaViewMotionTest {
    private final double saved = Motion.millisProperty().get();
    private StepperViewModel stepper;

    @Start
    void start(Stage stage) {
        Motion.millisProperty().set(200);
        stepper = new StepperViewModel();
        stepper.load(LessonCatalog.byId("mprotect-split").orElseThrow());
        stepper.runToEnd();
        stepper.goTo(11);
        Scene scene = new Scene(new VmaView(new VmaViewModel(stepper)), 640, 420);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restoreMotion() { Motion.millisProperty().set(saved); }

    @Test
    void vmaCompleteSlidesTheNewHalfIntoTheTreeLaneAndSettles(FxRobot robot) throws Exception {
        BlockNode low = robot.lookup("#vma-block-vma1g1").queryAs(BlockNode.class);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> low.lane.get() == 1.0 && low.getOpacity() == 1.0);
        // when vma_complete (step 22) inserts vma[1], and the split shrinks vma[0]'s tree range
        robot.interact(() -> stepper.goTo(22));
        // then both ease to their places and stop exactly there
        BlockNode high = robot.lookup("#vma-block-vma0g1").queryAs(BlockNode.class);
        VmaBlock target = high.model();
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> low.lane.get() == 0.0 && high.x0.get() == target.x0());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(low.getLayoutY()).isEqualTo(high.getLayoutY());
        assertThat(low.getOpacity()).isEqualTo(1.0);
    }

    @Test
    void inPlaceStoreMarkSettlesOnTheNewVmStart(FxRobot robot) throws Exception {
        robot.interact(() -> stepper.goTo(12));
        BlockNode high = robot.lookup("#vma-block-vma0g1").queryAs(BlockNode.class);
        double target = high.model().staleMark();
        javafx.scene.shape.Line mark = robot.lookup("#vma-block-vma0g1 .vma-stale-mark").queryAs(javafx.scene.shape.Line.class);
        double expected = (target - high.model().x0()) / (high.model().x1() - high.model().x0());
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> Math.abs(mark.getStartX() - expected * high.getWidth()) < 0.5);
        assertThat(mark.isVisible()).isTrue();
    }
}
