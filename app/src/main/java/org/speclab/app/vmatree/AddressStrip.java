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
 * The address strip: reader tags on top (above their breakpoint), the tree's ranges in the first lane, VMAs that
 * no lookup can find (unlinked, or not inserted yet) in the second, the lanes' names in a gutter on the left.
 * Everything is placed in fractions of the width, so the strip scales with its card; blocks ease toward their
 * new place when the tree changes.
 */
final class AddressStrip extends Region {
    private static final double MIN_LANE_EM = 2.4;

    private final Region treeLane = new Region();
    private final Region offLane = new Region();
    private final Label treeLabel = new Label("mm_mt");
    private final Label offLabel = new Label("not in\ntree");
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
        treeLabel.getStyleClass().add("vma-lane-label");
        offLabel.getStyleClass().add("vma-lane-label");
        getChildren().addAll(treeLane, offLane, treeLabel, offLabel);
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
        List<Node> order = new ArrayList<>(List.of(treeLane, offLane, treeLabel, offLabel));
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

    private double em() { return treeLabel.getFont().getSize() / 0.8; }

    private double tagRow() {
        double h = em() * 1.7;
        for (PointerArrow a : arrows.values()) h = Math.max(h, a.tagHeight());
        return h;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + tagRow() + em() * 1.2 + 2 * em() * 4.6 + em() * 0.6 + in.getBottom();
    }

    /** Room for the tags and two lanes that each show a block's name and its status or note. */
    @Override
    protected double computeMinWidth(double height) { return 0; }

    @Override
    protected double computeMinHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + tagRow() + em() * (1.2 + 2 * MIN_LANE_EM + 0.6) + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double em = em();
        treeLabel.autosize();
        offLabel.autosize();
        double gutter = Math.max(treeLabel.getWidth(), offLabel.getWidth()) + em * 0.5;
        double left = in.getLeft() + gutter;
        double w = Math.max(1, getWidth() - left - in.getRight());
        double top = in.getTop();
        double lane0 = top + tagRow() + em * 1.2;
        double gap = em * 0.6;
        double laneH = Math.max(em * MIN_LANE_EM, (getHeight() - in.getBottom() - lane0 - gap) / 2);
        treeLane.resizeRelocate(left, lane0, w, laneH);
        offLane.resizeRelocate(left, lane0 + laneH + gap, w, laneH);
        treeLabel.relocate(in.getLeft(), lane0 + (laneH - treeLabel.getHeight()) / 2);
        offLabel.relocate(in.getLeft(), lane0 + laneH + gap + (laneH - offLabel.getHeight()) / 2);
        List<BlockNode> all = new ArrayList<>(leaving);
        all.addAll(blocks.values());
        Map<BlockNode, double[]> spans = BlockSpans.widen(all, w, laneH < em * 3.2);
        for (BlockNode n : all) {
            double[] span = spans.get(n);
            n.resizeRelocate(left + span[0], lane0 + n.lane.get() * (laneH + gap), Math.max(3, span[1] - span[0]), laneH);
        }
        placeArrows(left, w, top);
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
            double toY = top + a.tagHeight() + em();
            if (target != null) {
                toX = Math.min(Math.max(x, target.getLayoutX() + 6), target.getLayoutX() + target.getWidth() - 6);
                toY = target.getLayoutY();
            }
            a.place(x, top, toX, toY);
        }
    }
}
