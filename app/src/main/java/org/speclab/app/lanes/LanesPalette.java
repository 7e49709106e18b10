package org.speclab.app.lanes;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * The canvas's colours and fonts, taken from lanes.css (so light/dark themes and projector mode apply): one
 * invisible swatch per role, whose background the stylesheet sets from the tokens. The fallbacks match the
 * light theme's tokens and are used only before CSS has been applied.
 */
final class LanesPalette extends Pane {
    private final Region reader = swatch("swatch-reader");
    private final Region writer = swatch("swatch-writer");
    private final Region daemon = swatch("swatch-daemon");
    private final Region odd = swatch("swatch-odd");
    private final Region passed = swatch("swatch-passed");
    private final Region overlapped = swatch("swatch-overlapped");
    private final Region text = swatch("swatch-text");
    private final Region muted = swatch("swatch-muted");
    private final Region rule = swatch("swatch-rule");
    private final Region card = swatch("swatch-card");
    private final Label small = font("font-small");
    private final Label name = font("font-name");
    private final Label value = font("font-value");

    LanesPalette() {
        setId("lanes-palette");
        setManaged(false);
        setMouseTransparent(true);
        setOpacity(0);
        resize(1, 1);
    }

    /** Calls {@code redraw} whenever CSS changes a colour or font. */
    void onChange(Runnable redraw) {
        InvalidationListener l = o -> redraw.run();
        for (var n : getChildren()) {
            if (n instanceof Label lb) lb.fontProperty().addListener(l);
            else ((Region) n).backgroundProperty().addListener(l);
        }
    }

    Color reader() { return color(reader, Color.web("#0969da")); }

    Color writer() { return color(writer, Color.web("#bf8700")); }

    Color daemon() { return color(daemon, Color.web("#656d76")); }

    Color odd() { return color(odd, Color.rgb(217, 119, 6, 0.22)); }

    Color passed() { return color(passed, Color.web("#1a7f37")); }

    Color overlapped() { return color(overlapped, Color.web("#cf222e")); }

    Color text() { return color(text, Color.web("#1f2328")); }

    Color muted() { return color(muted, Color.web("#656d76")); }

    Color rule() { return color(rule, Color.web("#d0d7de")); }

    Color card() { return color(card, Color.WHITE); }

    Font small() { return small.getFont(); }

    Font name() { return name.getFont(); }

    Font value() { return value.getFont(); }

    Color role(LanesModel.Role r) {
        return switch (r) {
            case READER -> reader();
            case WRITER -> writer();
            case DAEMON -> daemon();
        };
    }

    private Region swatch(String cls) {
        Region r = new Region();
        r.getStyleClass().add(cls);
        getChildren().add(r);
        return r;
    }

    private Label font(String cls) {
        Label l = new Label("0");
        l.getStyleClass().add(cls);
        getChildren().add(l);
        return l;
    }

    private static Color color(Region r, Color fallback) {
        Background b = r.getBackground();
        if (b == null || b.getFills().isEmpty()) return fallback;
        Paint p = b.getFills().get(0).getFill();
        return p instanceof Color c ? c : fallback;
    }
}
