package org.speclab.app.lanes;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** CPU lanes and the mm_lock_seq track (placeholder until the view is built). */
public final class LanesView extends StackPane {
    public LanesView(LanesViewModel vm) {
        setId("lanes-view");
        getChildren().add(new Label("CPU lanes and the mm_lock_seq track"));
    }
}
