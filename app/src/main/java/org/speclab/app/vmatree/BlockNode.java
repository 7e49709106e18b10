package org.speclab.app.vmatree;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;

/**
 * One range on the strip: "vma[i] gN", its range, file and pgoff, and either its status word (off the tree) or the
 * in-place-store note with a dashed mark where the VMA's own bound now is. Its place on the strip ({@link #x0},
 * {@link #x1} as fractions, {@link #lane} 0 = tree, 1 = not in tree) is animated by {@link AddressStrip}.
 */
final class BlockNode extends VBox {
    final DoubleProperty x0 = new SimpleDoubleProperty();
    final DoubleProperty x1 = new SimpleDoubleProperty();
    final DoubleProperty lane = new SimpleDoubleProperty();
    /** Where the in-place-store mark is drawn (a strip fraction); it slides from the old bound to the new value. */
    private final DoubleProperty markAt = new SimpleDoubleProperty(Double.NaN);
    private Timeline markMotion;
    Timeline motion;
    boolean leaving;

    private final Label title = new Label();
    private final Label range = new Label();
    private final Label file = new Label();
    private final Label note = new Label();
    private final Line mark = new Line();
    private VmaBlock model;

    BlockNode(VmaBlock b) {
        getStyleClass().add("vma-block");
        title.getStyleClass().add("vma-block-title");
        range.getStyleClass().addAll("vma-block-range", Styles.MONO);
        file.getStyleClass().add("vma-block-file");
        note.getStyleClass().add("vma-block-note");
        mark.getStyleClass().add("vma-stale-mark");
        mark.setManaged(false);
        // The mark goes behind the text; most important lines first, as a short lane clips the last ones.
        getChildren().addAll(mark, title, note, file, range);
        // lines keep their height: a short lane clips the last ones whole instead of squeezing them to "…"
        for (Label l : java.util.List.of(title, note, file, range)) {
            l.setMinHeight(Label.USE_PREF_SIZE);
            // a short VMA's block is narrow: its lines wrap at spaces instead of ending in "…"
            l.setWrapText(true);
            l.setMinWidth(0);
        }
        setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        markAt.addListener(o -> requestLayout());
        update(b);
    }

    VmaBlock model() { return model; }

    void update(VmaBlock b) {
        slideMark(model, b);
        model = b;
        setId("vma-block-" + b.key().replace('#', '-'));
        title.setId(getId() + "-title");
        note.setId(getId() + "-note");
        title.setText(b.title());
        range.setText(b.range());
        file.setText(b.file() + " · " + b.pgoff());
        boolean offTree = b.lane() == VmaBlock.Lane.DETACHED;
        note.setText(b.stale() ? "⚠ " + b.staleNote() : offTree ? b.status().word() : "");
        note.setVisible(b.stale() || offTree);
        note.setManaged(note.isVisible());
        mark.setVisible(b.stale() && !Double.isNaN(b.staleMark()));
        getStyleClass().remove("vma-block-detached");
        if (offTree) getStyleClass().add("vma-block-detached");
        pseudoClassStateChanged(Styles.CHANGED, b.changed());
        pseudoClassStateChanged(Styles.STALE, b.stale());
        pseudoClassStateChanged(Styles.FREE, b.status() == VmaStatus.FREE);
        pseudoClassStateChanged(Styles.RETURNED, b.status() == VmaStatus.RETURNED);
        note.pseudoClassStateChanged(Styles.STALE, b.stale());
        requestLayout();
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

    /** The dashed mark sits where the VMA's own vm_start (or vm_end) is now, inside the tree's old range. */
    @Override
    protected void layoutChildren() {
        // the range breaks after its dash when the block is narrower than it
        String whole = model.range();
        javafx.scene.text.Text probe = new javafx.scene.text.Text(whole);
        probe.setFont(range.getFont());
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        String shown = probe.getLayoutBounds().getWidth() > room ? whole.replace("–", "–\n") : whole;
        if (!shown.equals(range.getText())) range.setText(shown);
        super.layoutChildren();
        if (!mark.isVisible()) return;
        double span = model.x1() - model.x0();
        double x = span <= 0 ? 0 : (markAt.get() - model.x0()) / span * getWidth();
        mark.setStartX(x);
        mark.setEndX(x);
        mark.setStartY(0);
        mark.setEndY(getHeight());
    }
}
