package org.speclab.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
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
class ThroughputViewTest {
    private ThroughputViewModel vm;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        StepperViewModel stepper = new StepperViewModel();
        // a direct executor: the sweep runs to completion inside load()
        vm = new ThroughputViewModel(stepper, new Jobs(Runnable::run));
        vm.batchProperty().set(20);
        stepper.load(LessonCatalog.byId("uprobe-unregister").orElseThrow());
        Scene scene = new Scene(new ThroughputView(vm), 560, 360);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private LineChart<Number, Number> chart(FxRobot robot) { return robot.lookup("#throughput-chart").queryAs(LineChart.class); }

    private void waitForPoints(FxRobot robot, int n) throws Exception {
        // the AnimationTimer drains the queue on the next pulses
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chart(robot).getData().stream().allMatch(s -> s.getData().size() == n));
    }

    @Test
    void showsTwoSeriesWithDataAfterTheTaskCompletes(FxRobot robot) throws Exception {
        // when
        waitForPoints(robot, 20);

        // then
        LineChart<Number, Number> chart = chart(robot);
        assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("speculative hits", "fallbacks");
        XYChart.Data<Number, Number> hits = chart.getData().get(0).getData().get(19);
        XYChart.Data<Number, Number> fallbacks = chart.getData().get(1).getData().get(19);
        assertThat(hits.getXValue()).isEqualTo(20);
        assertThat(hits.getYValue().intValue() + fallbacks.getYValue().intValue()).isBetween(1, 20);
        assertThat(hits.getYValue().intValue()).isEqualTo(vm.points().get(19).hits());
        assertThat(robot.lookup("#hit-rate").queryAs(Label.class).getText()).matches("hit rate ([<>] )?\\d+%");
        assertThat(robot.lookup("#throughput-progress").queryAs(ProgressBar.class).isVisible()).isFalse();
    }

    @Test
    void runMoreAppendsTheNextSeeds(FxRobot robot) throws Exception {
        // given
        waitForPoints(robot, 20);

        // when
        robot.clickOn("#throughput-more");

        // then
        waitForPoints(robot, 40);
        assertThat(chart(robot).getData().get(0).getData().get(39).getXValue()).isEqualTo(40);
        assertThat(robot.lookup("#throughput-summary").queryAs(Label.class).getText()).startsWith("40 runs (seeds 1–40)");
    }
}
