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

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double free = getHeight() - gap * Math.max(0, rows.size() - 1);
        if (rows.isEmpty() || w <= 0 || free <= 0) return;
        double[] pref = new double[rows.size()];
        double sum = 0;
        for (int r = 0; r < rows.size(); r++) {
            pref[r] = Math.max(rowPref(r, w), 1);
            sum += pref[r];
        }
        // proportional to need, with a floor so a small panel stays readable, renormalised to fill the height
        double[] share = new double[rows.size()];
        double total = 0;
        for (int r = 0; r < rows.size(); r++) {
            share[r] = Math.max(MIN_SHARE, pref[r] / sum);
            total += share[r];
        }
        double y = 0;
        for (int r = 0; r < rows.size(); r++) {
            double h = Math.floor(free * share[r] / total);
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
