package org.speclab.app.slab;

import javafx.animation.FadeTransition;
import javafx.animation.ScaleTransition;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;

/**
 * One used slot: reader tags ("cpu0 →") left of the slot, or above it when the card is narrow (a laptop, projector
 * mode); the slot with its number, generation, state word, the file it holds (or, when RETURNED, a hatched "not a
 * struct file"), the ghost of its previous identity and one caption per reader pointer. Kept across frames so
 * changes can animate.
 */
final class SlotBox extends Region {
    /** Below this width (in em) the tags go above the slot rather than beside it. */
    private static final double SIDE_BY_SIDE_EM = 22;
    /** The tag column's width (in em) beside the slot, kept even when empty so the slot does not shift. */
    private static final double TAG_COLUMN_EM = 6.6;

    private final String stem;
    private final FlowPane tags = new FlowPane();
    private final VBox box = new VBox();
    private final Label gen = new Label();
    private final Label state = new Label();
    private final Label name = new Label();
    private final Label count = new Label();
    private final Label notAFile = new Label("not a struct file: the memory went back to the page allocator");
    private final Label ghost = new Label();
    private final VBox captions = new VBox();
    private SlotModel shown;
    private FadeTransition ghostFade;

    SlotBox(SlotModel m) {
        stem = "slot-" + m.id();
        setId(stem + "-row");
        getStyleClass().add("slot-row");
        tags.getStyleClass().add("slot-tags");
        box.setId(stem);
        box.getStyleClass().add("slot-box");
        Label label = new Label(m.label());
        label.setId(stem + "-label");
        label.getStyleClass().addAll("slot-label", Styles.MONO);
        gen.setId(stem + "-gen");
        gen.getStyleClass().addAll("slot-gen", Styles.MONO);
        state.setId(stem + "-state");
        state.getStyleClass().add("slot-state");
        // one line (slot, generation, state, count, the file it holds) in a wide card; narrow cards (a 1366-wide
        // laptop) wrap them, the slot and its generation first, never a truncated line
        HBox head = new HBox(label, gen);
        head.setAlignment(Pos.BASELINE_LEFT);
        head.getStyleClass().add("slot-head");
        HBox life = new HBox(state, count);
        life.setAlignment(Pos.BASELINE_LEFT);
        life.getStyleClass().add("slot-head");
        head.setMinWidth(Region.USE_PREF_SIZE);
        life.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane top = new FlowPane(head, life, name);
        top.getStyleClass().add("slot-top");
        top.setAlignment(Pos.BASELINE_LEFT);
        top.setPrefWrapLength(10);
        for (Label l : new Label[] {label, gen, state, count}) l.setMinWidth(Region.USE_PREF_SIZE);
        name.setId(stem + "-name");
        name.getStyleClass().add("slot-field");
        name.setMinWidth(Region.USE_PREF_SIZE);   // "f2 → inode libbar": short, whole on its line
        count.setId(stem + "-count");
        count.getStyleClass().addAll("slot-field", Styles.MONO);
        notAFile.setId(stem + "-returned");
        notAFile.getStyleClass().add("slot-not-a-file");
        notAFile.setWrapText(true);
        ghost.setId(stem + "-ghost");
        ghost.getStyleClass().add("slot-ghost");
        ghost.setWrapText(true);
        captions.getStyleClass().add("slot-captions");
        box.getChildren().addAll(top, notAFile, ghost, captions);
        box.setMinWidth(0);
        getChildren().addAll(tags, box);
        update(m);
    }

    private double em() { return name.getFont().getSize(); }

    private boolean sideBySide(double width) { return width >= SIDE_BY_SIDE_EM * em(); }

    private double column() {
        double w = TAG_COLUMN_EM * em();
        for (Node t : tags.getChildren()) w = Math.max(w, t.prefWidth(-1));
        return w;
    }

    private double gap() { return em() * 0.4; }

    /** Its height depends on its width (wrapped captions, tags above or beside). */
    @Override
    public Orientation getContentBias() { return Orientation.HORIZONTAL; }

    @Override
    protected double computePrefWidth(double height) { return column() + gap() + box.prefWidth(-1); }

    @Override
    protected double computeMinWidth(double height) { return 0; }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0 || sideBySide(width)) {
            double boxWidth = width < 0 ? -1 : width - column() - gap();
            return Math.max(tags.prefHeight(column()), box.prefHeight(boxWidth));
        }
        double tagsHeight = tags.getChildren().isEmpty() ? 0 : tags.prefHeight(width) + gap();
        return tagsHeight + box.prefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) { return computePrefHeight(width); }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        if (sideBySide(w)) {
            double c = column();
            tags.resizeRelocate(0, em() * 0.4, c, tags.prefHeight(c));
            box.resizeRelocate(c + gap(), 0, w - c - gap(), box.prefHeight(w - c - gap()));
        } else {
            double th = tags.getChildren().isEmpty() ? 0 : tags.prefHeight(w);
            tags.resizeRelocate(0, 0, w, th);
            double top = th == 0 ? 0 : th + gap();
            box.resizeRelocate(0, top, w, box.prefHeight(w));
        }
    }

    void update(SlotModel m) {
        SlotModel before = shown;
        shown = m;
        boolean returned = m.life() == SlotLife.RETURNED;
        gen.setText("gen " + m.gen());
        state.setText(m.life().word());
        name.setText(m.name() + " → inode " + m.inode());
        count.setText("f_count " + m.count());
        show(name, !returned);
        show(count, !returned);
        show(notAFile, returned);
        box.pseudoClassStateChanged(Styles.FREE, m.life() == SlotLife.FREE);
        box.pseudoClassStateChanged(Styles.RETURNED, returned);
        box.pseudoClassStateChanged(Styles.CHANGED, m.changed("gen") || m.changed("state"));
        state.pseudoClassStateChanged(Styles.CHANGED, m.changed("state"));
        gen.pseudoClassStateChanged(Styles.CHANGED, m.changed("gen"));
        name.pseudoClassStateChanged(Styles.CHANGED, m.changed("name") || m.changed("f_inode"));
        count.pseudoClassStateChanged(Styles.CHANGED, m.changed("f_count"));
        ghost(m.ghost());
        pointers(m);
        if (before != null && before.gen() != m.gen()) pulse(gen);
    }

    private void ghost(SlotModel.Ghost g) {
        if (ghostFade != null) ghostFade.stop();
        show(ghost, g != null);
        if (g == null) return;
        ghost.setText(g.text());
        // A fresh reuse starts as bright as the new identity, then fades to a memory of it.
        if (g.fresh() && !Motion.instant()) {
            ghostFade = new FadeTransition(Motion.duration().multiply(1.4), ghost);
            ghostFade.setFromValue(1);
            ghostFade.setToValue(0.6);
            ghostFade.play();
        } else {
            ghost.setOpacity(0.6);
        }
    }

    private void pointers(SlotModel m) {
        tags.getChildren().clear();
        captions.getChildren().clear();
        for (FilePointer p : m.pointers()) {
            ThreadTag tag = new ThreadTag("pointer-" + p.threadName(), p.threadName(), p.thread(), Styles.READER, " →");
            mark(tag, p.state());
            tags.getChildren().add(tag);
            if (p.state() == PointerState.OK) continue;
            Label caption = new Label((p.state().violation() ? "✖ " : "⚠ ") + p.threadName() + ": " + p.caption());
            caption.setId("pointer-" + p.threadName() + "-caption");
            caption.getStyleClass().add("pointer-caption");
            caption.setWrapText(true);
            mark(caption, p.state());
            captions.getChildren().add(caption);
        }
        box.pseudoClassStateChanged(Styles.STALE, m.pointers().stream().anyMatch(p -> p.state().stale()));
        box.pseudoClassStateChanged(Styles.VIOLATION, m.pointers().stream().anyMatch(p -> p.state().violation()));
    }

    private static void mark(Node n, PointerState s) {
        n.pseudoClassStateChanged(Styles.STALE, s.stale());
        n.pseudoClassStateChanged(Styles.VIOLATION, s.violation());
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private static void pulse(Node n) {
        if (Motion.instant()) return;
        ScaleTransition s = new ScaleTransition(Motion.duration(), n);
        s.setFromX(1.35);
        s.setFromY(1.35);
        s.setToX(1);
        s.setToY(1);
        s.play();
    }
}
