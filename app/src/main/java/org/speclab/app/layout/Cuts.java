package org.speclab.app.layout;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;

/**
 * What a layout cut off: a {@link Labeled} whose skin shows less than its text (JavaFX's ellipsis), a visible
 * {@link ScrollBar} (content taller or wider than its box), or a {@link FitPane} whose content did not fit even at its
 * smallest scale (it is clipped). {@link FitPane} shrinks until there are none, and the
 * layout tests assert there are none. Call after CSS and layout, when the skins have set their displayed text.
 */
public final class Cuts {
    private Cuts() {}

    /**
     * A view that lays out its own lines and may have to leave some out (a short block): it says when it still
     * clips something, so {@link FitPane} gives it more room and the layout tests see it.
     */
    public interface Clips {
        /** True when part of what this node shows lies outside it. */
        boolean clipsContent();
    }

    /** A node that lost part of what it shows, and how. */
    public record Cut(Node node, String what) {
        @Override public String toString() { return what + " " + describe(node); }
    }

    /** Every cut under {@code root} among the nodes that are showing (invisible subtrees are skipped). */
    public static List<Cut> under(Node root) {
        List<Cut> out = new ArrayList<>();
        walk(root, out, false);
        return out;
    }

    /** Whether anything under {@code root} is cut; stops at the first. */
    public static boolean any(Node root) { return walk(root, null, true); }

    private static boolean walk(Node node, List<Cut> out, boolean first) {
        if (!node.isVisible()) return false;
        Cut cut = cut(node);
        if (cut != null) {
            if (first) return true;
            out.add(cut);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (walk(child, out, first)) return true;
            }
        }
        return false;
    }

    private static Cut cut(Node node) {
        if (node instanceof ScrollBar bar && bar.getWidth() > 0 && bar.getHeight() > 0) {
            return new Cut(node, "scrollbar");
        }
        if (node instanceof Labeled l && truncated(l)) return new Cut(node, "truncated");
        if (node instanceof FitPane f && !f.whole()) return new Cut(node, "clipped");
        if (node instanceof Clips c && c.clipsContent()) return new Cut(node, "clips its content");
        return null;
    }

    /** The skin draws its text in a Text child; an ellipsis or a clip shows as a text different from getText(). */
    static boolean truncated(Labeled l) {
        String text = l.getText();
        if (text == null || text.isEmpty() || l.getSkin() == null) return false;
        if (l.isMnemonicParsing()) text = text.replaceFirst("_(?=.)", "");
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.getStyleClass().contains("text")) {
                return !shown.getText().equals(text) && !shown.getText().replace("\n", "").equals(text.replace("\n", ""));
            }
        }
        return false;
    }

    static String describe(Node n) {
        StringBuilder path = new StringBuilder();
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.getId() != null) {
                path.insert(0, "#" + at.getId() + " ");
                if (at.getId().endsWith("-card")) break;
            }
        }
        String text = n instanceof Labeled l ? " \"" + l.getText().replace("\n", "⏎") + "\"" : "";
        if (n instanceof ScrollBar b) text = " " + b.getOrientation().name().toLowerCase() + String.format(" %.0fx%.0f shows %.2f of %.2f", b.getWidth(), b.getHeight(), b.getVisibleAmount(), b.getMax() - b.getMin());
        return path.toString().strip() + " " + n.getClass().getSimpleName() + text;
    }
}
