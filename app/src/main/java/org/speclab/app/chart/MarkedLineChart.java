package org.speclab.app.chart;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.layout.Region;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;

/** A line chart with a vertical marker at the selected CPU count, laid out with the plot (no scene-coordinate maths). */
final class MarkedLineChart extends LineChart<Number, Number> {
    private final Line marker = new Line();
    private final IntegerProperty markerX = new SimpleIntegerProperty(1);

    MarkedLineChart(NumberAxis x, NumberAxis y) {
        super(x, y);
        marker.getStyleClass().add("cpu-marker");
        marker.setId("cpu-marker");
        marker.setManaged(false);
        marker.setMouseTransparent(true);
        getPlotChildren().add(marker);
        markerX.addListener((o, a, b) -> requestChartLayout());
    }

    IntegerProperty markerXProperty() { return markerX; }

    private Region overlay;
    private boolean overlayRight;

    /**
     * Puts {@code box} inside the plot area, in its top-left corner (right, below the middle, when {@code right}), at
     * most 60 % of the plot wide: where the curves are not (totals rise to the right; per-CPU rates start high).
     */
    void setOverlay(javafx.scene.layout.Pane box) {
        overlay = box;
        box.setManaged(false);
        getPlotChildren().add(box);
        // unmanaged, so a new text would not lay the plot out again by itself
        for (Node n : box.getChildren()) {
            n.visibleProperty().addListener(o -> requestChartLayout());
            if (n instanceof javafx.scene.control.Labeled l) l.textProperty().addListener(o -> requestChartLayout());
        }
    }

    void setOverlayRight(boolean right) {
        overlayRight = right;
        requestChartLayout();
    }

    /**
     * Gives {@code series}' line and symbols these style classes, now and after every layout: XYChart resets a
     * series' classes (series index, default colour) whenever series come and go, so they are re-applied here.
     */
    void classify(Series<Number, Number> series, String... classes) {
        this.classes.put(series, List.of(classes));
        apply(series, this.classes.get(series));
    }

    private final Map<Series<Number, Number>, List<String>> classes = new IdentityHashMap<>();

    private static void apply(Series<Number, Number> s, List<String> classes) {
        add(s.getNode(), classes);
        for (Data<Number, Number> d : s.getData()) add(d.getNode(), classes);
    }

    private static void add(Node n, List<String> classes) {
        if (n != null && !n.getStyleClass().containsAll(classes)) n.getStyleClass().addAll(classes);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        classes.keySet().retainAll(getData());
        classes.forEach(MarkedLineChart::apply);
        double x = getXAxis().getDisplayPosition(markerX.get());
        marker.setStartX(x);
        marker.setEndX(x);
        marker.setStartY(0);
        marker.setEndY(getYAxis().getHeight());
        marker.toFront();
        if (overlay != null) {
            overlay.applyCss();   // a text that just appeared has no font yet, so its size would come out short
            double plotWidth = getXAxis().getWidth();
            double plotHeight = getYAxis().getHeight();
            double w = Math.min(overlay.prefWidth(-1), plotWidth * 0.6);
            double h = overlay.prefHeight(w);
            overlay.resizeRelocate(overlayRight ? plotWidth - w - 8 : 8, overlayRight ? Math.max(8, (plotHeight - h) * 0.6) : 8, w, h);
            overlay.toFront();
        }
    }
}
