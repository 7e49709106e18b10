package org.speclab.app.vmatree;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Address space and VMA tree (placeholder until the view is built). */
public final class VmaView extends StackPane {
    public VmaView(VmaViewModel vm) {
        setId("vma-view");
        getChildren().add(new Label("Address space and VMA tree"));
    }
}
