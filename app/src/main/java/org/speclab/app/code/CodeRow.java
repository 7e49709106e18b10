package org.speclab.app.code;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.speclab.app.theme.Styles;

/**
 * One listing line: a gutter, then the code in a monospace font. The gutter shows the step label (S2, WL1)
 * right-aligned, and the program-counter badges left-aligned over it; badges wrap inside the gutter when more
 * than two CPUs share the line, so the code never shifts sideways. A line wider than the pane wraps between
 * tokens ({@link CodeText}).
 */
final class CodeRow extends HBox {
    static final String CURRENT_LINE = "current-line";

    private final FlowPane markers = new FlowPane();
    private final Listing.Line line;

    CodeRow(Listing.Line line) {
        this.line = line;
        setId("code-line-" + line.number());
        getStyleClass().add("code-row");
        Label label = new Label(line.label());
        label.getStyleClass().addAll("code-label", Styles.MONO);
        // a narrow (projector) gutter grows for a long label rather than cut it
        label.setMinWidth(Label.USE_PREF_SIZE);
        markers.getStyleClass().add("pc-markers");
        markers.setAlignment(Pos.CENTER_LEFT);
        // wrap at the width the stylesheet gives (em-based), not FlowPane's 400px default
        markers.prefWrapLengthProperty().bind(markers.widthProperty());
        StackPane gutter = new StackPane(label, markers);
        gutter.getStyleClass().add("pc-gutter");
        StackPane.setAlignment(label, Pos.CENTER_RIGHT);
        // wrapped between tokens for the width it gets (the pane never scrolls sideways, never breaks a name)
        CodeText text = new CodeText(line.text());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(gutter, text);
    }

    int number() { return line.number(); }

    void setMarkers(List<MarkerNode> nodes) {
        if (!markers.getChildren().equals(nodes)) markers.getChildren().setAll(nodes);
    }

    /**
     * The line just executed: background and a bold left bar tinted by the role of the CPU that ran it (the
     * explanation underneath names it); red on a violation. {@code role} is null when the line is not current.
     */
    void setCurrent(PcMarker.Role role, boolean violation) {
        boolean current = role != null;
        getStyleClass().removeAll(CURRENT_LINE, Styles.READER, Styles.WRITER, Styles.DAEMON);
        if (current) getStyleClass().addAll(CURRENT_LINE, role.styleClass());
        pseudoClassStateChanged(Styles.CURRENT, current);
        pseudoClassStateChanged(Styles.VIOLATION, current && violation);
    }
}
