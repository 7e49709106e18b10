package org.speclab.app.vmatree;

import java.util.List;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.speclab.app.layout.Cuts;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;

/**
 * One range on the strip: "vma[i] gN" and what the lane does not already say — the state word off the tree, the
 * in-place-store warning (with a dashed mark where the VMA's own bound now is) in it. Its values (range, file,
 * pgoff, the stored bound) are the slot list's, and its tooltip's: the block stays small enough for large type. The state goes
 * beside the title when the block is wide enough, else under it, wrapped. Its place on the strip ({@link #x0},
 * {@link #x1} as fractions, {@link #lane} 0 = tree, 1 = not in tree) is animated by {@link AddressStrip}.
 */
final class BlockNode extends Region implements Cuts.Clips {
    final DoubleProperty x0 = new SimpleDoubleProperty();
    final DoubleProperty x1 = new SimpleDoubleProperty();
    final DoubleProperty lane = new SimpleDoubleProperty();
    /** Where the in-place-store mark is drawn (a strip fraction); it slides from the old bound to the new value. */
    private final DoubleProperty markAt = new SimpleDoubleProperty(Double.NaN);
    private Timeline markMotion;
    Timeline motion;
    boolean leaving;

    private final Label title = new Label();
    private final Label note = new Label();
    private final Line mark = new Line();
    private final Tooltip whole = new Tooltip();
    private VmaBlock model;

    BlockNode(VmaBlock b) {
        getStyleClass().add("vma-block");
        title.getStyleClass().add("vma-block-title");
        note.getStyleClass().add("vma-block-note");
        mark.getStyleClass().add("vma-stale-mark");
        mark.setManaged(false);
        note.setWrapText(true);
        title.setMinWidth(0);
        note.setMinWidth(0);
        // the mark goes behind the text
        getChildren().addAll(mark, title, note);
        setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        Tooltip.install(this, whole);
        markAt.addListener(o -> requestLayout());
        update(b);
    }

    VmaBlock model() { return model; }

    /** Its lines need more room than the lane gives: part of them would be cut off. */
    @Override
    public boolean clipsContent() {
        if (leaving || getHeight() <= 0 || getWidth() <= 0) return false;
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        return prefHeight(getWidth()) > getHeight() + 0.5 || textWidth(title.getText(), title) > room + 0.5
                || longestWord(note.getText(), note) > room + 0.5;
    }

    void update(VmaBlock b) {
        slideMark(model, b);
        model = b;
        setId("vma-block-" + b.key().replace('#', '-'));
        title.setId(getId() + "-title");
        note.setId(getId() + "-note");
        title.setText(b.title());
        String n = note(b);
        note.setText(n);
        note.setVisible(!n.isEmpty());
        String full = b.stale() ? "⚠ " + b.staleNote() : n;
        whole.setText(b.title() + (full.isEmpty() ? "" : "\n" + full) + "\n" + b.file() + " · " + b.pgoff() + "\n" + b.range());
        mark.setVisible(b.stale() && !Double.isNaN(b.staleMark()));
        getStyleClass().remove("vma-block-detached");
        if (b.lane() == VmaBlock.Lane.DETACHED) getStyleClass().add("vma-block-detached");
        pseudoClassStateChanged(Styles.CHANGED, b.changed());
        pseudoClassStateChanged(Styles.STALE, b.stale());
        pseudoClassStateChanged(Styles.FREE, b.status() == VmaStatus.FREE);
        pseudoClassStateChanged(Styles.RETURNED, b.status() == VmaStatus.RETURNED);
        note.pseudoClassStateChanged(Styles.STALE, b.stale());
        requestLayout();
    }

    /**
     * What the block says besides its title: its state off the tree, or that a bound was stored in place (the
     * dashed mark shows where; the slot list names the field and both values), else nothing.
     */
    static String note(VmaBlock b) {
        return b.stale() ? "⚠ in-place store" : b.lane() == VmaBlock.Lane.DETACHED ? b.status().word() : "";
    }

    /**
     * The width the block asks of its lane: its title and state on one line when {@code oneLine}, else the least
     * that shows every word whole (the state wraps under the title, at most about 12 em wide).
     */
    double wantedWidth(boolean oneLine) {
        double inner = oneLine ? oneLineWidth() : Math.max(textWidth(title.getText(), title),
                Math.max(longestWord(note.getText(), note), Math.min(textWidth(note.getText(), note), em() * 12)));
        return snappedLeftInset() + inner + snappedRightInset() + 1;
    }

    private double oneLineWidth() {
        double t = textWidth(title.getText(), title);
        return note.getText().isEmpty() ? t : t + gap() + textWidth(note.getText(), note);
    }

    private boolean fitsOnOneLine(double room) { return note.getText().isEmpty() || oneLineWidth() <= room + 0.5; }

    @Override public Orientation getContentBias() { return Orientation.HORIZONTAL; }

    @Override
    protected double computePrefWidth(double height) { return wantedWidth(true); }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double room = width < 0 ? oneLineWidth() : width - in.getLeft() - in.getRight();
        double titleH = title.prefHeight(-1);
        if (note.getText().isEmpty()) return in.getTop() + titleH + in.getBottom();
        if (fitsOnOneLine(room)) return in.getTop() + Math.max(titleH, note.prefHeight(-1)) + in.getBottom();
        return in.getTop() + titleH + note.prefHeight(Math.max(1, room)) + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double left = in.getLeft();
        double top = in.getTop();
        double room = Math.max(1, getWidth() - left - in.getRight());
        double titleW = Math.min(room, textWidth(title.getText(), title));
        double titleH = title.prefHeight(-1);
        title.resizeRelocate(left, top, titleW, titleH);
        if (!note.getText().isEmpty()) {
            if (fitsOnOneLine(room)) {
                // beside the title, on its baseline
                double nw = textWidth(note.getText(), note);
                double nh = note.prefHeight(-1);
                note.resizeRelocate(left + titleW + gap(), top + title.getBaselineOffset() - note.getBaselineOffset(), Math.min(nw, room - titleW - gap()), nh);
            } else {
                note.resizeRelocate(left, top + titleH, room, note.prefHeight(room));
            }
        }
        if (!mark.isVisible()) return;
        double span = model.x1() - model.x0();
        double x = span <= 0 ? 0 : (markAt.get() - model.x0()) / span * getWidth();
        mark.setStartX(x);
        mark.setEndX(x);
        mark.setStartY(0);
        mark.setEndY(getHeight());
    }

    private double gap() { return em() * 0.5; }

    private double em() { return title.getFont().getSize(); }

    private static double longestWord(String text, Label l) {
        double widest = 0;
        if (text == null) return 0;
        for (String word : text.split(" ")) widest = Math.max(widest, textWidth(word, l));
        return widest;
    }

    private static double textWidth(String s, Label l) {
        if (s == null || s.isEmpty()) return 0;
        // the label's own measure when it shows this text, so it is never cut to "…"
        if (s.equals(l.getText())) return Math.ceil(l.prefWidth(-1));
        Text probe = new Text(s);
        probe.setFont(l.getFont());
        return Math.ceil(probe.getLayoutBounds().getWidth()) + l.snappedLeftInset() + l.snappedRightInset();
    }

    private void slideMark(VmaBlock before, VmaBlock now) {
        if (markMotion != null) markMotion.stop();
        double target = now.staleMark();
        if (Double.isNaN(target) || Motion.instant()) {
            markAt.set(target);
            return;
        }
        double from = before != null && !Double.isNaN(before.staleMark()) ? before.staleMark()
                : Math.abs(target - now.x0()) < Math.abs(target - now.x1()) ? now.x0() : now.x1();
        markAt.set(from);
        markMotion = new Timeline(new KeyFrame(Motion.duration(), new KeyValue(markAt, target, Interpolator.EASE_BOTH)));
        markMotion.play();
    }

    /** For tests: the texts the block shows now. */
    List<String> shownTexts() {
        return getChildren().stream().filter(n -> n instanceof Label l && l.isVisible() && !l.getText().isEmpty()).map(n -> ((Label) n).getText()).toList();
    }
}
