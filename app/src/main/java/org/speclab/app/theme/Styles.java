package org.speclab.app.theme;

import javafx.css.PseudoClass;

/** Style-class and pseudo-class names used by the views and their stylesheets, in one place. */
public final class Styles {
    public static final String CARD = "sl-card";
    public static final String CARD_TITLE = "sl-card-title";
    public static final String READER = "sl-reader";
    public static final String WRITER = "sl-writer";
    public static final String DAEMON = "sl-daemon";
    public static final String MONO = "sl-mono";
    /**
     * A control that, while it has focus, takes ←/→/↑/↓, PageUp/PageDown and Home/End itself (the chart's sliders):
     * the window's lesson keys give way to it.
     */
    public static final String OWNS_KEYS = "sl-owns-keys";
    /**
     * A node property set on a window's root whose key filter drives a lesson: a slider moved there with the mouse
     * hands the keys back to it on release. Without it (a chart's own window) a click and then the arrows move the slider.
     */
    public static final String LESSON_KEYS = "sl-lesson-keys";

    /** Something this step changed: views flash it. */
    public static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    /** A pointer whose target was unlinked or reused: amber. */
    public static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    /** Freed memory; RETURNED memory is "returned". */
    public static final PseudoClass FREE = PseudoClass.getPseudoClass("free");
    public static final PseudoClass RETURNED = PseudoClass.getPseudoClass("returned");
    /** A property violation: red. */
    public static final PseudoClass VIOLATION = PseudoClass.getPseudoClass("violation");
    public static final PseudoClass ODD = PseudoClass.getPseudoClass("odd");
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    public static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    public static final PseudoClass HIT = PseudoClass.getPseudoClass("hit");

    private Styles() {}
}
