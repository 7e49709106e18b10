package org.speclab.app.shell;

import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** The AtlantaFX base theme plus SpecLab's stylesheets from the assets jar. */
public final class Theme {
    private static final String CSS = "/org/speclab/assets/css/";

    private Theme() {
    }

    /** Call on the FX thread; the user-agent theme is global, the stylesheets are per scene. */
    public static void apply(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(css("tokens.css"), css("shell.css"));
    }

    static String css(String name) {
        URL url = Objects.requireNonNull(Theme.class.getResource(CSS + name), () -> "missing stylesheet " + CSS + name);
        return url.toExternalForm();
    }
}
