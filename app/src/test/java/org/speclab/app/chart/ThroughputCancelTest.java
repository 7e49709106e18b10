package org.speclab.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Theme;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ThroughputCancelTest {
    /** Holds submitted jobs until the test releases them: the sweep is "running" for as long as the test needs. */
    private final List<Runnable> held = new ArrayList<>();
    private ThroughputViewModel vm;
    private StepperViewModel stepper;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        stepper = new StepperViewModel();
        vm = new ThroughputViewModel(stepper, new Jobs(held::add));
        stepper.load(LessonCatalog.byId("fast-path").orElseThrow());
        Scene scene = new Scene(new ThroughputView(vm), 560, 360);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsProgressAndCancelWhileRunningAndCancelStopsIt(FxRobot robot) {
        // given: the sweep was submitted and has not finished
        assertThat(robot.lookup("#throughput-progress").queryAs(ProgressBar.class).isVisible()).isTrue();
        assertThat(robot.lookup("#throughput-more").queryAs(Button.class).isDisabled()).isTrue();

        // when
        robot.clickOn("#throughput-cancel");
        held.forEach(Runnable::run);   // a cancelled task does nothing when it finally runs
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(vm.isRunning()).isFalse();
        assertThat(vm.points()).isEmpty();
        assertThat(robot.lookup("#throughput-progress").queryAs(ProgressBar.class).isVisible()).isFalse();
        assertThat(robot.lookup("#throughput-more").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aNewLessonCancelsTheRunningSweepAndStartsAnother(FxRobot robot) {
        // when
        robot.interact(() -> stepper.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow()));

        // then: the first task was cancelled, the second one is waiting to run
        assertThat(held).hasSize(2);
        assertThat(((javafx.concurrent.Task<?>) held.get(0)).isCancelled()).isTrue();
        assertThat(((javafx.concurrent.Task<?>) held.get(1)).isCancelled()).isFalse();
        assertThat(vm.isRunning()).isTrue();
    }
}
