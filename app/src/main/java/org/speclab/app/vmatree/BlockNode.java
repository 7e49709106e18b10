package org.speclab.app.vmatree;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
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
final class BlockNode extends VBox implements org.speclab.app.layout.Cuts.Clips {
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
    /** The file beside the title, for a wide block in a short lane. */
    private final Label fileInline = new Label();
    /** "⋯": this block left something out to fit; its tooltip has every line. */
    private final Label more = new Label("⋯");
    /** The state word beside the title, for a lane one line high. */
    private final Label noteInline = new Label();
    private final HBox head = new HBox(title, noteInline, fileInline, more);
    private final Label note = new Label();
    private final Line mark = new Line();
    private final Tooltip whole = new Tooltip();
    private VmaBlock model;

    BlockNode(VmaBlock b) {
        getStyleClass().add("vma-block");
        title.getStyleClass().add("vma-block-title");
        range.getStyleClass().addAll("vma-block-range", Styles.MONO);
        file.getStyleClass().add("vma-block-file");
        fileInline.getStyleClass().add("vma-block-file");
        more.getStyleClass().add("vma-block-more");
        head.getStyleClass().add("vma-block-head");
        head.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        note.getStyleClass().add("vma-block-note");
        mark.getStyleClass().add("vma-stale-mark");
        mark.setManaged(false);
        // The mark goes behind the text; most important lines first (the state, the file), the range last: it is
        // also in the slot list below, so a short lane leaves it out first (see layoutChildren)
        getChildren().addAll(mark, head, note, file, range);
        for (Label l : java.util.List.of(title, note, file, range)) {
            l.setMinHeight(Label.USE_PREF_SIZE);
            // a short VMA's block is narrow: its lines wrap at spaces instead of ending in "…"
            l.setWrapText(true);
            l.setMinWidth(0);
        }
        for (Label l : java.util.List.of(fileInline, more, noteInline)) l.setMinWidth(Label.USE_PREF_SIZE);
        noteInline.getStyleClass().add("vma-block-note");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, javafx.scene.layout.Priority.SOMETIMES);
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

    /** Its lines need more height than the lane gives: the last would be cut off. */
    @Override
    public boolean clipsContent() {
        return !leaving && getHeight() > 0 && prefHeight(getWidth()) > getHeight() + 0.5;
    }

    void update(VmaBlock b) {
        slideMark(model, b);
        model = b;
        setId("vma-block-" + b.key().replace('#', '-'));
        title.setId(getId() + "-title");
        note.setId(getId() + "-note");
        title.setText(b.title());
        range.setText(b.range());
        file.setText(fullFile(b));
        whole.setText(b.title() + (note(b).isEmpty() ? "" : "\n" + note(b)) + "\n" + fullFile(b) + "\n" + b.range());
        boolean offTree = b.lane() == VmaBlock.Lane.DETACHED;
        note.setText(note(b));
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
        noteInline.pseudoClassStateChanged(Styles.STALE, b.stale());
        requestLayout();
    }

    /**
     * The width the block asks of the strip: never less than its widest word (the range breaks after its dash),
     * and room for its head and state word on a line each (up to 14 em), or on one line in a lane about one line
     * high (up to 28 em), so a small VMA's block says what it is.
     */
    double wantedWidth(boolean oneLine) {
        double widest = 0;
        for (Label l : java.util.List.of(title, note, file)) {
            String text = l == file ? model.file() : l.getText();
            if (text == null || text.isBlank()) continue;
            for (String word : text.split(" ")) widest = Math.max(widest, textWidth(word, l));
        }
        for (String part : model.range().replace("–", "–\n").split("\n")) widest = Math.max(widest, textWidth(part, range));
        // two lines, when the lane can spare it: the head (title, file, "⋯") and the state word each on one
        double lines = Math.max(headWidth(model.file(), true), note(model).isEmpty() ? 0 : textWidth(note(model), note));
        // a lane about one line high: room for the state word beside the title as well
        if (oneLine && !note(model).isEmpty()) return snappedLeftInset() + Math.min(oneLineWidth(model.file()), em() * 28) + snappedRightInset() + 1;
        return snappedLeftInset() + Math.max(widest, Math.min(lines, em() * 14)) + snappedRightInset() + 1;
    }

    private static String fullFile(VmaBlock b) { return b.file() + " · " + b.pgoff(); }

    private static String note(VmaBlock b) {
        return b.stale() ? "⚠ " + b.staleNote() : b.lane() == VmaBlock.Lane.DETACHED ? b.status().word() : "";
    }

    /**
     * Fits the block's lines to its lane, most room-hungry form first: every line stacked; the file beside the
     * title; then without the range (a "⋯" says so, the tooltip has it); then the file without its pgoff. The
     * state word and the file stay; if even that does not fit, {@link #clipsContent()} says so and the card
     * scales the view down.
     */
    private void fit(double width, double height) {
        String fullFile = fullFile(model);
        if (width <= 0 || height <= 0) {
            show(false, true, fullFile, false);
            return;
        }
        String shortFile = model.file();
        boolean inlineFits = headWidth(fullFile, false) <= width;
        // the forms that leave the range out also show "⋯" in the head
        boolean inlineFitsMore = headWidth(fullFile, true) <= width;
        boolean shortInlineFits = headWidth(shortFile, true) <= width;
        boolean oneLineFull = !note(model).isEmpty() && oneLineWidth(fullFile) <= width;
        boolean oneLine = !note(model).isEmpty() && oneLineWidth(shortFile) <= width;
        Object[][] forms = {
                {false, true, fullFile, false},
                {inlineFits, true, fullFile, false},
                {inlineFitsMore, false, fullFile, false},
                {shortInlineFits, false, shortFile, false},
                {inlineFitsMore, false, fullFile, oneLineFull},
                {shortInlineFits, false, shortFile, oneLine},
        };
        for (Object[] f : forms) {
            show((boolean) f[0], (boolean) f[1], (String) f[2], (boolean) f[3]);
            if (prefHeight(width + snappedLeftInset() + snappedRightInset()) <= height + 0.5) return;
        }
    }

    private void show(boolean inline, boolean withRange, String fileText, boolean noteInHead) {
        noteInline.setText(note.getText());
        noteInline.setVisible(noteInHead);
        noteInline.setManaged(noteInHead);
        boolean noteBelow = !noteInHead && !note.getText().isEmpty();
        note.setVisible(noteBelow);
        note.setManaged(noteBelow);
        // beside the file the title keeps its one line (it is short); alone in a narrow block it may wrap
        title.setWrapText(!inline);
        fileInline.setText(fileText);
        fileInline.setVisible(inline);
        fileInline.setManaged(inline);
        file.setText(fileText);
        file.setVisible(!inline);
        file.setManaged(!inline);
        range.setVisible(withRange);
        range.setManaged(withRange);
        boolean dropped = !withRange || !fileText.equals(fullFile(model));
        more.setVisible(dropped);
        more.setManaged(dropped);
    }

    /** Title, state word, file and "⋯" on one line. */
    private double oneLineWidth(String fileText) { return headWidth(fileText, true) + em() * 0.5 + 1 + textWidth(note(model), note); }

    /** Title, file and (if {@code more}) "⋯" on one line, with the head's gaps. */
    private double headWidth(String fileText, boolean more) {
        double gap = em() * 0.5 + 1;
        return textWidth(title) + gap + textWidth(fileText, fileInline) + (more ? gap + textWidth(this.more) : 0);
    }

    private double em() { return title.getFont().getSize() / 1.1; }

    private static double textWidth(Label l) { return textWidth(l.getText(), l); }

    private static double textWidth(String s, Label l) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(s);
        probe.setFont(l.getFont());
        return probe.getLayoutBounds().getWidth() + l.snappedLeftInset() + l.snappedRightInset();
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
        fit(room, getHeight() - snappedTopInset() - snappedBottomInset());
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
