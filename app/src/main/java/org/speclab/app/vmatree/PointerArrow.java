package org.speclab.app.vmatree;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.speclab.app.slab.ThreadTag;
import org.speclab.app.theme.Styles;

/**
 * A reader's {@code vma} pointer: its tag above the breakpoint address, an arrow down to the block it points at,
 * and a caption. Solid in the reader's colour when valid; amber, dashed and captioned "unlinked" / "reused" /
 * "freed" when the target left the tree or its slot; red for returned memory.
 */
final class PointerArrow extends Group {
    final ThreadTag tag;
    private final Label caption = new Label();
    private final Line shaft = new Line();
    private final Polygon head = new Polygon();
    private VmaPointer model;

    PointerArrow(VmaPointer p) {
        setId("vma-pointer-" + p.threadName());
        getStyleClass().add("vma-pointer");
        tag = new ThreadTag("vma-pointer-" + p.threadName() + "-tag", p.threadName(), p.thread(), Styles.READER, "");
        caption.setId("vma-pointer-" + p.threadName() + "-caption");
        caption.getStyleClass().add("vma-pointer-caption");
        shaft.getStyleClass().add("vma-pointer-shaft");
        head.getStyleClass().add("vma-pointer-head");
        getChildren().addAll(shaft, head, tag, caption);
        setManaged(false);
        setAutoSizeChildren(false);
        update(p);
    }

    VmaPointer model() { return model; }

    void update(VmaPointer p) {
        model = p;
        caption.setText(p.caption());
        caption.setVisible(!p.caption().isEmpty());
        pseudoClassStateChanged(Styles.STALE, p.state().stale());
        pseudoClassStateChanged(Styles.VIOLATION, p.state().violation());
        tag.pseudoClassStateChanged(Styles.STALE, p.state().stale());
        tag.pseudoClassStateChanged(Styles.VIOLATION, p.state().violation());
    }

    double tagWidth() { return tag.prefWidth(-1); }

    double tagHeight() { return tag.prefHeight(-1); }

    /** Places the tag centred at (tagX, top) and the arrow from under it to (toX, toY). */
    void place(double tagX, double top, double toX, double toY) {
        double w = tagWidth();
        double h = tagHeight();
        tag.resizeRelocate(tagX - w / 2, top, w, h);
        caption.autosize();
        caption.relocate(tagX + w / 2 + 4, top + (h - caption.getHeight()) / 2);
        double fromY = top + h;
        double headLength = Math.max(6, h * 0.45);
        double dx = toX - tagX;
        double dy = toY - fromY;
        double len = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double baseX = toX - ux * headLength;
        double baseY = toY - uy * headLength;
        shaft.setStartX(tagX);
        shaft.setStartY(fromY);
        shaft.setEndX(baseX);
        shaft.setEndY(baseY);
        double half = headLength * 0.55;
        head.getPoints().setAll(toX, toY, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half);
    }
}
