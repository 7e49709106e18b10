package org.speclab.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In a window's small card the chart shows the plot and a caption; Enlarge opens the full chart in its own window. */
@ExtendWith(ApplicationExtension.class)
class ThroughputViewCompactTest {
    private ThroughputViewModel vm;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        vm = new ThroughputViewModel(FakeModel::measure, new Jobs(Runnable::run));
        Scene scene = new Scene(new ThroughputView(vm), 380, 240);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setMaximized(false);
        // TestFX reuses one stage across test classes: without this it keeps an earlier test's size and is not small
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void aSmallCardShowsTheCaptionInsteadOfTheSliders(FxRobot robot) throws Exception {
        // then
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#throughput-caption").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#throughput-caption").queryAs(Label.class).getText()).isEqualTo("8 CPUs: BEFORE 10.0 · AFTER 24.0 M/s");
        assertThat(robot.lookup("#throughput-caption").query().isVisible()).isTrue();
        assertThat(robot.lookup("#throughput-sliders").query().isVisible()).isFalse();
        assertThat(robot.lookup("#throughput-why-box").query().isVisible()).isFalse();
    }

    @Test
    void enlargeOpensTheFullChartOnTheSameViewModel(FxRobot robot) throws Exception {
        // when
        robot.clickOn("#throughput-enlarge-compact");
        WaitForAsyncUtils.waitForFxEvents();

        // then: a second window whose sliders drive the same view-model
        Window big = robot.listTargetWindows().stream().filter(w -> w.getScene() != null && w.getScene().getRoot().lookup(".enlarged") != null).findFirst().orElseThrow();
        Node slider = big.getScene().getRoot().lookup("#chart-cpus");
        assertThat(slider.isVisible()).isTrue();
        robot.interact(() -> ((Slider) slider).setValue(40));
        assertThat(vm.cpusProperty().get()).isEqualTo(40);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#throughput-caption").queryAs(Label.class).getText().startsWith("40 CPUs:"));
        robot.interact(() -> ((Stage) big).close());
    }
}
