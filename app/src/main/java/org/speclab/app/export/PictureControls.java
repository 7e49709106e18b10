package org.speclab.app.export;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.shape.Rectangle;

/**
 * A picture for a slide shows the lesson, not the window's controls: while a frame is taken the header's buttons
 * and picker, the step bar's commands, sliders and the timeline scrubber, and every progress bar and Cancel button
 * are not drawn (their space stays, so the picture is laid out as the window), then shown again. What
 * carries the lesson stays: the title, the cards, each CPU's next step and the status line.
 */
final class PictureControls {
    private PictureControls() {}

    /**
     * Hides the controls under {@code root}; run the returned action to show them again. An empty clip hides a
     * control without touching its visibility (some are bound) or opacity (CSS dims a disabled one).
     */
    static Runnable hide(Node root) {
        List<Node> hidden = new ArrayList<>();
        collect(root, hidden, false);
        List<Node> clips = new ArrayList<>();
        for (Node n : hidden) {
            clips.add(n.getClip());
            n.setClip(new Rectangle(0, 0));
        }
        return () -> {
            for (int i = 0; i < hidden.size(); i++) hidden.get(i).setClip(clips.get(i));
        };
    }

    /** {@code chrome}: under the header or the step bar, where every control is a command, not lesson content. */
    private static void collect(Node n, List<Node> out, boolean chrome) {
        if (!n.isVisible()) return;
        if ("cpu-buttons".equals(n.getId())) return; // each CPU's next step is part of the lesson's picture
        boolean inChrome = chrome || "shell-header-row".equals(n.getId()) || "step-bar".equals(n.getId());
        if (n instanceof ProgressIndicator || n instanceof ButtonBase b && isCancel(b)
                || inChrome && (n instanceof ButtonBase || n instanceof ComboBoxBase<?> || n instanceof Slider)) {
            out.add(n);
            return;
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) collect(c, out, inChrome);
    }

    private static boolean isCancel(ButtonBase b) {
        return "Cancel".equalsIgnoreCase(b.getText()) || b.getId() != null && b.getId().endsWith("cancel");
    }
}
