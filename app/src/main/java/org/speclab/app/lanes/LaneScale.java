package org.speclab.app.lanes;

/**
 * The x axis of the lanes: slot {@code i} holds step {@code i} (slot 0 = the initial state). The whole span fits
 * when slots can be at least {@code minSlot} wide; otherwise the axis scrolls so the cursor stays two slots from
 * the right edge. Pure arithmetic, unit-tested.
 */
public record LaneScale(double left, double width, int first, int slots) {
    static final int RIGHT_MARGIN = 2;

    public static LaneScale fit(double left, double width, int span, int current, double minSlot) {
        int total = Math.max(1, span + 1);
        if (width <= 0) return new LaneScale(left, 0, 0, total);
        if (total * minSlot <= width) return new LaneScale(left, width, 0, total);
        int capacity = Math.max(1, (int) Math.floor(width / minSlot));
        int lastVisible = Math.min(Math.max(span, current), Math.max(capacity - 1, current + RIGHT_MARGIN));
        return new LaneScale(left, width, Math.max(0, lastVisible - capacity + 1), capacity);
    }

    public double slot() { return width / slots; }

    /** The centre of step {@code step}'s slot. */
    public double x(int step) { return left + (step - first + 0.5) * slot(); }

    public int last() { return first + slots - 1; }

    public boolean visible(int step) { return step >= first && step <= last(); }

    public double right() { return left + width; }
}
