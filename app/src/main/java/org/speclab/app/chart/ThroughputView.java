package org.speclab.app.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.speclab.engine.live.LiveRow;
import org.speclab.engine.live.LiveVariant;
import org.speclab.engine.throughput.ThroughputRow;

/**
 * The live throughput chart: uprobe-nop hits per second against CPUs for the chosen variants, filling in as the
 * model's sweep arrives (drained once per frame by an AnimationTimer that stops itself when idle), the published
 * figures as hollow marks, this machine's measurement as a dashed series, a marker at the selected CPU count with
 * the "why" beside it, and the CPU and writer sliders under the plot.
 */
public final class ThroughputView extends VBox {
    private final ThroughputViewModel vm;
    private final NumberAxis y = new NumberAxis();
    /** Its ticks always include the last CPU count, at any width (the small card's too). */
    private final CpuAxis x;
    private final MarkedLineChart chart;
    private final Map<String, XYChart.Series<Number, Number>> model = new LinkedHashMap<>();
    private final AnimationTimer drainer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!vm.drain() && !vm.isRunning() && !vm.measuringProperty().get()) stop();
        }
    };
    private final ListChangeListener<ThroughputRow> onRows = this::onRows;
    private final InvalidationListener rebuild = o -> rebuild();
    private final InvalidationListener wake = o -> drainer.start();

    /** Below this size the view shows only the plot, a one-line caption and Enlarge. */
    public static final double COMPACT_HEIGHT = 300;
    public static final double COMPACT_WIDTH = 460;
    /** A window's card at least this high shows the sliders under the plot, if they fit its width whole. */
    public static final double SLIDERS_HEIGHT = 260;
    /** A window's card at least this wide (and {@link #COMPACT_HEIGHT} high) shows the why beside the plot, if it fits. */
    public static final double WHY_WIDTH = 760;
    /** The why's share of the view's width, at most. */
    private static final double WHY_SHARE = 0.36;

    private final javafx.beans.property.BooleanProperty whyFits = new javafx.beans.property.SimpleBooleanProperty(true);
    private final javafx.beans.property.BooleanProperty slidersFit = new javafx.beans.property.SimpleBooleanProperty(true);
    private HBox slidersRow;
    private VBox whyBox;
    private HBox plotRow;

    private final BooleanBinding compact = heightProperty().lessThan(COMPACT_HEIGHT).or(widthProperty().lessThan(COMPACT_WIDTH));
    private final boolean enlargeable;

    /** The chart with an Enlarge button that opens it in its own window. */
    public ThroughputView(ThroughputViewModel vm) { this(vm, true); }

    /**
     * The chart on {@code vm}; {@code enlargeable} adds the Enlarge button (the enlarged window itself has none). Small
     * (a window's card) it shows the plot and a caption; large, the toggles, the "why" and the sliders too.
     */
    public ThroughputView(ThroughputViewModel vm, boolean enlargeable) {
        this.vm = vm;
        this.enlargeable = enlargeable;
        setId("throughput-view");
        x = new CpuAxis(vm.maxCpus(), vm.maxCpus() + 2);   // room for the marks at the last CPU count
        x.setLabel("CPUs");
        y.setForceZeroInRange(true);
        y.setMinorTickVisible(false);
        chart = new MarkedLineChart(x, y);
        chart.setId("throughput-chart");
        chart.setLegendVisible(false);   // each curve is named at its end: the plot keeps the height
        chart.setAnimated(false);        // the data itself grows frame by frame
        chart.setCreateSymbols(true);
        chart.setMinSize(0, 0);
        chart.markerXProperty().bind(vm.cpusProperty());
        StackPane plot = new StackPane(chart);
        plot.setMinSize(0, 0);
        HBox.setHgrow(plot, Priority.ALWAYS);
        whyBox = whyBox();
        HBox plotRow = new HBox(plot, whyBox);
        plotRow.getStyleClass().add("plot-row");
        plotRow.setMinSize(0, 0);
        this.plotRow = plotRow;
        VBox.setVgrow(plotRow, Priority.ALWAYS);
        javafx.scene.layout.FlowPane toggles = toggles();
        HBox sliders = sliders();
        slidersRow = sliders;
        HBox caption = caption();
        // the window's card: plot, caption and Enlarge, the sliders and the why when there is room for them; the
        // Enlarge window: the toggles, the plot with the why beside it, the sliders
        BooleanBinding showToggles = enlargeable ? Bindings.createBooleanBinding(() -> false) : compact.not();
        BooleanBinding showSliders = enlargeable
                ? slidersFit.and(heightProperty().greaterThanOrEqualTo(SLIDERS_HEIGHT))
                : compact.not();
        BooleanBinding roomForWhy = enlargeable
                ? widthProperty().greaterThanOrEqualTo(WHY_WIDTH).and(heightProperty().greaterThanOrEqualTo(COMPACT_HEIGHT))
                : compact.not();
        BooleanBinding showWhy = roomForWhy.and(whyFits).and(vm.whyProperty().isNotEmpty());
        BooleanBinding showCaption = enlargeable ? Bindings.createBooleanBinding(() -> true) : compact;
        show(toggles, showToggles);
        show(sliders, showSliders);
        show(whyBox, showWhy);
        show(caption, showCaption);
        pseudoClassStateChanged(COMPACT, compact.get());
        compact.addListener((o, a, b) -> {
            pseudoClassStateChanged(COMPACT, b);
            axisLabels();
        });
        getChildren().addAll(toggles, plotRow, sliders, caption);
        setMinSize(0, 0);

        vm.rows().addListener(onRows);
        vm.measured().addListener(rebuild);
        vm.perCpuProperty().addListener(rebuild);
        vm.runningProperty().addListener(wake);
        vm.measuringProperty().addListener(wake);
        vm.cpusProperty().addListener(wake);
        vm.writersProperty().addListener(wake);
        rebuild();
        drainer.start();
    }

    /** Stops the timer and removes every listener on the view-model (the skin lifecycle's dispose()). */
    public void dispose() {
        drainer.stop();
        vm.rows().removeListener(onRows);
        vm.measured().removeListener(rebuild);
        vm.perCpuProperty().removeListener(rebuild);
        vm.runningProperty().removeListener(wake);
        vm.measuringProperty().removeListener(wake);
        vm.cpusProperty().removeListener(wake);
        vm.writersProperty().removeListener(wake);
        chart.markerXProperty().unbind();
    }

    /** The style class of a variant's curve: "v6-13", "retry-2", "per-vma-lock". */
    static String styleOf(String variant) { return "curve-" + variant.replace('.', '-'); }

    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private Button enlargeButton() {
        Button enlarge = new Button("Enlarge");
        enlarge.getStyleClass().add("enlarge");
        enlarge.setTooltip(new Tooltip("Open the chart in its own large window, with the sliders and the why"));
        enlarge.setOnAction(e -> ChartWindow.show(getScene().getWindow(), vm));
        enlarge.setMinWidth(Region.USE_PREF_SIZE);
        return enlarge;
    }

    /** Compact mode's one line: the selected point's totals, and Enlarge. */
    private HBox caption() {
        Label text = new Label();
        text.setId("throughput-caption");
        text.getStyleClass().add("caption");
        text.textProperty().bind(vm.captionProperty());
        text.setWrapText(true);   // a narrow card breaks the line rather than cut it
        text.setMinWidth(0);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(text);
        row.getStyleClass().add("caption-row");
        row.setAlignment(Pos.CENTER_LEFT);
        if (enlargeable) {
            Button enlarge = enlargeButton();
            enlarge.setId("throughput-enlarge-compact");
            row.getChildren().add(enlarge);
        }
        return row;
    }

    /** The variant toggles and the measurement: a row that wraps where the view is narrow, never cut. */
    private javafx.scene.layout.FlowPane toggles() {
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane();
        row.getStyleClass().add("toggles");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(0);
        for (String v : vm.variants()) {
            ToggleButton t = new ToggleButton(ThroughputViewModel.label(v));
            t.setId("variant-" + v.replace('.', '-'));
            t.getStyleClass().addAll("variant-toggle", styleOf(v));
            t.selectedProperty().bindBidirectional(vm.selectedProperty(v));
            t.setTooltip(new Tooltip("Draw the model's curve for " + v));
            t.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(t);
        }
        ToggleButton perCpu = new ToggleButton("per CPU");
        perCpu.setId("per-cpu");
        perCpu.selectedProperty().bindBidirectional(vm.perCpuProperty());
        perCpu.setTooltip(new Tooltip("M/s per CPU instead of the total"));
        perCpu.setMinWidth(Region.USE_PREF_SIZE);
        Button measure = new Button("Measure here");
        measure.setId("measure-here");
        measure.setTooltip(new Tooltip("Run the Java analog of both lookups on " + vm.cores() + " threads of this machine (as `speclab bench live`)"));
        measure.setOnAction(e -> vm.measureHere());
        measure.visibleProperty().bind(vm.measuringProperty().not());
        measure.managedProperty().bind(measure.visibleProperty());
        measure.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar();
        progress.setId("measure-progress");
        progress.progressProperty().bind(vm.measureProgressProperty());
        progress.visibleProperty().bind(vm.measuringProperty());
        progress.managedProperty().bind(vm.measuringProperty());
        progress.setPrefWidth(80);
        Button cancel = new Button("Cancel");
        cancel.setId("measure-cancel");
        cancel.setOnAction(e -> vm.cancelMeasure());
        cancel.visibleProperty().bind(vm.measuringProperty());
        cancel.managedProperty().bind(vm.measuringProperty());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        Label published = new Label("◇ published");
        published.getStyleClass().add("legend");
        published.setTooltip(new Tooltip("Hollow diamonds: the figures in the commit message of e0925f2dc4de (80-CPU Xeon Gold 6138)"));
        published.setMinWidth(Region.USE_PREF_SIZE);
        Label here = new Label("□ this machine");
        here.getStyleClass().add("legend");
        here.setTooltip(new Tooltip("Dashed with squares: the Java analog measured on " + vm.cores() + " threads here; compare the shape, not the height"));
        here.visibleProperty().bind(Bindings.isNotEmpty(vm.measured()));
        here.managedProperty().bind(here.visibleProperty());
        here.setMinWidth(Region.USE_PREF_SIZE);
        row.getChildren().addAll(perCpu, published, here, progress, cancel, measure);
        if (enlargeable) {
            Button enlarge = enlargeButton();
            enlarge.setId("throughput-enlarge");
            row.getChildren().add(enlarge);
        }
        return row;
    }

    private static void show(Node n, javafx.beans.value.ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(when);
    }

    /**
     * Whether the why, as wide as it may be, is no taller than the plot, and the sliders fit the width: else they
     * stay hidden (the caption says the figures, Enlarge has everything), never cut. Neither changes what it depends
     * on (the plot row's height, the view's width), so this settles in one pass.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double w = Math.min(whyBox.prefWidth(-1), getWidth() * WHY_SHARE);
        boolean fits = whyBox.prefHeight(w) <= plotRow.getHeight() + 0.5;
        if (fits != whyFits.get()) whyFits.set(fits);
        // the sliders' labels and a usable track each, or no sliders (Enlarge has them)
        Insets in = getInsets();
        boolean room = slidersRow.minWidth(-1) <= getWidth() - in.getLeft() - in.getRight() + 0.5;
        if (room != slidersFit.get()) slidersFit.set(room);
    }

    /** The "why" beside the plot, and the speculative/locked split as a bar. */
    private VBox whyBox() {
        Label why = new Label();
        why.setId("throughput-why");
        why.getStyleClass().add("why");
        why.textProperty().bind(vm.whyProperty());
        why.setWrapText(true);
        Region spec = new Region();
        spec.getStyleClass().add("split-speculative");
        Region locked = new Region();
        locked.getStyleClass().add("split-locked");
        HBox bar = new HBox(spec, locked);
        bar.getStyleClass().add("split-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        spec.prefWidthProperty().bind(bar.widthProperty().multiply(vm.speculativeShareProperty()));
        locked.prefWidthProperty().bind(bar.widthProperty().multiply(Bindings.subtract(1, vm.speculativeShareProperty())));
        spec.setMinWidth(0);
        locked.setMinWidth(0);
        Label split = new Label();
        split.setId("throughput-split");
        split.getStyleClass().add("split");
        split.textProperty().bind(vm.splitProperty());
        split.setWrapText(true);
        Label status = new Label();
        status.setId("measure-status");
        status.getStyleClass().add("measure-status");
        status.textProperty().bind(vm.measureStatusProperty());
        status.visibleProperty().bind(vm.measureStatusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        VBox box = new VBox(why, split, bar, status);
        box.setId("throughput-why-box");
        box.getStyleClass().add("why-box");
        box.setMinSize(0, 0);
        box.maxWidthProperty().bind(widthProperty().multiply(WHY_SHARE));
        return box;
    }

    private HBox sliders() {
        Slider cpus = new Slider(1, vm.maxCpus(), vm.cpusProperty().get());
        cpus.setId("chart-cpus");
        cpus.setBlockIncrement(1);
        cpus.setMajorTickUnit(10);
        cpus.setSnapToTicks(false);
        cpus.valueProperty().addListener((o, a, b) -> vm.cpusProperty().set((int) Math.round(b.doubleValue())));
        vm.cpusProperty().addListener((o, a, b) -> {
            if (Math.round(cpus.getValue()) != b.intValue()) cpus.setValue(b.intValue());
        });
        SliderKeys.install(cpus, 10);
        cpus.setTooltip(new Tooltip("CPUs hitting the uprobe at once (←/→ one, PageUp/PageDown ten, Home/End the ends)"));
        HBox.setHgrow(cpus, Priority.ALWAYS);
        cpus.setMinWidth(80);
        Label cpusText = new Label();
        cpusText.setId("chart-cpus-value");
        cpusText.getStyleClass().add("slider-value");
        cpusText.textProperty().bind(vm.cpusProperty().asString("%d CPUs"));
        cpusText.setMinWidth(Region.USE_PREF_SIZE);

        Slider writers = new Slider(0, ThroughputViewModel.MAX_WRITER_POSITION, ThroughputViewModel.positionOf(vm.writersProperty().get()));
        writers.setId("chart-writers");
        writers.setBlockIncrement(ThroughputViewModel.WRITER_STEP);
        writers.valueProperty().addListener((o, a, b) -> {
            double rate = ThroughputViewModel.rateAt(b.doubleValue());
            if (rate != vm.writersProperty().get()) vm.writersProperty().set(rate);
        });
        vm.writersProperty().addListener((o, a, b) -> {
            if (ThroughputViewModel.rateAt(writers.getValue()) != b.doubleValue()) writers.setValue(ThroughputViewModel.positionOf(b.doubleValue()));
        });
        // while dragged the chart draws a coarse curve, and the full one on release
        writers.valueChangingProperty().addListener((o, a, b) -> vm.writersAdjustingProperty().set(b));
        SliderKeys.install(writers, 1);   // a decade
        writers.setTooltip(new Tooltip("mmap/munmap write sections per second in the same mm (log scale; ←/→ a step, PageUp/PageDown ten times)"));
        HBox.setHgrow(writers, Priority.ALWAYS);
        writers.setMinWidth(80);
        Label writersText = new Label();
        writersText.setId("chart-writers-value");
        writersText.getStyleClass().add("slider-value");
        writersText.textProperty().bind(Bindings.createStringBinding(
                () -> "writers " + ThroughputViewModel.rateText(vm.writersProperty().get()) + "/s", vm.writersProperty()));
        writersText.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(cpusText, cpus, writersText, writers);
        row.getStyleClass().add("sliders");
        row.setId("throughput-sliders");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    //  Series

    private double yOf(double totalMps, int cpus) { return vm.perCpuProperty().get() ? totalMps / cpus : totalMps; }

    private void onRows(ListChangeListener.Change<? extends ThroughputRow> c) {
        boolean cleared = false;
        List<ThroughputRow> added = new ArrayList<>();
        while (c.next()) {
            if (c.wasRemoved()) cleared = true;
            if (c.wasAdded()) added.addAll(c.getAddedSubList());
        }
        if (cleared) {
            rebuild();
            return;
        }
        addRows(added);
    }

    /** Appends rows to their variants' curves, creating a curve the first time its variant appears. */
    private void addRows(List<ThroughputRow> rows) {
        Map<String, List<XYChart.Data<Number, Number>>> byVariant = new LinkedHashMap<>();
        for (ThroughputRow r : rows) {
            byVariant.computeIfAbsent(r.variant(), k -> new ArrayList<>()).add(new XYChart.Data<>(r.cpus(), yOf(r.totalMps(), r.cpus())));
        }
        byVariant.forEach((variant, data) -> {
            XYChart.Series<Number, Number> s = model.computeIfAbsent(variant, v -> {
                XYChart.Series<Number, Number> made = series(ThroughputViewModel.label(v), "model", styleOf(v));
                chart.label(made, ThroughputViewModel.shortLabel(v), styleOf(v));
                return made;
            });
            s.getData().addAll(data);
            style(s, "model", styleOf(variant));
        });
    }

    /** Everything again from the view-model's lists: after a new sweep, per-CPU toggling or a new measurement. */
    private void rebuild() {
        chart.getData().clear();
        model.clear();
        axisLabels();
        Map<String, List<PublishedPoints.Point>> published = new LinkedHashMap<>();
        for (PublishedPoints.Point p : vm.published()) published.computeIfAbsent(p.variant(), k -> new ArrayList<>()).add(p);
        published.forEach((variant, points) -> {
            XYChart.Series<Number, Number> s = series("published " + variant, "published", styleOf(variant));
            for (PublishedPoints.Point p : points) s.getData().add(new XYChart.Data<>(p.cpus(), yOf(p.mps(), p.cpus())));
            style(s, "published", styleOf(variant));
        });
        for (LiveVariant v : LiveVariant.values()) {
            List<LiveRow> rows = vm.measured().stream().filter(r -> r.variant() == v).toList();
            if (rows.isEmpty()) continue;
            String style = "measured-" + v.name().toLowerCase(java.util.Locale.ROOT);
            XYChart.Series<Number, Number> s = series("measured on this machine (" + vm.cores() + " cores): " + v.model() + " analog", "measured", style);
            for (LiveRow r : rows) s.getData().add(new XYChart.Data<>(r.threads(), yOf(r.totalMps(), r.threads())));
            style(s, "measured", style);
        }
        addRows(vm.rows());
    }

    /** A small card gives the axis titles' room to the plot (the card's title and the caption say what is drawn). */
    private void axisLabels() {
        boolean small = compact.get();
        chart.getXAxis().setLabel(small ? null : "CPUs");
        y.setLabel(small ? null : vm.perCpuProperty().get() ? "M/s per CPU" : "M/s (all CPUs)");
    }

    private XYChart.Series<Number, Number> series(String name, String kind, String style) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        chart.getData().add(s);
        style(s, kind, style);
        return s;
    }

    /** Kind and variant as style classes on the line and on every symbol (the chart creates them when data is added). */
    private void style(XYChart.Series<Number, Number> s, String kind, String style) { chart.classify(s, kind, style); }
}
