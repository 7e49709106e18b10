package org.speclab.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Theme;
import org.speclab.engine.throughput.ThroughputModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a teacher does with the chart: drag the sliders, toggle curves, measure here; the model is the {@link FakeModel}. */
@ExtendWith(ApplicationExtension.class)
class ThroughputViewTest {
    /** Measurements wait here until a test runs them; model sweeps run at once. */
    private final List<Runnable> held = new ArrayList<>();
    private ThroughputViewModel vm;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        vm = new ThroughputViewModel(FakeModel::measure, new Jobs(r -> {
            if (r instanceof LiveTask) held.add(r);
            else r.run();
        }));
        Scene scene = new Scene(new ThroughputView(vm, false), 720, 440);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene();   // the shared primary stage keeps the previous test's size otherwise
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private LineChart<Number, Number> chart(FxRobot robot) { return robot.lookup("#throughput-chart").queryAs(LineChart.class); }

    private XYChart.Series<Number, Number> series(FxRobot robot, String name) {
        return chart(robot).getData().stream().filter(s -> s.getName().equals(name)).findFirst().orElse(null);
    }

    private double yAt(FxRobot robot, String name, int cpus) {
        return series(robot, name).getData().stream().filter(d -> d.getXValue().intValue() == cpus).findFirst().orElseThrow().getYValue().doubleValue();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);   // the AnimationTimer drains on the next pulses
    }

    private String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    @Test
    void drawsBothCurvesAndThePublishedMarks(FxRobot robot) throws Exception {
        // when
        waitFor(() -> series(robot, "AFTER v6.14") != null && series(robot, "AFTER v6.14").getData().size() == ThroughputModel.DEFAULT_CPUS.size());

        // then
        assertThat(chart(robot).getData()).extracting(XYChart.Series::getName)
                .contains("BEFORE v6.13", "AFTER v6.14", "published v6.13", "published v6.14");
        assertThat(yAt(robot, "AFTER v6.14", 80)).isEqualTo(240.0);
        assertThat(yAt(robot, "published v6.14", 80)).isEqualTo(142.037);
        assertThat(series(robot, "published v6.13").getData().get(0).getNode().getStyleClass()).contains("published", "curve-v6-13");
    }

    @Test
    void theCpuSliderMovesTheMarkerAndTheWhy(FxRobot robot) throws Exception {
        // given
        waitFor(() -> text(robot, "#throughput-why").startsWith("At 8 CPUs:"));
        double markerBefore = robot.lookup("#cpu-marker").queryAs(Line.class).getStartX();

        // when
        robot.clickOn("#chart-cpus").type(KeyCode.END);

        // then
        waitFor(() -> text(robot, "#throughput-why").startsWith("At 80 CPUs:"));
        assertThat(text(robot, "#chart-cpus-value")).isEqualTo("80 CPUs");
        assertThat(text(robot, "#throughput-why")).contains("BEFORE v6.13: 10.0 M/s\n   mm.mmap_lock.count moves 2.0× per hit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cpu-marker").queryAs(Line.class).getStartX()).isGreaterThan(markerBefore);

        // and back to one CPU
        robot.type(KeyCode.HOME);
        waitFor(() -> text(robot, "#throughput-why").startsWith("At 1 CPU:"));
    }

    @Test
    void theWriterSliderBendsTheAfterCurve(FxRobot robot) throws Exception {
        // given
        waitFor(() -> series(robot, "AFTER v6.14") != null && series(robot, "AFTER v6.14").getData().size() == ThroughputModel.DEFAULT_CPUS.size());
        assertThat(yAt(robot, "AFTER v6.14", 80)).isEqualTo(240.0);

        // when
        robot.clickOn("#chart-writers").type(KeyCode.HOME).type(KeyCode.RIGHT, 6);   // 6 × 0.5 = 10^3 per second

        // then
        waitFor(() -> text(robot, "#chart-writers-value").equals("writers 1 k/s"));
        waitFor(() -> series(robot, "AFTER v6.14") != null && series(robot, "AFTER v6.14").getData().size() == ThroughputModel.DEFAULT_CPUS.size()
                && yAt(robot, "AFTER v6.14", 80) == 120.0);
        assertThat(yAt(robot, "BEFORE v6.13", 80)).isEqualTo(10.0);
        assertThat(text(robot, "#throughput-split")).isEqualTo("AFTER hits: 6.00 speculative · 6.00 locked path (M/s)");
    }

    @Test
    void perCpuShowsEachCurveDividedByItsCpus(FxRobot robot) throws Exception {
        // when
        robot.clickOn("#per-cpu");

        // then
        waitFor(() -> series(robot, "AFTER v6.14") != null && series(robot, "AFTER v6.14").getData().size() == ThroughputModel.DEFAULT_CPUS.size());
        assertThat(yAt(robot, "AFTER v6.14", 80)).isEqualTo(3.0);
        assertThat(yAt(robot, "published v6.14", 80)).isEqualTo(142.037 / 80);
    }

    @Test
    void theRetryToggleAddsItsCurve(FxRobot robot) throws Exception {
        // when
        robot.clickOn("#variant-retry-2");

        // then
        waitFor(() -> series(robot, "retry-2") != null && series(robot, "retry-2").getData().size() == ThroughputModel.DEFAULT_CPUS.size());
        assertThat(series(robot, "retry-2").getNode().getStyleClass()).contains("model", "curve-retry-2");
    }

    @Test
    void measureHereShowsProgressAndCancelStopsIt(FxRobot robot) {
        // when
        robot.clickOn("#measure-here");

        // then
        assertThat(robot.lookup("#measure-cancel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#measure-progress").query().isVisible()).isTrue();
        assertThat(robot.lookup("#measure-here").query().isVisible()).isFalse();

        // when
        robot.clickOn("#measure-cancel");
        held.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(robot.lookup("#measure-here").query().isVisible()).isTrue();
        assertThat(text(robot, "#measure-status")).isEqualTo("measurement cancelled");
    }
}
