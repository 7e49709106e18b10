package org.speclab.app.theme;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import org.speclab.engine.program.Machine;

/**
 * A thread's marker: colour by role (style class), a shape by thread index and the thread's name, so it is
 * never colour alone. The shape is geometry, set here; its size and fill come from the view's stylesheet
 * ({@code .thread-shape}). Used by the decisions, uprobes and RCU views; the same shapes as the code pane and lanes.
 */
public final class ThreadBadge extends HBox {

    /** A thread's role, which picks its colour. */
    public enum Role {
        READER(Styles.READER), WRITER(Styles.WRITER), DAEMON(Styles.DAEMON);

        private final String styleClass;

        Role(String styleClass) { this.styleClass = styleClass; }

        public String styleClass() { return styleClass; }

        public static Role of(Machine m, int thread) {
            if (thread < 0) return WRITER;
            return m.isReader(thread) ? READER : m.isDaemon(thread) ? DAEMON : WRITER;
        }
    }

    public ThreadBadge(String name, int index, Role role) {
        getStyleClass().addAll("thread-badge", role.styleClass());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        Region shape = new Region();
        SVGPath path = new SVGPath();
        ThreadShape outline = ThreadShape.of(Math.max(0, index));
        path.setContent(outline.svg());
        shape.setShape(path);
        shape.setScaleShape(true);
        shape.getStyleClass().addAll("thread-shape", outline.styleClass());
        Label label = new Label(name);
        label.getStyleClass().add("thread-name");
        label.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(shape, label);
    }

    /** The badge of a thread named in a machine (daemons grey, readers blue, writers orange). */
    public static ThreadBadge of(Machine m, String name) {
        int t = m.indexOf(name);
        return new ThreadBadge(name, t, Role.of(m, t));
    }
}
