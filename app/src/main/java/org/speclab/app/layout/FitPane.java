package org.speclab.app.layout;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows its content whole: when the content, laid out in the space here, would cut a label to "…" or need a
 * scrollbar, it is laid out in a larger box and scaled down to fit (uniformly, never below {@link #MIN_SCALE}).
 * A projector card so never scrolls; the lesson picks fewer, larger panels when the type gets small. A
 * {@link Foldable} view is never scaled below its own floor: it leaves out optional parts instead.
 */
public final class FitPane extends Region implements Scalable {
    /** Below this the type is too small to read: the content scrolls instead. */
    public static final double MIN_SCALE = 0.55;
    private static final int STEPS = 5;
    /** The coarse search's step down from 1. */
    private static final double COARSE = 0.1;

    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private boolean whole = true;
    /** The content's smallest font, measured once per layout of this pane (-1: measure again). */
    private double smallest = -1;

    public FitPane(Node content) {
        this.content = content;
        getStyleClass().add("fit-pane");
        content.getTransforms().add(scale);
        getChildren().add(content);
        setMinSize(0, 0);
        // whatever still does not fit at the smallest scale stays inside the card
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    /** The scale of the last layout: 1 when the content fits as it is. */
    public double scale() { return scale.getX(); }

    /** False when even {@link #MIN_SCALE} did not fit the content: part of it is clipped ({@link Cuts} reports it). */
    public boolean whole() { return whole; }

    @Override protected double computeMinWidth(double height) { return 0; }

    @Override protected double computeMinHeight(double width) { return 0; }

    /** Wrapping content asks its height for a width: pass the width down, or the card above asks for one line. */
    @Override public javafx.geometry.Orientation getContentBias() { return content.getContentBias(); }

    @Override protected double computePrefWidth(double height) { return content.prefWidth(-1); }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + unfolded(() -> content.prefHeight(width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight()))) + in.getBottom();
    }

    /** How tall this pane is with its content laid out {@code width} wide at {@code scale}, every part shown. */
    @Override
    public double prefHeightAt(double width, double scale) {
        Insets in = getInsets();
        double w = Math.max(0, width - in.getLeft() - in.getRight());
        return in.getTop() + Math.ceil(scale * unfolded(() -> content.prefHeight(Math.floor(w / scale)))) + in.getBottom();
    }

    /**
     * A scroll pane inside asks little as its minimum, but anything below its content's natural height shows a
     * scrollbar, a cut: a view with one needs its natural height.
     */
    @Override
    public double minHeightAt(double width, double scale) {
        if (content.lookup(".scroll-pane") != null) return prefHeightAt(width, scale);
        Insets in = getInsets();
        double w = Math.max(0, width - in.getLeft() - in.getRight());
        return in.getTop() + Math.ceil(scale * unfolded(() -> content.minHeight(Math.floor(w / scale)))) + in.getBottom();
    }

    /**
     * The smallest scale this pane shows its content at: its own floor for a {@link Foldable} view, and no smaller
     * than keeps its smallest text at the window's type floor ({@link PanelGrid#typeFloorProperty()}).
     */
    public double minScale() {
        double least = content instanceof Foldable f ? Math.max(MIN_SCALE, f.minScale()) : MIN_SCALE;
        double floor = typeFloor();
        if (floor <= 0) return least;
        double smallest = smallestFontPx();
        return smallest == Double.MAX_VALUE ? least : Math.min(1, Math.max(least, floor / smallest));
    }

    /** The smallest font its content shows now, in the content's own px ({@link Double#MAX_VALUE}: no text). */
    @Override
    public double smallestFontPx() {
        if (smallest < 0) smallest = smallestFont(content);
        return smallest;
    }

    /** The type floor of the panel grid this pane is in; 0 outside one (the step bar, the quiz overlay). */
    private double typeFloor() {
        for (javafx.scene.Parent at = getParent(); at != null; at = at.getParent()) {
            if (at instanceof PanelGrid grid) return grid.typeFloorProperty().get();
        }
        return 0;
    }

    /** The smallest font the content shows (its own px): visible text nodes, and what a canvas view draws. */
    private static double smallestFont(Node node) {
        if (!node.isVisible() || node.getOpacity() == 0) return Double.MAX_VALUE;
        double least = Double.MAX_VALUE;
        if (node instanceof javafx.scene.text.Text t && t.getText() != null && !t.getText().isBlank()) least = t.getFont().getSize();
        if (node instanceof DrawsText d) least = Math.min(least, d.smallestFontPx());
        if (node instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) least = Math.min(least, smallestFont(c));
        }
        return least;
    }

    /** A size asked of a folded view is its size unfolded: the card above decides the room from what it would show. */
    private double unfolded(java.util.function.DoubleSupplier size) {
        if (!(content instanceof Foldable f) || f.foldLevel() == 0) return size.getAsDouble();
        int level = f.foldLevel();
        f.fold(0);
        try {
            return size.getAsDouble();
        } finally {
            f.fold(level);
        }
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        if (w <= 0 || h <= 0) return;
        Foldable foldable = content instanceof Foldable f ? f : null;
        int level = 0;
        if (foldable != null) foldable.fold(0);
        // the largest scale that fits; a foldable view folds a level when even its floor does not
        while (!fit(w, h) && foldable != null && foldable.fold(level + 1)) level++;
        content.relocate(in.getLeft(), in.getTop());
        smallest = -1;
    }

    /** Scales the content to the largest scale down to {@link #minScale()} that fits; false when none does. */
    private boolean fit(double w, double h) {
        whole = true;
        if (fitsAt(1, w, h)) return true;
        // by bisection (a fit at a smaller scale gives the content more room)
        // from the top down in coarse steps, then by bisection below the first that fits: a fit need not hold at
        // every smaller scale (a view whose parts stand side by side only when wide fits at 0.6 and 0.7 but not
        // at 0.65), so plain bisection from the floor could settle far below the largest fit
        double floor = minScale();
        double hi = 1;
        double lo = floor;
        for (double s = 1 - COARSE; s > floor; s -= COARSE) {
            if (fitsAt(s, w, h)) {
                lo = s;
                break;
            }
            hi = s;
        }
        for (int i = 0; i < STEPS; i++) {
            double mid = (lo + hi) / 2;
            if (fitsAt(mid, w, h)) lo = mid;
            else hi = mid;
        }
        whole = fitsAt(lo, w, h);
        return whole;
    }

    private boolean fitsAt(double s, double w, double h) {
        scale.setX(s);
        scale.setY(s);
        double cw = Math.floor(w / s);
        double ch = Math.floor(h / s);
        content.resize(cw, ch);
        if (content instanceof javafx.scene.Parent p) p.layout();
        // content that cannot shrink to the box overflows it: that is a cut too
        boolean overflows = content.minWidth(ch) > cw + 0.5 || content.minHeight(cw) > ch + 0.5;
        return !overflows && !Cuts.any(content);
    }
}
