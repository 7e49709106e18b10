package org.speclab.app.layout;

import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A column of items, newest last, that never scrolls: it shows the newest items that fit in its height, whole,
 * and folds the older ones into one line on top ("3 earlier …"); the newest is never folded. A lecture cares about what just happened;
 * the older items come back as the card grows or the timeline goes back. An item wider than the column folds too
 * (the newest shows its short form), and the minimum width is the newest item's narrowest form: a column
 * narrower than that is an overflow {@link FitPane} sees and scales for, never an item cut at the card's edge.
 */
public final class TailList extends Region {
    private final Label earlier = new Label();
    private final IntFunction<String> earlierText;
    private List<Node> items = List.of();
    /** False while the only item is a placeholder ("nothing yet"), which may fold like an old item. */
    private boolean keepNewest;
    /** The newest item's short form (one line), shown instead of it when the card has no room for it whole. */
    private Node compactNewest;
    private double spacing = 6;

    /** {@code earlierText} words the fold line for a count of hidden items. */
    public TailList(IntFunction<String> earlierText) {
        this.earlierText = earlierText;
        getStyleClass().add("tail-list");
        earlier.getStyleClass().add("tail-list-earlier");
        earlier.setMinWidth(0);
        earlier.setVisible(false);
        getChildren().add(earlier);
    }

    public void setSpacing(double spacing) {
        this.spacing = spacing;
        requestLayout();
    }

    public void setItems(List<Node> nodes) { setItems(nodes, true, null); }

    /**
     * As {@link #setItems(List)}, with a short form of the newest item that stands in for it when the card is
     * too short for the whole of it (the newest is never folded away).
     */
    public void setItems(List<Node> nodes, Node compactNewest) { setItems(nodes, true, compactNewest); }

    /** One placeholder item ("nothing yet …"): unlike a real newest item it may fold into the short line. */
    public void setPlaceholder(Node placeholder) { setItems(List.of(placeholder), false, null); }

    private void setItems(List<Node> nodes, boolean keepNewest, Node compactNewest) {
        this.keepNewest = keepNewest;
        this.compactNewest = compactNewest;
        items = List.copyOf(nodes);
        getChildren().setAll(earlier);
        getChildren().addAll(items);
        if (compactNewest != null) {
            compactNewest.setVisible(false);
            getChildren().add(compactNewest);
        }
        requestLayout();
    }

    /** True when the last layout showed the newest item's short form instead of the whole of it. */
    public boolean compact() { return compactNewest != null && compactNewest.isVisible(); }

    /** How many of the oldest items the last layout folded away. */
    public int hidden() {
        int n = 0;
        for (int i = 0; i < items.size(); i++) if (!items.get(i).isVisible() && !(compact() && i == items.size() - 1)) n++;
        return n;
    }

    private double inner(double width) {
        Insets in = getInsets();
        return width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight());
    }

    /**
     * Its rows wrap: a parent must ask its height for a width, or it is told the one-line height of unwrapped rows
     * and the card it is in is given too little for the newest row whole (which then shows in brief, its reason and
     * cause link gone).
     */
    @Override public javafx.geometry.Orientation getContentBias() { return javafx.geometry.Orientation.HORIZONTAL; }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = inner(width);
        double h = 0;
        for (Node item : items) h += item.prefHeight(w);
        return in.getTop() + h + spacing * Math.max(0, items.size() - 1) + in.getBottom();
    }

    /**
     * The newest item, whole, and the fold line above it when older ones exist: what just happened is never
     * folded away (a card too short for it scales its content instead, see {@link FitPane}).
     */
    @Override
    protected double computeMinHeight(double width) {
        Insets in = getInsets();
        double w = inner(width);
        double h = 0;
        if (!keepNewest) return in.getTop() + (items.isEmpty() ? 0 : earlier.prefHeight(w)) + in.getBottom();
        if (!items.isEmpty()) h += newestMin(w);
        if (items.size() > 1) h += earlier.prefHeight(w) + spacing;
        return in.getTop() + h + in.getBottom();
    }

    /** The least the newest item can show as: its short form, when it has one. */
    private double newestMin(double w) {
        double whole = items.get(items.size() - 1).prefHeight(w);
        return compactNewest == null ? whole : Math.min(whole, compactNewest.prefHeight(w));
    }

    /** The newest item's narrowest form: older items, and a placeholder, fold into the fold line (no minimum). */
    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        double w = 0;
        if (keepNewest && !items.isEmpty()) {
            double whole = items.get(items.size() - 1).minWidth(-1);
            w = compactNewest == null ? whole : Math.min(whole, compactNewest.minWidth(-1));
        }
        return in.getLeft() + w + in.getRight();
    }

    /** Whether {@code item} shows whole {@code w} wide (its minimum fits; half a pixel of rounding allowed). */
    private static boolean fitsWidth(Node item, double w) { return item.minWidth(-1) <= w + 0.5; }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        double w = 0;
        for (Node item : items) w = Math.max(w, item.prefWidth(-1));
        return in.getLeft() + w + in.getRight();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = getWidth() - in.getLeft() - in.getRight();
        double room = getHeight() - in.getTop() - in.getBottom();
        double foldH = earlier.prefHeight(w) + spacing;
        // from the newest back: take an item while it fits, leaving room for the fold line if any stays behind
        int first = items.size();
        double used = 0;
        boolean shortForm = false;
        for (int i = items.size() - 1; i >= 0; i--) {
            double h = items.get(i).prefHeight(w) + (used > 0 ? spacing : 0);
            double fold = i > 0 ? foldH : 0;
            boolean fits = used + h + fold <= room && fitsWidth(items.get(i), w);
            if (i == items.size() - 1 && keepNewest && !fits) {
                // the newest always shows (the minimum height holds it): whole, or in its short form; with no
                // room for it whole there is none for older ones
                shortForm = compactNewest != null;
                first = i;
                break;
            }
            if (!fits) break;
            used += h;
            first = i;
        }
        earlier.setVisible(first > 0);
        double y = in.getTop();
        if (first > 0) {
            earlier.setText(earlierText.apply(first));
            earlier.resizeRelocate(in.getLeft(), y, w, earlier.prefHeight(w));
            y += foldH;
        }
        if (compactNewest != null) compactNewest.setVisible(shortForm);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            boolean whole = i >= first && !(shortForm && i == items.size() - 1);
            item.setVisible(whole);
            if (!whole) continue;
            double h = item.prefHeight(w);
            item.resizeRelocate(in.getLeft(), y, w, h);
            y += h + spacing;
        }
        if (shortForm) compactNewest.resizeRelocate(in.getLeft(), y, w, compactNewest.prefHeight(w));
    }
}
