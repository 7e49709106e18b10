package org.speclab.app.layout;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Panels stacked in rows (the machine's state in the middle column), each row as tall as its content needs
 * relative to the others: when the rows do not all fit, each gets the height at which its cards' smallest type is
 * the same size on screen, so fitted cards shrink alike instead of one card being clipped while another stands half
 * empty (the story column has its own rule, {@link StoryColumn}). A row holds cells that span units of {@link #units} columns.
 */
final class Rows extends Region {
    /** No row gets less than this share of the height, however little its content asks. */
    private static final double MIN_SHARE = 0.14;
    private static final int TYPE_STEPS = 10;
    /** What a card that hides its own lesser lines asks at most, as a share of the height, before the others fit. */
    private static final double FLEXIBLE_SHARE = 0.2;
    private final int units;
    private final double gap;
    private final List<List<Node>> rows = new ArrayList<>();
    private final List<List<Integer>> spans = new ArrayList<>();

    Rows(int units, double gap) {
        this.units = units;
        this.gap = gap;
        getStyleClass().add("panel-part");
        setMinSize(0, 0);
    }

    void addRow(List<Node> cells, List<Integer> cellSpans) {
        rows.add(List.copyOf(cells));
        spans.add(List.copyOf(cellSpans));
        getChildren().addAll(cells);
    }

    @Override protected double computeMinWidth(double height) { return 0; }

    @Override protected double computeMinHeight(double width) { return 0; }

    @Override
    protected double computePrefHeight(double width) {
        double h = 0;
        for (int r = 0; r < rows.size(); r++) h += rowPref(r, width);
        return h + gap * Math.max(0, rows.size() - 1);
    }

    private double cellWidth(double width, int span, int cellsInRow) {
        double unit = (width - gap * (units - 1)) / units;
        return unit * span + gap * (span - 1);
    }

    private double rowPref(int r, double width) {
        double h = 0;
        for (int c = 0; c < rows.get(r).size(); c++) {
            h = Math.max(h, rows.get(r).get(c).prefHeight(cellWidth(width, spans.get(r).get(c), rows.get(r).size())));
        }
        return h;
    }

    /**
     * The scale a card's view shows at when its smallest type is {@code type} px on screen: the cards of a column
     * so share one smallest type, not one scale (a card of small labels gets a larger scale than a card of large
     * ones), never below the card's own floor nor above its natural size.
     */
    private static double scaleFor(Scalable card, double type) {
        double smallest = card.smallestFontPx();
        double s = smallest == Double.MAX_VALUE || smallest <= 0 ? 1 : type / smallest;
        return Math.min(1, Math.max(s, card.minScale()));
    }

    /**
     * What a row needs with its cards' smallest type at {@code type} px: a card that cannot shrink below its
     * natural height at that scale asks all of it; one that hides its own lesser lines (its minimum is below its
     * natural height) asks no more than {@link #FLEXIBLE_SHARE} of {@code free}, and gets more from what is left over.
     */
    private double rowNeed(int r, double width, double type, double free) {
        double h = 0;
        for (int c = 0; c < rows.get(r).size(); c++) {
            Node cell = rows.get(r).get(c);
            double cw = cellWidth(width, spans.get(r).get(c), rows.get(r).size());
            if (cell instanceof Scalable sc) {
                double s = scaleFor(sc, type);
                h = Math.max(h, Math.max(sc.minHeightAt(cw, s), Math.min(sc.prefHeightAt(cw, s), free * FLEXIBLE_SHARE)));
            } else {
                h = Math.max(h, cell.prefHeight(cw));
            }
        }
        return h;
    }

    /** A row's natural height with its cards' smallest type at {@code type} px (0: each at its floor). */
    private double rowAt(int r, double width, double type) {
        double h = 0;
        for (int c = 0; c < rows.get(r).size(); c++) {
            Node cell = rows.get(r).get(c);
            double cw = cellWidth(width, spans.get(r).get(c), rows.get(r).size());
            h = Math.max(h, cell instanceof Scalable sc ? sc.prefHeightAt(cw, scaleFor(sc, type)) : cell.prefHeight(cw));
        }
        return h;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double free = getHeight() - gap * Math.max(0, rows.size() - 1);
        if (rows.isEmpty() || w <= 0 || free <= 0) return;
        double[] height = heights(w, free);
        double y = 0;
        for (int r = 0; r < rows.size(); r++) {
            double h = height[r];
            double x = 0;
            for (int c = 0; c < rows.get(r).size(); c++) {
                double cw = cellWidth(w, spans.get(r).get(c), rows.get(r).size());
                Node cell = rows.get(r).get(c);
                cell.setVisible(true);
                cell.resizeRelocate(Math.round(x), Math.round(y), Math.floor(cw), h);
                x += cw + gap;
            }
            y += h + gap;
        }
    }

    private double[] heights(double w, double free) {
        double[] pref = new double[rows.size()];
        double[] height = new double[rows.size()];
        List<Integer> sharing = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            pref[r] = Math.max(rowPref(r, w), 1);
            sharing.add(r);
        }
        double natural = 0;
        for (int r : sharing) natural += pref[r];
        if (natural > free) {
            shareScaled(sharing, w, free, height);
            return height;
        }
        // room to spare: each row its natural height, a small panel first up to its floor share so it stays
        // readable, then the rest in proportion to need
        double spare = free - natural;
        for (int r : sharing) height[r] = pref[r];
        double short_ = 0;
        for (int r : sharing) short_ += Math.max(0, free * MIN_SHARE - pref[r]);
        double toSmall = Math.min(spare, short_);
        for (int r : sharing) {
            if (short_ > 0) height[r] += toSmall * Math.max(0, free * MIN_SHARE - pref[r]) / short_;
        }
        spare -= toSmall;
        for (int r : sharing) height[r] = Math.floor(height[r] + spare * pref[r] / natural);
        return height;
    }

    /**
     * Too little room for every row at its natural height: the largest smallest type at which all of them fit,
     * found by bisection, so their cards' least type is alike (a card of boxes that cannot wrap needs more height
     * at a given scale than one of text that re-wraps wider). What is left over goes to the rows whose cards are
     * still below their natural size, in proportion to what they lack: a row of short content gives its room away.
     */
    private void shareScaled(List<Integer> sharing, double w, double left, double[] height) {
        double lo = 0;
        double hi = 0;
        for (int r : sharing) {
            for (Node cell : rows.get(r)) {
                if (cell instanceof Scalable sc && sc.smallestFontPx() < Double.MAX_VALUE) hi = Math.max(hi, sc.smallestFontPx());
            }
        }
        for (int i = 0; i < TYPE_STEPS; i++) {
            double mid = (lo + hi) / 2;
            if (sum(sharing, w, mid, left) <= left) lo = mid;
            else hi = mid;
        }
        double[] need = new double[height.length];
        double[] lack = new double[height.length];
        double total = 0;
        double lacking = 0;
        for (int r : sharing) {
            need[r] = Math.max(1, rowNeed(r, w, lo, left));
            lack[r] = Math.max(0, rowPref(r, w) - need[r]);
            total += need[r];
            lacking += lack[r];
        }
        double spare = left - total;
        for (int r : sharing) {
            double extra;
            if (spare < 0) extra = spare * need[r] / total;
            else if (spare <= lacking) extra = spare * lack[r] / lacking;
            else extra = lack[r] + (spare - lacking) * need[r] / total;
            height[r] = Math.floor(need[r] + extra);
        }
    }

    private double sum(List<Integer> sharing, double w, double type, double free) {
        double h = 0;
        for (int r : sharing) h += rowNeed(r, w, type, free);
        return h;
    }
}
