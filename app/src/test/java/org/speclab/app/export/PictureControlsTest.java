package org.speclab.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.shell.ShellView;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.theme.Motion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A frame for a slide: the window's commands are not in the picture, the lesson's content is. */
@ExtendWith(ApplicationExtension.class)
class PictureControlsTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        ShellViewModel vm = new ShellViewModel(new Jobs(job -> { }), new ShellViewModel().ui());
        vm.openArgument("munmap-file-reuse");
        vm.stepper().runToEnd();
        vm.stepper().goTo(6);
        scene = ShellView.scene(vm, 1280, 720);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void aPictureHidesTheHeaderAndStepBarCommandsButKeepsTheLessonAndEachCpusNextStep(FxRobot robot) {
        List<Node> commands = new ArrayList<>();
        List<Node> cpus = new ArrayList<>();
        robot.interact(() -> {
            controls(scene.lookup("#shell-header-row"), commands);
            controls(scene.lookup("#step-bar"), commands);
            controls(scene.lookup("#cpu-buttons"), cpus);
        });
        commands.removeAll(cpus);
        assertThat(commands).extracting(Node::getId).contains("step-back", "run-pause", "reset", "scrubber", "variant-picker", "projector");
        assertThat(cpus).isNotEmpty();
        Runnable[] restore = new Runnable[1];

        // when: a frame is being taken
        robot.interact(() -> restore[0] = PictureControls.hide(scene.getRoot()));

        // then: no command shows; the CPUs' next steps, the title and the cards do
        assertThat(commands).allMatch(PictureControlsTest::notDrawn);
        assertThat(cpus).noneMatch(PictureControlsTest::notDrawn);
        assertThat(List.of(scene.lookup("#narration-card"), scene.lookup("#status-text"), scene.lookup("#lesson-title"))).noneMatch(PictureControlsTest::notDrawn);

        // when: the frame is taken
        robot.interact(restore[0]);

        // then: the window is as before
        assertThat(commands).noneMatch(PictureControlsTest::notDrawn);
    }

    /** Drawn nowhere: hidden, transparent, or clipped to nothing (its ancestors are drawn here). */
    private static boolean notDrawn(Node n) {
        return !n.isVisible() || n.getOpacity() == 0 || n.getClip() != null && (n.getClip().getLayoutBounds().getWidth() <= 0 || n.getClip().getLayoutBounds().getHeight() <= 0);
    }

    private static void controls(Node n, List<Node> out) {
        if (n == null || !n.isVisible()) return;
        if (n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof Slider) {
            out.add(n);
            return;
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) controls(c, out);
    }
}
