package org.speclab.app.theme;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/**
 * How long views animate toward a new snapshot (150–400 ms), in one place. Tests and fast-forward set it to
 * zero: views then show the target at once (the snapshot is always the target; animation only eases to it).
 */
public final class Motion {
    private static final DoubleProperty MILLIS = new SimpleDoubleProperty(280);

    private Motion() {}

    public static DoubleProperty millisProperty() { return MILLIS; }

    public static Duration duration() { return Duration.millis(MILLIS.get()); }

    public static boolean instant() { return MILLIS.get() <= 0; }

    /** Marks what this step changed (the CHANGED pseudo-class) and fades it in, unless animations are off. */
    public static void flash(javafx.scene.Node node, boolean changed) {
        node.pseudoClassStateChanged(Styles.CHANGED, changed);
        if (!changed || instant()) return;
        javafx.animation.FadeTransition fade = new javafx.animation.FadeTransition(duration(), node);
        fade.setFromValue(0.35);
        fade.setToValue(1);
        fade.play();
    }

    /** For tests and headless export. */
    public static void setInstant() { MILLIS.set(0); }
}
