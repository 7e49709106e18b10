package org.speclab.app.layout;

/**
 * A view that can leave out optional parts, least needed first, rather than be scaled below a readable size:
 * its {@link FitPane} shows it at {@link #minScale()} at the smallest, and folds one more level when even that
 * does not fit. Level 0 shows everything; a view reports its pref size unfolded ({@link FitPane} unfolds it to ask).
 */
public interface Foldable {
    /** The smallest scale its card may show it at (never below {@link FitPane#MIN_SCALE}). */
    double minScale();

    /** Shows the parts of this fold level (0: every part); false, changing nothing, when there is no such level. */
    boolean fold(int level);

    /** The fold level shown now. */
    int foldLevel();
}
