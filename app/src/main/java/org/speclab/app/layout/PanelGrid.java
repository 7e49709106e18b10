package org.speclab.app.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import org.speclab.lessons.Panel;

/**
 * The window's panels for any subset of them: code in a column on the left, the story (narration, decisions,
 * the chart) on the right, and the machine's state in between, packed first-fit into rows three units wide
 * (the VMA tree, the uprobes tree and the registers take a row; the CPU lanes two units, a row among the lesson's
 * own panels unless mm_lock_seq pairs with them; the rest one; a row's last panel takes what is left). With fewer panels each gets more room; one panel alone fills the window. A
 * lesson that asks for the throughput chart (it is among fewer than all panels) gets it in the middle, a row of
 * its own, where it is large enough to read; among all panels it is a card on the right.
 */
public final class PanelGrid extends GridPane {
    private static final int UNITS = 3;
    private static final double GAP = 8;
    /** The throughput chart's least share of the story column's height. */
    static final double CHART_SHARE = 0.32;
    private final Map<Panel, Node> cards = new EnumMap<>(Panel.class);
    private final javafx.beans.property.DoubleProperty typeFloor = new javafx.beans.property.SimpleDoubleProperty(0);

    public PanelGrid() {
        setId("views");
        setMinSize(0, 0);
        typeFloor.addListener(o -> requestLayout());
    }

    /**
     * The smallest type, in px on screen, that a card may scale its view's text to ({@link LayoutModel#typeFloorPx});
     * a card whose view does not fit above it folds, or is clipped and the layout tests fail on it.
     */
    public javafx.beans.property.DoubleProperty typeFloorProperty() { return typeFloor; }

    public void put(Panel panel, Node card) { cards.put(panel, card); }

    public Node card(Panel panel) { return cards.get(panel); }

    /** Lays out {@code panels} (those that have a card); projector mode gives code and narration more room. */
    public void show(List<Panel> panels, boolean projector) {
        getChildren().clear();
        getColumnConstraints().clear();
        getRowConstraints().clear();
        List<Panel> shown = panels.stream().filter(cards::containsKey).toList();
        boolean chartInMiddle = shown.size() < cards.size();
        List<Panel> middle = shown.stream().filter(p -> place(p, chartInMiddle) == Place.MIDDLE).toList();
        List<Panel> story = shown.stream().filter(p -> place(p, chartInMiddle) == Place.STORY).toList();
        List<Double> widths = new ArrayList<>();
        int column = 0;
        if (shown.contains(Panel.CODE)) {
            add(cards.get(Panel.CODE), column++, 0);
            widths.add(projector ? 36.0 : 32.0);
        }
        if (!middle.isEmpty()) {
            add(middle(middle, chartInMiddle), column++, 0);
            widths.add(projector ? 38.0 : 44.0);
        }
        if (!story.isEmpty()) {
            add(story(story), column, 0);
            widths.add(26.0);
        }
        double total = widths.stream().mapToDouble(Double::doubleValue).sum();
        for (double w : widths) getColumnConstraints().add(column(100 * w / total));
        getRowConstraints().add(row(100));
    }

    private Rows middle(List<Panel> panels, boolean lessonsOwn) {
        Rows grid = new Rows(UNITS, GAP);
        grid.getStyleClass().add("state-panels");
        // the lesson's own panels: the CPUs take a row (their step axis wants the width) unless mm_lock_seq,
        // a number, pairs with them; a slab or RCU list squeezed beside them was drawn at 8 px
        boolean cpusRow = lessonsOwn && !panels.contains(Panel.SEQCOUNT);
        java.util.function.ToIntFunction<Panel> width = p -> p == Panel.CPUS && cpusRow ? UNITS : width(p);
        // first fit: each panel goes into the first row with room left, so narrow panels pair up
        List<List<Panel>> rows = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (Panel p : panels) {
            int w = width.applyAsInt(p);
            int r = 0;
            while (r < rows.size() && used.get(r) + w > UNITS) r++;
            if (r == rows.size()) {
                rows.add(new ArrayList<>());
                used.add(0);
            }
            rows.get(r).add(p);
            used.set(r, used.get(r) + w);
        }
        for (List<Panel> in : rows) {
            List<Node> cells = new ArrayList<>();
            List<Integer> spans = new ArrayList<>();
            int at = 0;
            for (int i = 0; i < in.size(); i++) {
                int span = i == in.size() - 1 ? UNITS - at : width.applyAsInt(in.get(i));
                cells.add(cards.get(in.get(i)));
                spans.add(span);
                at += span;
            }
            grid.addRow(cells, spans);
        }
        return grid;
    }

    private StoryColumn story(List<Panel> panels) {
        // narration is read aloud: it gets its room first, short of the decisions' latest rows (StoryColumn); the
        // chart keeps a plot a room can read (its axes and caption alone teach nothing)
        StoryColumn column = new StoryColumn(GAP);
        for (Panel p : panels) column.add(cards.get(p), p == Panel.NARRATION, p == Panel.THROUGHPUT ? CHART_SHARE : 0);
        return column;
    }

    private enum Place { CODE, MIDDLE, STORY }

    private static Place place(Panel p, boolean chartInMiddle) {
        return switch (p) {
            case CODE -> Place.CODE;
            case THROUGHPUT -> chartInMiddle ? Place.MIDDLE : Place.STORY;
            case NARRATION, DECISIONS -> Place.STORY;
            default -> Place.MIDDLE;
        };
    }

    /** Units of the middle's three. */
    private static int width(Panel p) {
        return switch (p) {
            case SEQCOUNT, SLAB, RCU -> 1;
            case CPUS -> 2;
            default -> 3;
        };
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        c.setFillWidth(true);
        c.setMinWidth(0);
        return c;
    }

    private static RowConstraints row(double percent) {
        RowConstraints r = new RowConstraints();
        r.setPercentHeight(percent);
        r.setFillHeight(true);
        r.setMinHeight(0);
        return r;
    }
}
