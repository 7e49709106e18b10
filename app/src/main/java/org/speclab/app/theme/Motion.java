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

    /** For tests and headless export. */
    public static void setInstant() { MILLIS.set(0); }
}
