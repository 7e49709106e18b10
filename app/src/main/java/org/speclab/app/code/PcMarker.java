package org.speclab.app.code;

/**
 * One CPU's program counter in the gutter: the listing line of the thread's NEXT step. Colour comes from the
 * role, the shape from the thread index and the text from the name, so no marker is told apart by colour alone.
 *
 * @param line     1-based listing line of the next step
 * @param selected the CPU that Space / → steps
 * @param moved    the thread that ran the step just executed (its marker has just moved)
 */
public record PcMarker(int thread, String name, Role role, org.speclab.app.theme.ThreadShape shape, int line, boolean selected, boolean moved) {

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

}
