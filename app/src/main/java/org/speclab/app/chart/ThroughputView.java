package org.speclab.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Speculative hits vs fallbacks": cumulative counts over seeded random runs of the current scenario, with the
 * hit rate large on top and a progress bar with Cancel while the sweep runs. Results reach the chart through
 * the view-model's queue, drained once per frame by an AnimationTimer that stops itself when idle.
 */
public final class ThroughputView extends VBox {
    private final ThroughputViewModel vm;
    private final XYChart.Series<Number, Number> hits = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> fallbacks = new XYChart.Series<>();
    private final LineChart<Number, Number> chart;
    private final AnimationTimer drainer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!vm.drain() && !vm.isRunning()) stop();
        }
    };
    private final ListChangeListener<ThroughputViewModel.Point> onPoints = this::onPoints;
    private final ChangeListener<Boolean> onRunning = (o, a, running) -> {
        if (running) drainer.start();
    };

    public ThroughputView(ThroughputViewModel vm) {
        this.vm = vm;
        setId("throughput-view");
        hits.setName("speculative hits");
        fallbacks.setName("fallbacks");
        NumberAxis x = new NumberAxis();
        x.setLabel("run (seed)");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        chart = new LineChart<>(x, y);
        chart.setId("throughput-chart");
        chart.setLegendVisible(false);   // the legend sits in the controls row: the plot keeps the height
        chart.setAnimated(false);        // the data itself grows frame by frame; no per-point tweening
        chart.setCreateSymbols(false);
        chart.getData().add(hits);
        chart.getData().add(fallbacks);
        chart.setMinSize(0, 0);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(header(), chart, controls());
        setMinSize(0, 0);
        vm.points().addListener(onPoints);
        vm.runningProperty().addListener(onRunning);
        for (ThroughputViewModel.Point p : vm.points()) add(p);
        drainer.start();
    }

    /** Stops the timer and listeners (the skin lifecycle's dispose()). */
    public void dispose() {
        drainer.stop();
        vm.points().removeListener(onPoints);
        vm.runningProperty().removeListener(onRunning);
    }

    private HBox header() {
        Label rate = new Label();
        rate.setId("hit-rate");
        rate.getStyleClass().add("hit-rate");
        rate.textProperty().bind(vm.hitRateProperty());
        rate.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.setId("throughput-summary");
        summary.getStyleClass().add("summary");
        summary.setWrapText(true);
        summary.setMinWidth(0);
        summary.textProperty().bind(vm.summaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox head = new HBox(rate, summary);
        head.getStyleClass().add("head");
        head.setAlignment(Pos.CENTER_LEFT);
        return head;
    }

    private HBox controls() {
        ProgressBar progress = new ProgressBar();
        progress.setId("throughput-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(vm.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("throughput-cancel");
        cancel.setTooltip(new Tooltip("Stop the runs; the chart keeps what it has"));
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        Button more = new Button();
        more.setId("throughput-more");
        more.textProperty().bind(vm.batchProperty().asString("+%d runs"));
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setTooltip(new Tooltip("Run the next seeds of this scenario under random schedules"));
        more.setOnAction(e -> vm.runMore());
        more.disableProperty().bind(vm.runningProperty());
        // line style + colour + word: solid blue hits, dashed green fallbacks
        Label hitKey = new Label("━ speculative hits");
        hitKey.setId("legend-hits");
        hitKey.getStyleClass().addAll("legend", "hits");
        Label fallbackKey = new Label("╍ fallbacks");
        fallbackKey.setId("legend-fallbacks");
        fallbackKey.getStyleClass().addAll("legend", "fallbacks");
        hitKey.setMinWidth(Region.USE_PREF_SIZE);
        fallbackKey.setMinWidth(Region.USE_PREF_SIZE);
        HBox legend = new HBox(hitKey, fallbackKey);
        legend.getStyleClass().add("legend-box");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.visibleProperty().bind(vm.runningProperty().not());
        legend.managedProperty().bind(vm.runningProperty().not());
        legend.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        gap.managedProperty().bind(vm.runningProperty().not());
        HBox row = new HBox(progress, cancel, legend, gap, more);
        row.getStyleClass().add("controls");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void onPoints(ListChangeListener.Change<? extends ThroughputViewModel.Point> c) {
        while (c.next()) {
            if (c.wasRemoved() && vm.points().isEmpty()) {
                hits.getData().clear();
                fallbacks.getData().clear();
            }
            if (c.wasAdded()) {
                List<XYChart.Data<Number, Number>> h = new ArrayList<>();
                List<XYChart.Data<Number, Number>> f = new ArrayList<>();
                for (ThroughputViewModel.Point p : c.getAddedSubList()) {
                    h.add(new XYChart.Data<>(p.run(), p.hits()));
                    f.add(new XYChart.Data<>(p.run(), p.fallbacks()));
                }
                hits.getData().addAll(h);
                fallbacks.getData().addAll(f);
            }
        }
    }

    private void add(ThroughputViewModel.Point p) {
        hits.getData().add(new XYChart.Data<>(p.run(), p.hits()));
        fallbacks.getData().add(new XYChart.Data<>(p.run(), p.fallbacks()));
    }
}
