package org.speclab.app.seqcount;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** mm_lock_seq (placeholder until the view is built). */
public final class SeqcountView extends StackPane {
    public SeqcountView(SeqcountViewModel vm) {
        setId("seqcount-view");
        getChildren().add(new Label("mm_lock_seq"));
    }
}
