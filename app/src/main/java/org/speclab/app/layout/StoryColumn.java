package org.speclab.app.layout;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The story column: the narration on top, then the decisions and (among all panels) the chart. The narration is
 * read aloud, so it gets the height it needs first, but never so much that a card under it drops below its least:
 * its title and newest lines, and at least {@link #LEAST_SHARE} of the column when it has that many. A narration
 * that then does not fit folds its lesser parts (the lesson's answer to its first sentence, the question …); the
 * decisions card keeps its latest rows on screen at the end of a lesson, where the story is told by both.
 */
final class StoryColumn extends Region {
    /** A card under the narration keeps at least this share of the column (less when it asks less). */
    static final double LEAST_SHARE = 0.15;
    private final double gap;
    private final List<Node> cards = new ArrayList<>();
    /** A card's own least share of the column (the chart's plot), beside {@link #LEAST_SHARE}. */
    private final java.util.Map<Node, Double> ownShare = new java.util.HashMap<>();
    private Node narration;

    StoryColumn(double gap) {
        this.gap = gap;
        getStyleClass().addAll("panel-part", "story-panels");
        setMinSize(0, 0);
    }

    /**
     * Adds a card below the others; {@code narration} marks the one that asks first; {@code share} is the least
     * share of the column the card keeps whatever it asks (0: none of its own).
     */
    void add(Node card, boolean isNarration, double share) {
        cards.add(card);
        ownShare.put(card, share);
        if (isNarration) narration = card;
        getChildren().add(card);
    }

    @Override protected double computeMinWidth(double height) { return 0; }

    @Override protected double computeMinHeight(double width) { return 0; }

    @Override
    protected double computePrefHeight(double width) {
        double h = 0;
        for (Node c : cards) h += c.prefHeight(width);
        return h + gap * Math.max(0, cards.size() - 1);
    }

    /** Its natural height, laid out {@code w} wide. */
    private static double pref(Node card, double w) {
        return Math.max(1, card instanceof Scalable s ? s.prefHeightAt(w, 1) : card.prefHeight(w));
    }

    /**
     * The least a card under the narration keeps: its shortest whole form at its natural size (the decisions: the
     * newest, and the fold line over the older), or a share of the column when it asks that much.
     */
    private double least(Node card, double w, double free) {
        double whole = card instanceof Scalable s ? s.minHeightAt(w, 1) : card.minHeight(w);
        return Math.max(Math.max(whole, Math.min(pref(card, w), free * LEAST_SHARE)), free * ownShare.getOrDefault(card, 0.0));
    }

    /** What a card under the narration gets before the rest is shared: its least, or less when it asks less (never below its own share). */
    private double base(Node card, double w, double free) {
        double least = least(card, w, free);
        return ownShare.getOrDefault(card, 0.0) > 0 ? least : Math.min(least, pref(card, w));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double free = getHeight() - gap * Math.max(0, cards.size() - 1);
        if (cards.isEmpty() || w <= 0 || free <= 0) return;
        List<Node> others = cards.stream().filter(c -> c != narration).toList();
        double[] height = new double[cards.size()];
        double left = free;
        if (narration != null) {
            double kept = 0;
            for (Node o : others) kept += least(o, w, free);
            double h = others.isEmpty() ? free : Math.max(0, Math.min(pref(narration, w), free - kept));
            height[cards.indexOf(narration)] = Math.floor(h);
            left -= Math.floor(h);
        }
        // the others share the rest: each its least, and what is over in proportion to what it asks beyond it
        double leastSum = 0;
        double beyond = 0;
        for (Node o : others) {
            leastSum += base(o, w, free);
            beyond += Math.max(0, pref(o, w) - least(o, w, free));
        }
        for (Node o : others) {
            double base = base(o, w, free);
            double over = left - leastSum;
            double share = over <= 0 ? over * base / Math.max(1, leastSum)
                    : beyond > 0 ? over * Math.max(0, pref(o, w) - least(o, w, free)) / beyond : over / others.size();
            height[cards.indexOf(o)] = Math.floor(base + share);
        }
        double y = 0;
        for (int i = 0; i < cards.size(); i++) {
            Node c = cards.get(i);
            c.setVisible(true);
            c.resizeRelocate(0, Math.round(y), Math.floor(w), height[i]);
            y += height[i] + gap;
        }
    }
}
