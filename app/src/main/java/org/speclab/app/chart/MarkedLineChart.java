package org.speclab.app.chart;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;

/**
 * A line chart with a vertical marker at the selected CPU count and each curve's name at its end, laid out with the
 * plot (no scene-coordinate maths).
 */
final class MarkedLineChart extends LineChart<Number, Number> {
    private final Line marker = new Line();
    private final IntegerProperty markerX = new SimpleIntegerProperty(1);

    MarkedLineChart(javafx.scene.chart.Axis<Number> x, NumberAxis y) {
        super(x, y);
        marker.getStyleClass().add("cpu-marker");
        marker.setId("cpu-marker");
        marker.setManaged(false);
        marker.setMouseTransparent(true);
        getPlotChildren().add(marker);
        markerX.addListener((o, a, b) -> requestChartLayout());
    }

    IntegerProperty markerXProperty() { return markerX; }

    private final Map<Series<Number, Number>, javafx.scene.control.Label> endLabels = new IdentityHashMap<>();

    /**
     * Names {@code series} at its last point with {@code text}, in the series' style classes: the curves label
     * themselves, so the plot needs no legend box and a small card keeps its room.
     */
    void label(Series<Number, Number> series, String text, String... classes) {
        javafx.scene.control.Label l = endLabels.computeIfAbsent(series, s -> {
            javafx.scene.control.Label made = new javafx.scene.control.Label();
            made.getStyleClass().add("end-label");
            made.setManaged(false);
            made.setMouseTransparent(true);
            getPlotChildren().add(made);
            return made;
        });
        l.setText(text);
        l.getStyleClass().setAll("label", "end-label");
        l.getStyleClass().addAll(classes);
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

    /**
     * Each curve's name just above its rightmost point, right-aligned to it; names that would overlap are moved up
     * (a curve that collapses like another, per-VMA lock under BEFORE, still shows its name).
     */
    private void placeEndLabels() {
        endLabels.entrySet().removeIf(e -> {
            if (getData().contains(e.getKey())) return false;
            getPlotChildren().remove(e.getValue());
            return true;
        });
        List<javafx.scene.control.Label> placed = new java.util.ArrayList<>();
        double plotWidth = getXAxis().getWidth();
        // lowest curves first, so a higher one gives way upwards
        List<Map.Entry<Series<Number, Number>, javafx.scene.control.Label>> byEnd = endLabels.entrySet().stream()
                .sorted(java.util.Comparator.comparingDouble((Map.Entry<Series<Number, Number>, javafx.scene.control.Label> e) -> -endY(e.getKey()))).toList();
        for (var e : byEnd) {
            javafx.scene.control.Label l = e.getValue();
            Data<Number, Number> last = lastPoint(e.getKey());
            l.setVisible(last != null);
            if (last == null) continue;
            l.applyCss();
            double w = l.prefWidth(-1);
            double h = l.prefHeight(w);
            double x = Math.max(0, Math.min(plotWidth - w, getXAxis().getDisplayPosition(last.getXValue()) - w - 6));
            // above the curve where it runs under the name; below it when that leaves the plot (a curve ending high)
            double top = Double.MAX_VALUE;
            double bottom = 0;
            for (Data<Number, Number> d : e.getKey().getData()) {
                double dx = getXAxis().getDisplayPosition(d.getXValue());
                if (dx < x - 6 || dx > x + w + 12) continue;
                double dy = getYAxis().getDisplayPosition(d.getYValue());
                top = Math.min(top, dy);
                bottom = Math.max(bottom, dy);
            }
            if (top == Double.MAX_VALUE) top = bottom = getYAxis().getDisplayPosition(last.getYValue());
            double y = top - h - 6 >= 0 ? top - h - 6 : bottom + 6;
            for (javafx.scene.control.Label other : placed) {
                boolean overlapX = x < other.getLayoutX() + other.getWidth() && other.getLayoutX() < x + w;
                if (overlapX && y + h > other.getLayoutY() && y < other.getLayoutY() + other.getHeight()) y = other.getLayoutY() - h;
            }
            l.resizeRelocate(x, Math.max(0, y), w, h);
            l.toFront();
            placed.add(l);
        }
    }

    private double endY(Series<Number, Number> s) {
        Data<Number, Number> last = lastPoint(s);
        return last == null ? 0 : getYAxis().getDisplayPosition(last.getYValue());
    }

    private static Data<Number, Number> lastPoint(Series<Number, Number> s) {
        return s.getData().stream().max(java.util.Comparator.comparingDouble(d -> d.getXValue().doubleValue())).orElse(null);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        classes.keySet().retainAll(getData());
        classes.forEach(MarkedLineChart::apply);
        placeEndLabels();
        double x = getXAxis().getDisplayPosition(markerX.get());
        marker.setStartX(x);
        marker.setEndX(x);
        marker.setStartY(0);
        marker.setEndY(getYAxis().getHeight());
        marker.toFront();
    }
}
