package org.speclab.app.theme;

/**
 * A thread's marker shape, chosen by its index, so CPUs differ by shape as well as by colour and name
 * (colour-blind safe). Every view uses it: the lanes and seqcount draw {@link #points}, the code pane's gutter
 * markers take {@link #styleClass()} (an -fx-shape in code.css).
 */
public enum ThreadShape {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND, HEXAGON, PENTAGON, TRIANGLE_DOWN;

    public static ThreadShape of(int thread) { return values()[Math.floorMod(thread, values().length)]; }

    /** The outline as an SVG path in a 10×10 box, for Region shapes. */
    public String svg() {
        return switch (this) {
            case CIRCLE -> "M5,0 A5,5 0 1,1 4.99,0 Z";
            case SQUARE -> "M0,0 H10 V10 H0 Z";
            case TRIANGLE -> "M5,0 L10,10 L0,10 Z";
            case DIAMOND -> "M5,0 L10,5 L5,10 L0,5 Z";
            case HEXAGON -> "M2.5,0 L7.5,0 L10,5 L7.5,10 L2.5,10 L0,5 Z";
            case PENTAGON -> "M5,0 L10,3.8 L8.1,10 L1.9,10 L0,3.8 Z";
            case TRIANGLE_DOWN -> "M0,0 L10,0 L5,10 Z";
        };
    }

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
