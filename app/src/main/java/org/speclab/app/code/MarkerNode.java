package org.speclab.app.code;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.speclab.app.theme.Styles;

/** One program-counter badge: a shape (by thread index) filled in the role's colour, then the CPU's name. */
final class MarkerNode extends HBox {
    private final Region shape = new Region();
    private final Label name = new Label();

    MarkerNode(PcMarker m) {
        getStyleClass().add("pc-marker");
        shape.getStyleClass().addAll("pc-shape", m.shape().styleClass());
        shape.setMouseTransparent(true);
        name.getStyleClass().add("pc-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(shape, name);
        show(m);
    }

    /** Takes the marker's current facts; the thread (hence shape, role and name) never changes for a node. */
    void show(PcMarker m) {
        setId("pc-" + m.name());
        name.setText(m.name());
        getStyleClass().removeAll(Styles.READER, Styles.WRITER, Styles.DAEMON);
        getStyleClass().add(m.role().styleClass());
        pseudoClassStateChanged(Styles.SELECTED, m.selected());
        setUserData(m);
    }

    PcMarker marker() { return (PcMarker) getUserData(); }
}
