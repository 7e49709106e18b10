package org.speclab.app.layout;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Panels stacked in rows, each row as tall as its content needs relative to the others: when the rows do not
 * all fit, every row gets the same fraction of its natural height, so fitted cards shrink alike instead of one
 * card scrolling while another stands half empty. A row holds cells that span units of {@link #units} columns.
 */
final class Rows extends Region {
    /** No row gets less than this share of the height, however little its content asks. */
    private static final double MIN_SHARE = 0.14;
    private final int units;
    private final double gap;
    private final List<List<Node>> rows = new ArrayList<>();
    private final List<List<Integer>> spans = new ArrayList<>();
    private final List<Boolean> first = new ArrayList<>();

    Rows(int units, double gap) {
        this.units = units;
        this.gap = gap;
        getStyleClass().add("panel-part");
        setMinSize(0, 0);
    }

    void addRow(List<Node> cells, List<Integer> cellSpans) { addRow(cells, cellSpans, false); }

    /** A row that {@code asksFirst} gets its natural height before the others share what is left. */
    void addRow(List<Node> cells, List<Integer> cellSpans, boolean asksFirst) {
        first.add(asksFirst);
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

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double free = getHeight() - gap * Math.max(0, rows.size() - 1);
        if (rows.isEmpty() || w <= 0 || free <= 0) return;
        double[] pref = new double[rows.size()];
        double[] height = new double[rows.size()];
        // rows that ask first take what they need, up to a cap, while others remain to share the rest
        boolean others = first.contains(false);
        double floors = 0;
        for (int r = 0; r < rows.size(); r++) {
            pref[r] = Math.max(rowPref(r, w), 1);
            if (!first.get(r)) floors += Math.min(pref[r], free * MIN_SHARE);
        }
        double left = free;
        for (int r = 0; r < rows.size(); r++) {
            if (first.get(r) && others) {
                // what it needs, leaving each other row at least its floor
                height[r] = Math.floor(Math.max(0, Math.min(pref[r], free - floors)));
                left -= height[r];
            }
        }
        // proportional to need, with a floor so a small panel stays readable, renormalised to fill the height
        double sum = 0;
        for (int r = 0; r < rows.size(); r++) if (!first.get(r) || !others) sum += pref[r];
        double[] share = new double[rows.size()];
        double total = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (first.get(r) && others) continue;
            share[r] = Math.max(MIN_SHARE, pref[r] / sum);
            total += share[r];
        }
        for (int r = 0; r < rows.size(); r++) if (!first.get(r) || !others) height[r] = Math.floor(left * share[r] / total);
        double y = 0;
        for (int r = 0; r < rows.size(); r++) {
            double h = height[r];
            double x = 0;
            for (int c = 0; c < rows.get(r).size(); c++) {
                double cw = cellWidth(w, spans.get(r).get(c), rows.get(r).size());
                rows.get(r).get(c).resizeRelocate(Math.round(x), Math.round(y), Math.floor(cw), h);
                x += cw + gap;
            }
            y += h + gap;
        }
    }
}
