package org.speclab.app.layout;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Shows its content whole: when the content, laid out in the space here, would cut a label to "…" or need a
 * scrollbar, it is laid out in a larger box and scaled down to fit (uniformly, never below {@link #MIN_SCALE}).
 * A projector card so never scrolls; the lesson picks fewer, larger panels when the type gets small.
 */
public final class FitPane extends Region {
    /** Below this the type is too small to read: the content scrolls instead. */
    public static final double MIN_SCALE = 0.55;
    private static final int STEPS = 5;

    private final Node content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private boolean whole = true;

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
        return in.getTop() + content.prefHeight(width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight())) + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double h = getHeight() - in.getTop() - in.getBottom();
        if (w <= 0 || h <= 0) return;
        double s = 1;
        whole = true;
        if (!fitsAt(1, w, h)) {
            // the largest scale that fits, by bisection (a fit at a smaller scale gives the content more room)
            double lo = MIN_SCALE;
            double hi = 1;
            for (int i = 0; i < STEPS; i++) {
                double mid = (lo + hi) / 2;
                if (fitsAt(mid, w, h)) lo = mid;
                else hi = mid;
            }
            s = lo;
            whole = fitsAt(s, w, h);
        }
        content.relocate(in.getLeft(), in.getTop());
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
