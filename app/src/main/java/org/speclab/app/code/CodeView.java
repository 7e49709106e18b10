package org.speclab.app.code;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Code: our pseudo-C with each CPU's program counter (placeholder until the view is built). */
public final class CodeView extends StackPane {
    public CodeView(CodeViewModel vm) {
        setId("code-view");
        getChildren().add(new Label("Code"));
    }
}
