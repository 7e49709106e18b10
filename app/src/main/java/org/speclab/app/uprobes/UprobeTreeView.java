package org.speclab.app.uprobes;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Inodes and the uprobes tree (placeholder until the view is built). */
public final class UprobeTreeView extends StackPane {
    public UprobeTreeView(UprobeTreeViewModel vm) {
        setId("uprobes-view");
        getChildren().add(new Label("Inodes and the uprobes tree"));
    }
}
