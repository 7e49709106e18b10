package org.speclab.app.theme;

/**
 * A thread's marker shape, chosen by its index, so CPUs differ by shape as well as by colour and name
 * (colour-blind safe). Every view uses it: the lanes and seqcount draw {@link #points}, the code pane's gutter
 * markers take {@link #styleClass()} (an -fx-shape in code.css).
 */
public enum ThreadShape {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND, HEXAGON, PENTAGON, TRIANGLE_DOWN;

    public static ThreadShape of(int thread) { return values()[Math.floorMod(thread, values().length)]; }

    /** The style class that gives a node this outline, e.g. {@code shape-circle}. */
    public String styleClass() { return "shape-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

    /** The polygon's corners (x0, y0, x1, y1, …) around (cx, cy) with radius r; a circle returns an empty array. */
    public double[] points(double cx, double cy, double r) {
        return switch (this) {
            case CIRCLE -> new double[0];
            case SQUARE -> regular(cx, cy, r * 1.25, 4, 45);
            case TRIANGLE -> regular(cx, cy, r * 1.25, 3, -90);
            case DIAMOND -> regular(cx, cy, r * 1.2, 4, 0);
            case HEXAGON -> regular(cx, cy, r * 1.1, 6, 0);
            case PENTAGON -> regular(cx, cy, r * 1.15, 5, -90);
            case TRIANGLE_DOWN -> regular(cx, cy, r * 1.25, 3, 90);
        };
    }

    private static double[] regular(double cx, double cy, double r, int n, double startDeg) {
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double a = Math.toRadians(startDeg + 360.0 * i / n);
            out[2 * i] = cx + r * Math.cos(a);
            out[2 * i + 1] = cy + r * Math.sin(a);
        }
        return out;
    }
}
