package org.speclab.app.vmatree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.speclab.app.theme.Motion;

/**
 * The address strip: reader tags on top (above their breakpoint, only while a reader points into the strip), the
 * tree's ranges in the first lane, VMAs that no lookup can find (unlinked, or not inserted yet) in the second, the
 * lanes' names in a gutter on the left. Each lane is as tall as its blocks' lines (an empty tree is one line that
 * says so), so the strip leaves the card's room to the type. Everything is placed in fractions of the width, so
 * the strip scales with its card; blocks ease toward their new place when the tree changes.
 */
final class AddressStrip extends Region {
    private final Region treeLane = new Region();
    private final Region offLane = new Region();
    private final Label treeLabel = new Label("mm_mt");
    private final Label offLabel = new Label("not in tree");
    /** Said in the tree lane when the tree maps nothing (a munmap took the last range). */
    private final Label emptyLabel = new Label("empty");
    private final Map<String, BlockNode> blocks = new LinkedHashMap<>();
    private final List<BlockNode> leaving = new ArrayList<>();
    private final Map<String, PointerArrow> arrows = new LinkedHashMap<>();
    private final InvalidationListener relayout = o -> requestLayout();

    AddressStrip() {
        setId("vma-strip");
        getStyleClass().add("vma-strip");
        treeLane.getStyleClass().addAll("vma-lane", "vma-lane-tree");
        offLane.getStyleClass().addAll("vma-lane", "vma-lane-off");
        treeLabel.setId("vma-lane-tree-label");
        offLabel.setId("vma-lane-off-label");
        emptyLabel.setId("vma-lane-tree-empty");
        treeLabel.getStyleClass().add("vma-lane-label");
        offLabel.getStyleClass().add("vma-lane-label");
        emptyLabel.getStyleClass().addAll("vma-lane-label", "vma-lane-empty");
        emptyLabel.setVisible(false);
        getChildren().addAll(treeLane, offLane, treeLabel, offLabel, emptyLabel);
    }

    void show(VmaScene scene) {
        Set<String> keys = new HashSet<>();
        for (VmaBlock b : scene.blocks()) {
            keys.add(b.key());
            BlockNode n = blocks.get(b.key());
            boolean fresh = n == null;
            if (fresh) {
                n = new BlockNode(b);
                n.x0.addListener(relayout);
                n.x1.addListener(relayout);
                n.lane.addListener(relayout);
                blocks.put(b.key(), n);
            } else {
                n.update(b);
            }
            move(n, b, fresh);
        }
        for (var it = blocks.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (keys.contains(e.getKey())) continue;
            it.remove();
            leave(e.getValue());
        }
        Set<String> threads = new HashSet<>();
        for (VmaPointer p : scene.pointers()) {
            threads.add(p.threadName());
            PointerArrow a = arrows.get(p.threadName());
            if (a == null) {
                a = new PointerArrow(p);
                arrows.put(p.threadName(), a);
                appear(a);
            } else {
                a.update(p);
            }
        }
        arrows.keySet().retainAll(threads);
        emptyLabel.setVisible(scene.blocks().stream().noneMatch(b -> b.lane() == VmaBlock.Lane.TREE));
        List<Node> order = new ArrayList<>(List.of(treeLane, offLane, treeLabel, offLabel, emptyLabel));
        order.addAll(leaving);
        order.addAll(blocks.values());
        order.addAll(arrows.values());
        getChildren().setAll(order);
        requestLayout();
    }

    /** Eases a block to its target place; a new one fades in sliding from just above its lane. */
    private void move(BlockNode n, VmaBlock b, boolean fresh) {
        double lane = b.lane() == VmaBlock.Lane.TREE ? 0 : 1;
        if (n.motion != null) n.motion.stop();
        if (Motion.instant()) {
            n.x0.set(b.x0());
            n.x1.set(b.x1());
            n.lane.set(lane);
            n.setOpacity(1);
            return;
        }
        if (fresh) {
            n.x0.set(b.x0());
            n.x1.set(b.x1());
            n.lane.set(lane - 0.3);
            n.setOpacity(0);
        }
        n.motion = new Timeline(new KeyFrame(Motion.duration(),
                new KeyValue(n.x0, b.x0(), Interpolator.EASE_BOTH),
                new KeyValue(n.x1, b.x1(), Interpolator.EASE_BOTH),
                new KeyValue(n.lane, lane, Interpolator.EASE_BOTH),
                new KeyValue(n.opacityProperty(), 1, Interpolator.EASE_BOTH)));
        n.motion.play();
    }

    private static void appear(Node n) {
        if (Motion.instant()) return;
        FadeTransition f = new FadeTransition(Motion.duration(), n);
        f.setFromValue(0);
        f.setToValue(1);
        f.play();
    }

    /** A block that left the picture (its slot was freed) fades out where it was. */
    private void leave(BlockNode n) {
        if (n.motion != null) n.motion.stop();
        if (Motion.instant()) return;
        n.leaving = true;
        leaving.add(n);
        n.motion = new Timeline(new KeyFrame(Motion.duration(),
                new KeyValue(n.opacityProperty(), 0, Interpolator.EASE_BOTH),
                new KeyValue(n.lane, n.lane.get() + 0.3, Interpolator.EASE_BOTH)));
        n.motion.setOnFinished(e -> {
            leaving.remove(n);
            getChildren().remove(n);
        });
        n.motion.play();
    }

    /** The lane labels' type size: the strip's unit of length. */
    private double unit() { return treeLabel.getFont().getSize(); }

    /** The tags and their arrows' room above the lanes: none while no reader points into the strip. */
    private double tagRow() {
        if (arrows.isEmpty()) return 0;
        double h = 0;
        for (PointerArrow a : arrows.values()) h = Math.max(h, a.tagHeight());
        return h + unit() * 0.5;
    }

    /** Where the strip's parts go for a width: the gutter, each block's span and each lane's height. */
    private record Geometry(double left, double width, Map<BlockNode, double[]> spans, double[] laneMin, double[] lanePref) {}

    private Geometry geometry(double width) {
        Insets in = getInsets();
        double gutter = Math.max(textWidth(treeLabel), textWidth(offLabel)) + unit() * 0.5;
        double left = in.getLeft() + gutter;
        double w = Math.max(1, width - left - in.getRight());
        List<BlockNode> all = new ArrayList<>(leaving);
        all.addAll(blocks.values());
        Map<BlockNode, double[]> spans = BlockSpans.widen(all, w);
        // an empty lane is one line of its label; a lane with blocks as tall as its tallest block's lines
        double line = Math.max(treeLabel.prefHeight(-1), emptyLabel.prefHeight(-1)) + unit() * 0.3;
        double[] min = {line, line};
        for (BlockNode n : all) {
            int lane = (int) Math.max(0, Math.min(1, Math.round(n.lane.get())));
            double[] s = spans.get(n);
            min[lane] = Math.max(min[lane], n.prefHeight(Math.max(1, s[1] - s[0])));
        }
        // with room to spare a lane holding blocks grows to about two lines, so a block reads as a bar
        double[] pref = new double[2];
        for (int i = 0; i < 2; i++) pref[i] = min[i] > line + 0.5 ? Math.max(min[i], unit() * 2.6) : min[i];
        return new Geometry(left, w, spans, min, pref);
    }

    private static double textWidth(Label l) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(l.getText());
        probe.setFont(l.getFont());
        return Math.ceil(probe.getLayoutBounds().getWidth()) + l.snappedLeftInset() + l.snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        Geometry g = geometry(width < 0 ? 600 : width);
        return height(g.lanePref());
    }

    /** Blocks too narrow for their words say they clip; the card then scales the view down. */
    @Override
    protected double computeMinWidth(double height) { return 0; }

    @Override
    protected double computeMinHeight(double width) {
        Geometry g = geometry(width < 0 ? 600 : width);
        return height(g.laneMin());
    }

    private double height(double[] lanes) {
        Insets in = getInsets();
        return in.getTop() + tagRow() + lanes[0] + laneGap() + lanes[1] + in.getBottom();
    }

    private double laneGap() { return unit() * 0.3; }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        Geometry g = geometry(getWidth());
        treeLabel.autosize();
        offLabel.autosize();
        double top = in.getTop();
        double lane0 = top + tagRow();
        // lanes between their least and their preferred height, as the room allows
        double spare = Math.max(0, getHeight() - height(g.laneMin()));
        double[] h = new double[2];
        double want = (g.lanePref()[0] - g.laneMin()[0]) + (g.lanePref()[1] - g.laneMin()[1]);
        double share = want <= 0 ? 0 : Math.min(1, spare / want);
        for (int i = 0; i < 2; i++) h[i] = g.laneMin()[i] + (g.lanePref()[i] - g.laneMin()[i]) * share;
        double lane1 = lane0 + h[0] + laneGap();
        treeLane.resizeRelocate(g.left(), lane0, g.width(), h[0]);
        offLane.resizeRelocate(g.left(), lane1, g.width(), h[1]);
        treeLabel.relocate(in.getLeft(), lane0 + (h[0] - treeLabel.getHeight()) / 2);
        offLabel.relocate(in.getLeft(), lane1 + (h[1] - offLabel.getHeight()) / 2);
        emptyLabel.autosize();
        emptyLabel.relocate(g.left() + unit() * 0.5, lane0 + (h[0] - emptyLabel.getHeight()) / 2);
        List<BlockNode> all = new ArrayList<>(leaving);
        all.addAll(blocks.values());
        for (BlockNode n : all) {
            double[] span = g.spans().get(n);
            double at = n.lane.get();
            double y = lane0 + at * (lane1 - lane0);
            double bh = h[0] + Math.max(0, Math.min(1, at)) * (h[1] - h[0]);
            n.resizeRelocate(g.left() + span[0], y, Math.max(3, span[1] - span[0]), bh);
        }
        placeArrows(g.left(), g.width(), top);
    }

    /** The breakpoint's x: at the same place inside its block as in the VMA's range (a block may be widened). */
    private double onStrip(PointerArrow a, double left, double w) {
        double x = a.model().x();
        BlockNode target = blocks.get(a.model().targetKey());
        if (target == null || target.getWidth() <= 0) return left + x * w;
        double span = target.x1.get() - target.x0.get();
        double at = span <= 0 ? 0.5 : Math.max(0, Math.min(1, (x - target.x0.get()) / span));
        return target.getLayoutX() + at * target.getWidth();
    }

    /** Tags sit above their breakpoint; two readers at the same address stand side by side. */
    private void placeArrows(double left, double w, double top) {
        List<PointerArrow> sorted = new ArrayList<>(arrows.values());
        sorted.sort(Comparator.comparingDouble(a -> a.model().x()));
        double nextFree = Double.NEGATIVE_INFINITY;
        for (PointerArrow a : sorted) {
            double tw = a.tagWidth();
            double x = Math.max(onStrip(a, left, w), nextFree + tw / 2 + 6);
            x = Math.min(Math.max(x, left + tw / 2), left + w - tw / 2);
            nextFree = x + tw / 2;
            BlockNode target = blocks.get(a.model().targetKey());
            double toX = x;
            double toY = top + a.tagHeight() + unit();
            if (target != null) {
                toX = Math.min(Math.max(x, target.getLayoutX() + 6), target.getLayoutX() + target.getWidth() - 6);
                toY = target.getLayoutY();
            }
            a.place(x, top, toX, toY);
        }
    }
}
