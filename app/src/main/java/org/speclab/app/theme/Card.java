package org.speclab.app.theme;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.speclab.app.layout.FitPane;

/**
 * A titled panel of the window: a small caps title over the view. A fitted card scales its view down rather
 * than cut or scroll it ({@link FitPane}); the code pane scrolls itself and is not fitted.
 */
public final class Card extends VBox implements org.speclab.app.layout.Scalable {
    private final Label heading;
    private final FitPane head;
    private final Node shown;
    private final String title;

    public Card(String id, String title, Node content) { this(id, title, content, false); }

    public Card(String id, String title, Node content, boolean fitted) {
        this.title = title;
        setId(id + "-card");
        getStyleClass().add(Styles.CARD);
        heading = new Label(title);
        heading.getStyleClass().add(Styles.CARD_TITLE);
        heading.setMinWidth(0);
        // a narrow card puts its title under its number; a word too long even so is sized down rather than
        // broken ("mm_lock_seq") or cut to "…"
        heading.setWrapText(true);
        head = new FitPane(heading);
        head.setMinHeight(Region.USE_PREF_SIZE);
        shown = fitted ? new FitPane(content) : content;
        VBox.setVgrow(shown, Priority.ALWAYS);
        getChildren().addAll(head, shown);
        setMinSize(0, 0);
    }

    /** The title, then the view at {@code scale} (a view that is not fitted asks its own height). */
    @Override
    public double prefHeightAt(double width, double scale) {
        javafx.geometry.Insets in = getInsets();
        double w = Math.max(0, width - in.getLeft() - in.getRight());
        double view = shown instanceof FitPane f ? f.prefHeightAt(w, scale) : shown.prefHeight(w);
        return in.getTop() + head.prefHeight(w) + getSpacing() + view + in.getBottom();
    }

    @Override
    public double minHeightAt(double width, double scale) {
        javafx.geometry.Insets in = getInsets();
        double w = Math.max(0, width - in.getLeft() - in.getRight());
        double view = shown instanceof FitPane f ? f.minHeightAt(w, scale) : shown.minHeight(w);
        return in.getTop() + head.prefHeight(w) + getSpacing() + view + in.getBottom();
    }

    @Override
    public double minScale() { return shown instanceof FitPane f ? f.minScale() : 1; }

    @Override
    public double smallestFontPx() { return shown instanceof FitPane f ? f.smallestFontPx() : Double.MAX_VALUE; }

    /** A fitted card. */
    public static Card fitted(String id, String title, Node content) { return new Card(id, title, content, true); }

    /** Shows the key that maximises this card (Z then the number) before its title; 0 shows none. */
    public void setNumber(int number) { heading.setText(number > 0 && number < 10 ? number + "  " + title : title); }
}
