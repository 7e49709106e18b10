package org.speclab.app.slab;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** File slab (placeholder until the view is built). */
public final class SlabView extends StackPane {
    public SlabView(SlabViewModel vm) {
        setId("slab-view");
        getChildren().add(new Label("File slab"));
    }
}
