package org.speclab.app.theme;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A titled panel of the window: a small caps title over the view. */
public final class Card extends VBox {
    public Card(String id, String title, Node content) {
        setId(id + "-card");
        getStyleClass().add(Styles.CARD);
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.CARD_TITLE);
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().addAll(heading, content);
        setMinSize(0, 0);
    }
}
