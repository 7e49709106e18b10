package org.speclab.app.code;

/**
 * One CPU's program counter in the gutter: the listing line of the thread's NEXT step. Colour comes from the
 * role, the shape from the thread index and the text from the name, so no marker is told apart by colour alone.
 *
 * @param line     1-based listing line of the next step
 * @param selected the CPU that Space / → steps
 * @param moved    the thread that ran the step just executed (its marker has just moved)
 */
public record PcMarker(int thread, String name, Role role, Shape shape, int line, boolean selected, boolean moved) {

    /** What kind of thread it is; the view maps it to the role's colour token. */
    public enum Role {
        READER, WRITER, DAEMON;

        /** The shared style class of the role (its colour token). */
        public String styleClass() {
            return switch (this) {
                case READER -> org.speclab.app.theme.Styles.READER;
                case WRITER -> org.speclab.app.theme.Styles.WRITER;
                case DAEMON -> org.speclab.app.theme.Styles.DAEMON;
            };
        }
    }

    /**
     * The marker shape by thread index, in the order every view uses (cpu0 circle, cpu1 square, …), so one CPU
     * has the same shape in the code pane and in the lanes.
     */
    public enum Shape {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND, HEXAGON, PENTAGON, STAR, CROSS;

        public static Shape of(int thread) { return values()[Math.floorMod(thread, values().length)]; }

        /** The style class that gives the marker its outline, e.g. {@code shape-circle}. */
        public String styleClass() { return "shape-" + name().toLowerCase(java.util.Locale.ROOT); }
    }
}
