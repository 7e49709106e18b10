package org.speclab.app.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

/**
 * Every piece of text a subtree shows and the size it is drawn at on screen: its font size times every scale
 * above it (a fitted card scales its view down). Text nodes (a Label draws through one) and text a
 * {@link DrawsText} view paints on its canvas; invisible and fully transparent subtrees are skipped, and so is
 * blank text. The layout tests hold every shown text to a floor with it.
 */
final class TypeSurvey {
    /** One shown text: where (the card it is in), what, and its size on screen in px. */
    record Shown(String where, String text, double px) {
        @Override public String toString() {
            String t = text.replace("\n", "⏎");
            return String.format("%.1f px %s \"%s\"", px, where, t.length() > 40 ? t.substring(0, 39) + "…" : t);
        }
    }

    private TypeSurvey() {}

    /** Every text shown under {@code root}, smallest first. */
    static List<Shown> under(Node root) {
        List<Shown> out = new ArrayList<>();
        walk(root, out);
        out.sort(Comparator.comparingDouble(Shown::px));
        return out;
    }

    /** The texts under {@code root} drawn below {@code floor} px. */
    static List<Shown> below(Node root, double floor) {
        return under(root).stream().filter(s -> s.px() < floor - 0.05).toList();
    }

    private static void walk(Node node, List<Shown> out) {
        if (!node.isVisible() || node.getOpacity() == 0) return;
        if (node instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            out.add(new Shown(card(node), t.getText(), t.getFont().getSize() * scale(node)));
        }
        if (node instanceof DrawsText d) {
            double s = scale(node);
            for (DrawsText.Drawn drawn : d.drawnText()) {
                if (!drawn.text().isBlank()) out.add(new Shown(card(node), drawn.text(), drawn.px() * s));
            }
        }
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) walk(child, out);
    }

    /** The vertical scale from this node's coordinates to the scene's. */
    static double scale(Node node) {
        Transform t = node.getLocalToSceneTransform();
        return Math.hypot(t.getMxy(), t.getMyy());
    }

    private static String card(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.getId() != null && at.getId().endsWith("-card")) return "#" + at.getId();
        }
        return n.getParent() == null ? "?" : n.getParent().getClass().getSimpleName();
    }
}
