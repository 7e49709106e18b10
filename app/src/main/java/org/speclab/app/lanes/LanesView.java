package org.speclab.app.lanes;

import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.speclab.app.theme.Motion;

/**
 * CPU lanes and the mm_lock_seq track, drawn on a canvas that fills the card. The canvas shows
 * {@link LanesViewModel#modelProperty()} and nothing else; the newest step's mark grows in over
 * {@link Motion#duration()} (at once in instant mode).
 */
public final class LanesView extends Region implements org.speclab.app.layout.DrawsText {
    private final LanesViewModel vm;
    private final Canvas canvas = new Canvas();
    private final LanesPalette palette = new LanesPalette();
    private final LanesPainter painter = new LanesPainter(palette);
    private final DoubleProperty appear = new SimpleDoubleProperty(1);
    private final Timeline grow = new Timeline();
    private final ChangeListener<LanesModel> onModel = (o, a, b) -> changed(a, b);
    private final InvalidationListener onAppear = o -> redraw();
    private double[] least;

    public LanesView(LanesViewModel vm) {
        this.vm = vm;
        setId("lanes-view");
        initGraphics();
        registerListeners();
    }

    /** The canvas, for tests that snapshot its pixels. */
    public Canvas canvas() { return canvas; }

    public LanesViewModel viewModel() { return vm; }

    /** The labels of the last paint, as boxes on the canvas (tests: none overlaps another). */
    java.util.List<LabelBoard.Box> labels() { return painter.labels(); }

    /** Its smallest type is the palette's small font: names and labels never shrink below it. */
    @Override
    public double smallestFontPx() { return palette.small().getSize(); }

    /** Tall enough for every lane's name at full size (a card too low for them scales the canvas as a whole). */
    @Override
    protected double computeMinHeight(double width) { return snappedTopInset() + least()[1] + snappedBottomInset(); }

    @Override
    protected double computeMinWidth(double height) { return snappedLeftInset() + least()[0] + snappedRightInset(); }

    /** The canvas's least width and height, measured once per model and font (layout asks often). */
    private double[] least() {
        if (least == null) least = new double[] {painter.minWidth(vm.model()), painter.minHeight(vm.model())};
        return least;
    }

    @Override
    protected double computePrefHeight(double width) { return Math.max(170, computeMinHeight(width)); }

    @Override
    public java.util.List<Drawn> drawnText() {
        return painter.labels().stream().map(b -> new Drawn(b.text(), b.px())).toList();
    }

    private void initGraphics() {
        canvas.setId("lanes-canvas");
        canvas.setManaged(false);
        getChildren().addAll(palette, canvas);
        setPrefWidth(400);
    }

    private void registerListeners() {
        vm.modelProperty().addListener(onModel);
        appear.addListener(onAppear);
        palette.onChange(() -> {
            least = null;
            requestLayout();
            redraw();
        });
    }

    /** Removes every listener this view added to the view-model. */
    public void dispose() {
        grow.stop();
        vm.modelProperty().removeListener(onModel);
        appear.removeListener(onAppear);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.floor(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            redraw();
        }
    }

    private void changed(LanesModel before, LanesModel after) {
        grow.stop();
        least = null;
        if (before == null || before.lanes().size() != after.lanes().size()) requestLayout();
        boolean forward = before != null && after.current() == before.current() + 1;
        if (!forward || Motion.instant()) {
            appear.set(1);
            redraw();
            return;
        }
        appear.set(0);
        grow.getKeyFrames().setAll(new KeyFrame(Motion.duration(), new KeyValue(appear, 1)));
        grow.playFromStart();
    }

    private void redraw() {
        canvas.setAccessibleText(vm.model().summary());
        painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), vm.model(), appear.get());
    }
}
