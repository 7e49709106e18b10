package org.speclab.app.layout;

/** A panel whose view scales to fit: how tall it asks to be with its view shown at a scale ({@link Rows} balances on it). */
public interface Scalable {
    /** The height for this width with the view laid out at {@code scale} (1: natural size). */
    double prefHeightAt(double width, double scale);

    /** The least height for this width at which its view at {@code scale} is not cut (a view that hides its own lines asks little). */
    double minHeightAt(double width, double scale);

    /** The smallest scale it shows its view at. */
    double minScale();

    /**
     * The smallest type its view shows, in the view's own px (before any scale): {@link Rows} shares the height
     * so the smallest type of every card is as large as it can be; {@link Double#MAX_VALUE} when it shows none.
     */
    default double smallestFontPx() { return Double.MAX_VALUE; }
}
