package org.speclab.app.layout;

import java.util.List;

/**
 * A view that draws text itself (on a canvas), where no {@link javafx.scene.text.Text} node shows it: it says
 * what it drew last and at what size, in its own coordinates, so the type-size survey of the layout tests sees it.
 */
public interface DrawsText {
    /** One piece of drawn text and its font size in the view's own px (before any scale above the view). */
    record Drawn(String text, double px) {}

    /** What the last paint drew. */
    List<Drawn> drawnText();

    /** The smallest font it ever draws at, in its own px (it never shrinks text below this; it leaves a label out). */
    double smallestFontPx();
}
