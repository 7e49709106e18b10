package org.speclab.app.chart;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Throughput (placeholder until the view is built). */
public final class ThroughputView extends StackPane {
    public ThroughputView(ThroughputViewModel vm) {
        setId("throughput-view");
        getChildren().add(new Label("Throughput"));
    }
}
