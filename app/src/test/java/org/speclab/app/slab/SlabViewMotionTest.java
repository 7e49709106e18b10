package org.speclab.app.slab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** With animation on, a reuse pulses the generation and fades the ghost, and both settle (no timing asserted). */
@ExtendWith(ApplicationExtension.class)
class SlabViewMotionTest {
    private final double saved = Motion.millisProperty().get();
    private StepperViewModel stepper;

    @Start
    void start(Stage stage) {
        Motion.millisProperty().set(200);
        stepper = new StepperViewModel();
        stepper.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        stepper.runToEnd();
        stepper.goTo(18);
        Scene scene = new Scene(new SlabView(new SlabViewModel(stepper)), 420, 640);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restoreMotion() { Motion.millisProperty().set(saved); }

    @Test
    void reuseFadesTheGhostAndSettlesOnTheNewGeneration(FxRobot robot) throws Exception {
        // when cpu2's open() reuses filp[0]
        robot.interact(() -> stepper.goTo(19));
        // then
        Node gen = robot.lookup("#slot-filp-0-gen").query();
        Label ghost = robot.lookup("#slot-filp-0-ghost").queryAs(Label.class);
        assertThat(((Label) gen).getText()).isEqualTo("gen 2");
        assertThat(ghost.getText()).isEqualTo("was f1 · libfoo · gen 1");
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> gen.getScaleX() == 1.0 && Math.abs(ghost.getOpacity() - 0.6) < 1e-9);
        assertThat(ghost.isVisible()).isTrue();
    }
}
