package org.speclab.app.lanes;

/**
 * A thread's marker shape, chosen by its index, so CPUs differ by shape as well as by colour and name
 * (colour-blind safe). Pure geometry: the canvas and node views both draw from {@link #points}.
 */
public enum ThreadShape {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND, HEXAGON, PENTAGON, TRIANGLE_DOWN;

    public static ThreadShape of(int thread) { return values()[Math.floorMod(thread, values().length)]; }

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
