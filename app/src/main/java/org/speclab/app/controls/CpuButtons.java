package org.speclab.app.controls;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.speclab.app.layout.Foldable;

/**
 * The step bar's row of CPU buttons. It scales down as one when the bar is narrow, but not below {@link #MIN_SCALE}:
 * before that, a CPU that cannot move says only its name (why it cannot — "done", "the run stopped at a violation" —
 * stays in its tooltip), so four stopped CPUs at a violation's end do not shrink every button to unreadable type.
 * Only when the CPUs that can move still do not fit (four previews on a 1024 px bar) does it go below that.
 */
final class CpuButtons extends HBox implements Foldable {
    /** The row's smallest scale: the lecturer's bar stays readable from the lectern. */
    static final double MIN_SCALE = 0.75;
    /** The fold level at which a blocked CPU's button shows its name only; the next also lowers the floor. */
    static final int NAMES_ONLY = 1, SMALLER = 2;
    private static final String FULL = "full-text", SHORT = "short-text";
    private int level;

    CpuButtons() {
        setId("cpu-buttons");
        getStyleClass().add("cpu-buttons");
    }

    /** Adds a button with its full text and the short one shown when folded (null: the same). */
    void add(Button b, String shortText) {
        b.getProperties().put(FULL, b.getText());
        b.getProperties().put(SHORT, shortText == null ? b.getText() : shortText);
        if (level >= NAMES_ONLY) b.setText(shortText == null ? b.getText() : shortText);
        getChildren().add(b);
    }

    @Override public double minScale() { return level >= SMALLER ? org.speclab.app.layout.FitPane.MIN_SCALE : MIN_SCALE; }

    @Override
    public boolean fold(int to) {
        if (to < 0 || to > SMALLER) return false;
        if (to == level) return true;
        level = to;
        for (Node n : getChildren()) {
            if (n instanceof Button b && b.getProperties().containsKey(FULL)) b.setText((String) b.getProperties().get(to >= NAMES_ONLY ? SHORT : FULL));
        }
        return true;
    }

    @Override public int foldLevel() { return level; }
}
