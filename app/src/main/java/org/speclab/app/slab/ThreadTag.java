package org.speclab.app.slab;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;

/**
 * A thread's marker: a shape chosen by the thread's index (ThreadShape, as in every view),
 * its name, and its role's style class for the colour, so a CPU is recognisable without colour. Sizes come from
 * the stylesheet in em, so projector mode scales it. Public because the VMA view draws the same tags.
 */
public final class ThreadTag extends HBox {

    private final Label name;

    public ThreadTag(String id, String threadName, int threadIndex, String roleClass, String suffix) {
        setId(id);
        getStyleClass().addAll("thread-tag", roleClass);
        setAlignment(Pos.CENTER_LEFT);
        Region shape = new Region();
        shape.getStyleClass().add("thread-shape");
        SVGPath path = new SVGPath();
        path.setContent(org.speclab.app.theme.ThreadShape.of(Math.max(0, threadIndex)).svg());
        shape.setShape(path);
        shape.setScaleShape(true);
        name = new Label(threadName + suffix);
        name.getStyleClass().add("thread-tag-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(shape, name);
        setMinWidth(Region.USE_PREF_SIZE);
        setMaxWidth(Region.USE_PREF_SIZE);
    }

    public String text() { return name.getText(); }
}
