package org.speclab.app.narration;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Narration (placeholder until the view is built). */
public final class NarrationView extends StackPane {
    public NarrationView(NarrationViewModel vm) {
        setId("narration-view");
        getChildren().add(new Label("Narration"));
    }
}
