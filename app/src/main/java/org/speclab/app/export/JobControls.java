package org.speclab.app.export;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ProgressIndicator;

/**
 * A picture for a slide shows the lesson, not the window's jobs: progress bars and Cancel buttons are hidden
 * while a frame is taken, and shown again after.
 */
final class JobControls {
    private JobControls() {}

    /** Hides every progress bar and Cancel button under {@code root}; run the returned action to show them again. */
    static Runnable hide(Node root) {
        List<Node> hidden = new ArrayList<>();
        collect(root, hidden);
        hidden.forEach(n -> n.setVisible(false));
        return () -> hidden.forEach(n -> n.setVisible(true));
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.visibleProperty().isBound()) return;
        if (n instanceof ProgressIndicator || n instanceof ButtonBase b && isCancel(b)) {
            out.add(n);
            return;
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) collect(c, out);
    }

    private static boolean isCancel(ButtonBase b) {
        return "Cancel".equalsIgnoreCase(b.getText()) || b.getId() != null && b.getId().endsWith("cancel");
    }
}
