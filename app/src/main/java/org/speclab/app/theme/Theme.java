package org.speclab.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** The AtlantaFX base theme (light or dark) plus SpecLab's stylesheets from the assets jar; projector mode adds one. */
public final class Theme {
    private static final String CSS = "/org/speclab/assets/css/";
    /** Every view's stylesheet; a view's rules are scoped by its id. */
    public static final List<String> SHEETS = List.of("tokens.css", "shell.css", "controls.css", "code.css", "lanes.css", "seqcount.css",
            "vma.css", "slab.css", "uprobes.css", "rcu.css", "decisions.css", "throughput.css", "narration.css", "registers.css");

    private Theme() {}

    /** Call on the FX thread: the user-agent theme is global, the stylesheets are per scene. */
    public static void apply(Scene scene, boolean dark, boolean projector) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().clear();
        for (String sheet : SHEETS) {
            URL url = Theme.class.getResource(CSS + sheet);
            if (url != null) scene.getStylesheets().add(url.toExternalForm());
        }
        if (dark) scene.getStylesheets().add(css("dark.css"));
        if (projector) scene.getStylesheets().add(css("projector.css"));
    }

    public static void apply(Scene scene) { apply(scene, false, false); }

    static String css(String name) {
        URL url = Objects.requireNonNull(Theme.class.getResource(CSS + name), () -> "missing stylesheet " + CSS + name);
        return url.toExternalForm();
    }
}
