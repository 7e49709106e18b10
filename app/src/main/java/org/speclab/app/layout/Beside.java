package org.speclab.app.layout;

import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Two parts of a view side by side where the width allows, else one above the other: a wide, low card (the
 * reader registers beside their notes, the two RCU flavours) so spends its width instead of its height. Either
 * {@link #halves} (two equal columns, each at least {@code least} em wide) or {@link #rest} (the first part at
 * its natural width, the second at least {@code least} em beside it). An em is the size of a font of the view's
 * ({@code em}), so the switch follows the type.
 */
public final class Beside extends Region {
    private final Node first;
    private final Node second;
    private final boolean halves;
    private final double least;
    private final DoubleSupplier em;
    private final double gap;

    private Beside(Node first, Node second, boolean halves, double least, DoubleSupplier em, double gap) {
        this.first = first;
        this.second = second;
        this.halves = halves;
        this.least = least;
        this.em = em;
        this.gap = gap;
        getStyleClass().add("beside");
        getChildren().addAll(first, second);
    }

    /** Two equal columns when each is at least {@code least} em wide. */
    public static Beside halves(Node first, Node second, double least, DoubleSupplier em, double gap) {
        return new Beside(first, second, true, least, em, gap);
    }

    /** The first part at its natural width and the second beside it when it gets at least {@code least} em. */
    public static Beside rest(Node first, Node second, double least, DoubleSupplier em, double gap) {
        return new Beside(first, second, false, least, em, gap);
    }

    /** Whether the parts stand side by side at this width (the content width; -1: the natural width). */
    public boolean sideBySide(double width) {
        if (!second.isManaged() || !first.isManaged()) return false;
        if (width < 0) return true;
        double w = width - snappedLeftInset() - snappedRightInset();
        double min = least * em.getAsDouble();
        // each part no narrower than it can be without cutting a word or a chip
        if (halves) return (w - gap) / 2 >= Math.max(min, Math.max(first.minWidth(-1), second.minWidth(-1)));
        return w - gap - firstWidth(w) >= Math.max(min, second.minWidth(-1));
    }

    private double firstWidth(double w) { return halves ? (w - gap) / 2 : Math.min(w, first.prefWidth(-1)); }

    @Override public javafx.geometry.Orientation getContentBias() { return javafx.geometry.Orientation.HORIZONTAL; }

    @Override
    protected double computePrefWidth(double height) {
        double in = snappedLeftInset() + snappedRightInset();
        if (!second.isManaged()) return in + first.prefWidth(-1);
        return in + (halves ? 2 * Math.max(first.prefWidth(-1), second.prefWidth(-1)) : first.prefWidth(-1) + second.prefWidth(-1)) + gap;
    }

    @Override
    protected double computeMinWidth(double height) {
        double in = snappedLeftInset() + snappedRightInset();
        return in + Math.max(first.minWidth(-1), second.isManaged() ? second.minWidth(-1) : 0);
    }

    @Override protected double computePrefHeight(double width) { return height(width); }

    /** Its parts are laid out at their natural heights: lower, they would be clipped (a fitted card scales instead). */
    @Override protected double computeMinHeight(double width) { return height(width); }

    private double height(double width) {
        double in = snappedTopInset() + snappedBottomInset();
        double w = width < 0 ? prefWidth(-1) - snappedLeftInset() - snappedRightInset() : width - snappedLeftInset() - snappedRightInset();
        if (!second.isManaged()) return in + first.prefHeight(w);
        if (sideBySide(width < 0 ? -1 : width)) {
            double a = firstWidth(w);
            return in + Math.max(first.prefHeight(a), second.prefHeight(w - gap - a));
        }
        return in + first.prefHeight(w) + gap + second.prefHeight(w);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        if (!second.isManaged()) {
            first.resizeRelocate(x, y, w, first.prefHeight(w));
            return;
        }
        if (sideBySide(getWidth())) {
            double a = Math.floor(firstWidth(w));
            first.resizeRelocate(x, y, a, first.prefHeight(a));
            double b = w - gap - a;
            second.resizeRelocate(x + a + gap, y, b, second.prefHeight(b));
        } else {
            double h = first.prefHeight(w);
            first.resizeRelocate(x, y, w, h);
            second.resizeRelocate(x, y + h + gap, w, second.prefHeight(w));
        }
    }
}
