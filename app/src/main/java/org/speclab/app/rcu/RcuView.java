package org.speclab.app.rcu;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** RCU (placeholder until the view is built). */
public final class RcuView extends StackPane {
    public RcuView(RcuViewModel vm) {
        setId("rcu-view");
        getChildren().add(new Label("RCU"));
    }
}
