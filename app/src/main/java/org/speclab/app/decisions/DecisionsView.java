package org.speclab.app.decisions;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Decisions (placeholder until the view is built). */
public final class DecisionsView extends StackPane {
    public DecisionsView(DecisionsViewModel vm) {
        setId("decisions-view");
        getChildren().add(new Label("Decisions"));
    }
}
