package org.speclab.app.decisions;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import org.speclab.app.theme.Styles;
import org.speclab.engine.program.Machine;

/**
 * A thread's marker: colour by role (style class), a shape by thread index and the thread's name, so it is
 * never colour alone. The shape is geometry, set here; its size and fill come from the view's stylesheet
 * ({@code .thread-shape}). Used by the decisions, uprobes and RCU views (a candidate for theme/ once shared).
 */
public final class ThreadBadge extends HBox {
    /** circle, square, triangle, diamond, hexagon, pentagon, plus, inverted triangle (a 10×10 box). */
    private static final String[] SHAPES = {
        "M5,0 A5,5 0 1,1 4.99,0 Z", "M0,0 H10 V10 H0 Z", "M5,0 L10,10 L0,10 Z", "M5,0 L10,5 L5,10 L0,5 Z",
        "M2.5,0 L7.5,0 L10,5 L7.5,10 L2.5,10 L0,5 Z", "M5,0 L10,3.8 L8.1,10 L1.9,10 L0,3.8 Z",
        "M3.5,0 H6.5 V3.5 H10 V6.5 H6.5 V10 H3.5 V6.5 H0 V3.5 H3.5 Z", "M0,0 L10,0 L5,10 Z"};

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
        path.setContent(SHAPES[Math.floorMod(index, SHAPES.length)]);
        shape.setShape(path);
        shape.setScaleShape(true);
        shape.getStyleClass().addAll("thread-shape", "shape-" + Math.floorMod(index, SHAPES.length));
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
