package org.speclab.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.layout.Cuts;
import org.speclab.app.shell.TestWindows;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.lessons.Panel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scalability lesson in the window at 1280×720 with the real throughput model: the chart takes the middle,
 * its type is the window's (at least 14 px, 20 px in projector mode), nothing in it is cut, and both sliders
 * under the plot change what it shows.
 */
@ExtendWith(ApplicationExtension.class)
class ScalabilityChartTest {
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        this.stage = stage;
    }

    private ShellViewModel open(boolean projector, FxRobot robot) throws Exception { return open(projector, 1280, 720, robot); }

    private ShellViewModel open(boolean projector, int width, int height, FxRobot robot) throws Exception {
        ShellViewModel vm = new ShellViewModel(Jobs.background(), TestWindows.QUIET);
        vm.projectorProperty().set(projector);
        robot.interact(() -> {
            scene = TestWindows.show(stage, vm, width, height);
            vm.openArgument("scalability");
            vm.stepper().runToEnd();
            vm.stepper().goTo(20);   // cpu2's write section has begun
        });
        waitFor(() -> text("#throughput-caption").startsWith("16 CPUs: BEFORE"));
        waitFor(() -> curve("AFTER v6.14") != null && curve("AFTER v6.14").getData().size() == 20);
        return vm;
    }

    @ParameterizedTest(name = "projector={0}")
    @ValueSource(booleans = {false, true})
    void theChartTakesTheMiddleInLargeTypeAndNothingInItIsCut(boolean projector, FxRobot robot) throws Exception {
        // when
        ShellViewModel vm = open(projector, robot);
        robot.interact(() -> HeadlessSnapshot.settle(scene));

        // then: the lesson's panels, the chart a row of its own in the middle, as wide as the CPU lanes above it
        assertThat(vm.shownPanels()).contains(Panel.THROUGHPUT).hasSizeLessThan(Panel.values().length);
        Node card = scene.lookup("#throughput-card");
        assertThat(card.getLayoutBounds().getWidth()).isGreaterThan(1280 * 0.3).isEqualTo(scene.lookup("#lanes-card").getLayoutBounds().getWidth());
        assertThat(scene.lookup("#throughput-chart").getLayoutBounds().getHeight()).isGreaterThan(180);
        // and every text of it in the window's type size
        double min = projector ? 20 : 14;
        LineChart<?, ?> chart = (LineChart<?, ?>) scene.lookup("#throughput-chart");
        for (Axis<?> axis : List.of(chart.getXAxis(), chart.getYAxis())) assertThat(axis.getTickLabelFont().getSize()).isGreaterThanOrEqualTo(min);
        for (String id : List.of("#throughput-caption", "#chart-cpus-value", "#chart-writers-value")) {
            assertThat(((Label) scene.lookup(id)).getFont().getSize()).as(id).isGreaterThanOrEqualTo(min);
            assertThat(scene.lookup(id).isVisible()).as(id).isTrue();
        }
        assertThat(card.lookupAll(".end-label")).extracting(n -> ((Label) n).getText()).contains("BEFORE", "AFTER");
        assertThat(card.lookupAll(".end-label")).allMatch(n -> ((Label) n).getFont().getSize() >= min);
        assertThat(Cuts.under(card)).isEmpty();
    }

    /** The benchmark's headline is about 80 CPUs: the narrowest chart the window gives still labels that tick. */
    @ParameterizedTest(name = "{0}x{1} projector={2}")
    @CsvSource(textBlock = """
            1024, 768, false
            1024, 768, true
            1280, 720, false
            1280, 720, true
            """)
    void theLastCpuCountIsALabelledTickAtTheNarrowestChart(int width, int height, boolean projector, FxRobot robot) throws Exception {
        // given
        open(projector, width, height, robot);
        robot.interact(() -> HeadlessSnapshot.settle(scene));

        // then
        robot.interact(() -> save("cpu-axis-" + width + "x" + height + (projector ? "-projector" : "")));
        LineChart<?, ?> chart = (LineChart<?, ?>) scene.lookup("#throughput-chart");
        List<Text> shown = chart.getXAxis().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.isVisible()).map(n -> (Text) n).toList();
        assertThat(shown).extracting(Text::getText).as("the CPU axis' labels").contains("0", "80");
        Text last = shown.stream().filter(t -> t.getText().equals("80")).findFirst().orElseThrow();
        Bounds card = scene.lookup("#throughput-card").localToScene(scene.lookup("#throughput-card").getLayoutBounds());
        assertThat(card.contains(last.localToScene(last.getLayoutBounds()))).as("80 inside the chart's card").isTrue();
        // and no two labels overlap
        for (int i = 1; i < shown.size(); i++) {
            assertThat(shown.get(i).localToScene(shown.get(i).getLayoutBounds()).intersects(shown.get(i - 1).localToScene(shown.get(i - 1).getLayoutBounds())))
                    .as(shown.get(i - 1).getText() + " and " + shown.get(i).getText()).isFalse();
        }
    }

    @Test
    void bothSlidersInTheWindowChangeTheChart(FxRobot robot) throws Exception {
        // given
        open(false, robot);
        double after80 = yAt("AFTER v6.14", 80);

        // when: the CPU slider to its end
        robot.interact(() -> ((Slider) scene.lookup("#chart-cpus")).setValue(80));

        // then
        waitFor(() -> text("#throughput-caption").startsWith("80 CPUs: BEFORE"));
        assertThat(text("#chart-cpus-value")).isEqualTo("80 CPUs");

        // when: the writer slider dragged with the mouse, about 70 % of its track
        Slider writers = (Slider) scene.lookup("#chart-writers");
        robot.drag(writers.lookup(".thumb"), MouseButton.PRIMARY).moveBy(writers.getWidth() * 0.7, 0).drop();

        // then: AFTER bends, and the caption gives the new figure
        waitFor(() -> !text("#chart-writers-value").equals("writers 0/s"));
        assertThat(writers.getValue()).isGreaterThan(3.5);
        waitFor(() -> curve("AFTER v6.14") != null && curve("AFTER v6.14").getData().size() == 20 && yAt("AFTER v6.14", 80) < after80 * 0.98);
        String caption = text("#throughput-caption");
        assertThat(caption).contains("AFTER " + ThroughputViewModel.mps(yAt("AFTER v6.14", 80)));
    }

    @Test
    void aFocusedChartSliderTakesTheArrowAndPageKeysAndTheLessonDoesNotStep(FxRobot robot) throws Exception {
        // given: the CPU slider has the keyboard's focus, at 16 CPUs, the lesson at step 20
        ShellViewModel vm = open(false, robot);
        Slider cpus = (Slider) scene.lookup("#chart-cpus");
        robot.interact(cpus::requestFocus);
        assertThat(cpus.isFocused()).isTrue();

        // when / then: → one CPU more, and the caption follows; the lesson stays where it was
        robot.type(KeyCode.RIGHT);
        waitFor(() -> text("#throughput-caption").startsWith("17 CPUs: BEFORE"));
        assertThat(text("#chart-cpus-value")).isEqualTo("17 CPUs");
        assertThat(vm.stepper().frame().index()).isEqualTo(20);
        robot.interact(() -> save("slider-focused"));
        // PageDown (a clicker's "next") ten fewer, End the last, Home the first: still no lesson step
        robot.type(KeyCode.PAGE_DOWN);
        waitFor(() -> text("#chart-cpus-value").equals("7 CPUs"));
        robot.type(KeyCode.END);
        waitFor(() -> text("#throughput-caption").startsWith("80 CPUs: BEFORE"));
        robot.type(KeyCode.LEFT, KeyCode.PAGE_UP);
        waitFor(() -> text("#chart-cpus-value").equals("80 CPUs"));
        assertThat(vm.stepper().frame().index()).isEqualTo(20);
        // the writer slider too: → is a step up the log scale
        Slider writers = (Slider) scene.lookup("#chart-writers");
        robot.interact(writers::requestFocus);
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        waitFor(() -> text("#chart-writers-value").equals("writers 10/s"));
        assertThat(vm.stepper().frame().index()).isEqualTo(20);

        // when: Esc hands the keys back
        robot.type(KeyCode.ESCAPE);
        assertThat(writers.isFocused()).isFalse();
        robot.type(KeyCode.RIGHT);

        // then: → is the lesson's next step again, and the slider stays
        assertThat(vm.stepper().frame().index()).isEqualTo(21);
        assertThat(text("#chart-writers-value")).isEqualTo("writers 10/s");
    }

    @Test
    void aSliderMovedWithTheMouseLeavesTheClickerToTheLessonAndTabGivesItTheKeys(FxRobot robot) throws Exception {
        // given: the lesson at step 20, the CPU slider at 16
        ShellViewModel vm = open(false, robot);
        Slider cpus = (Slider) scene.lookup("#chart-cpus");

        // when: the teacher drags the CPU slider with the mouse, then clicks on its track
        robot.drag(cpus.lookup(".thumb"), MouseButton.PRIMARY).moveBy(cpus.getWidth() * 0.3, 0).drop();
        waitFor(() -> !text("#chart-cpus-value").equals("16 CPUs"));
        robot.clickOn(cpus.lookup(".thumb"));
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = cpus.getValue();
        String caption = text("#chart-cpus-value");
        assertThat(cpus.isFocused()).isFalse();

        // then: the clicker's PageDown is the lesson's next step, and the slider stays where the mouse left it
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(vm.stepper().frame().index()).isEqualTo(21);
        assertThat(cpus.getValue()).isEqualTo(dragged);
        assertThat(text("#chart-cpus-value")).isEqualTo(caption);

        // when: Tab (the keyboard's way) reaches the slider
        for (int i = 0; i < 100 && !cpus.isFocused(); i++) robot.type(KeyCode.TAB);
        assertThat(cpus.isFocused()).isTrue();
        robot.type(KeyCode.RIGHT);

        // then: → moves the slider one CPU, and the lesson stays
        waitFor(() -> cpus.getValue() > dragged);
        assertThat(vm.stepper().frame().index()).isEqualTo(21);
    }

    /** The window as the test saw it, under target/chart-shots/, to look at. */
    private void save(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "chart-shots");
            java.nio.file.Files.createDirectories(dir);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", dir.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String text(String id) {
        Node n = scene.lookup(id);
        return n == null ? "" : ((Label) n).getText();
    }

    @SuppressWarnings("unchecked")
    private XYChart.Series<Number, Number> curve(String name) {
        LineChart<Number, Number> chart = (LineChart<Number, Number>) scene.lookup("#throughput-chart");
        return chart.getData().stream().filter(s -> s.getName().equals(name)).findFirst().orElse(null);
    }

    private double yAt(String name, int cpus) {
        return curve(name).getData().stream().filter(d -> d.getXValue().intValue() == cpus).findFirst().orElseThrow().getYValue().doubleValue();
    }

    /** The real model on background threads: generous, for a loaded machine. */
    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            Boolean[] r = new Boolean[1];
            WaitForAsyncUtils.asyncFx(() -> r[0] = condition.call()).get();
            return r[0];
        });
    }

}
