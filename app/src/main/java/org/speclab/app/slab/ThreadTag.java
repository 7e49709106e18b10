package org.speclab.app.slab;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;

/**
 * A thread's marker: a shape chosen by the thread's index (circle, square, triangle, diamond, hexagon, star),
 * its name, and its role's style class for the colour, so a CPU is recognisable without colour. Sizes come from
 * the stylesheet in em, so projector mode scales it. Public because the VMA view draws the same tags.
 */
public final class ThreadTag extends HBox {
    private static final String[] SHAPES = {
        "M50 0 A50 50 0 1 1 49.9 0 Z",                 // circle
        "M0 0 H100 V100 H0 Z",                          // square
        "M50 0 L100 100 L0 100 Z",                      // triangle
        "M50 0 L100 50 L50 100 L0 50 Z",                // diamond
        "M25 0 L75 0 L100 50 L75 100 L25 100 L0 50 Z",  // hexagon
        "M50 0 L61 35 L98 35 L68 57 L79 91 L50 70 L21 91 L32 57 L2 35 L39 35 Z", // star
    };

    private final Label name;

    public ThreadTag(String id, String threadName, int threadIndex, String roleClass, String suffix) {
        setId(id);
        getStyleClass().addAll("thread-tag", roleClass);
        setAlignment(Pos.CENTER_LEFT);
        Region shape = new Region();
        shape.getStyleClass().add("thread-shape");
        SVGPath path = new SVGPath();
        path.setContent(SHAPES[Math.floorMod(threadIndex, SHAPES.length)]);
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
