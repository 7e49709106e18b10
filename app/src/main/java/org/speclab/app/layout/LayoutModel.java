package org.speclab.app.layout;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.speclab.lessons.Panel;

/**
 * Which panels the window shows and how large its type is: every panel in a normal window of 1600 px or more;
 * in projector (presentation) mode or a smaller window only the lesson's {@code panels:} (Z then 0 shows all);
 * one maximised panel alone (Z + its number, or a double-click; Esc returns). The type size follows the screen
 * and a user scale (Ctrl+= / Ctrl+-). No nodes here.
 */
public final class LayoutModel {
    public static final double MIN_SCALE = 0.6;
    public static final double MAX_SCALE = 2.0;
    private static final double STEP = 1.1;
    /** The base type size: the theme's own in a normal window; projector mode is at least 20 px at 1280×720. */
    static final double NORMAL_PX = 14;
    static final double PROJECTOR_PX = 20;

    private final DoubleProperty fontScale = new SimpleDoubleProperty(1);
    private final ObjectProperty<Panel> maximised = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty allPanels = new javafx.beans.property.SimpleBooleanProperty(false);
    /** A window at least this wide shows every panel in normal mode; a smaller one only the lesson's. */
    public static final double ALL_PANELS_WIDTH = 1600;

    public DoubleProperty fontScaleProperty() { return fontScale; }

    public ObjectProperty<Panel> maximisedProperty() { return maximised; }

    /** Every panel even where the lesson's alone would show (Z then 0 toggles it). */
    public javafx.beans.property.BooleanProperty allPanelsProperty() { return allPanels; }

    public void zoomIn() { fontScale.set(Math.min(MAX_SCALE, round(fontScale.get() * STEP))); }

    public void zoomOut() { fontScale.set(Math.max(MIN_SCALE, round(fontScale.get() / STEP))); }

    public void zoomReset() { fontScale.set(1); }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }

    /** Maximises {@code panel}, or returns to all panels when it is the maximised one. */
    public void toggleMaximised(Panel panel) { maximised.set(maximised.get() == panel ? null : panel); }

    /** Esc: back to the panels; false when nothing was maximised. */
    public boolean restore() {
        if (maximised.get() == null) return false;
        maximised.set(null);
        return true;
    }

    /**
     * The panels to show, in the window's order: the maximised one; all of them in a normal window wide enough
     * (or when asked for); else the lesson's.
     */
    public List<Panel> panels(List<Panel> lessonPanels, boolean projector, double windowWidth) {
        if (maximised.get() != null) return List.of(maximised.get());
        boolean presentation = projector || windowWidth < ALL_PANELS_WIDTH;
        if (allPanels.get() || !presentation || lessonPanels == null || lessonPanels.isEmpty()) return List.of(Panel.values());
        return List.of(Panel.values()).stream().filter(lessonPanels::contains).toList();
    }

    /**
     * No text in a panel is drawn smaller than this share of the window's base type: 14 px on a 1280×720 projector,
     * 9.8 px in a normal window (ADR 0012). The cards meet it by compact forms and by sharing a column by their
     * smallest type, not by shrinking.
     */
    static final double TYPE_FLOOR = 0.7;

    /**
     * The smallest type, in px on screen, a card may scale its text to: {@link #TYPE_FLOOR} of the base type
     * ({@link #fontPx}), so it grows with the screen and the user's scale like all the type: 14 px on a 1280×720
     * projector, 21 px on a 1920×1080 one, 9.8 px in a normal window. A card does not scale its view below it
     * (it folds, or is clipped and the layout tests fail); a canvas view never shrinks its own type below it.
     */
    public double typeFloorPx(double width, double height, boolean projector) {
        return Math.round(TYPE_FLOOR * fontPx(width, height, projector) * 10) / 10.0;
    }

    /**
     * The root type size in px for a window of this size: projector mode grows with the screen from 20 px at
     * 1280×720 (a 1080p projector gets 30 px), both modes times the user's scale.
     */
    public double fontPx(double width, double height, boolean projector) {
        double base = projector ? PROJECTOR_PX * Math.max(0.8, Math.min(width / 1280, height / 720)) : NORMAL_PX;
        return Math.round(base * fontScale.get() * 10) / 10.0;
    }
}
