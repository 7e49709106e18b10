package org.speclab.app.shell;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.speclab.engine.EngineVersion;

/** The window's root: a header with name and version, and the lesson area (for now, a status line). */
public final class ShellView extends BorderPane {
    static final String NO_LESSON = "No lesson loaded";

    public ShellView(String lesson) {
        setId("shell");
        setTop(header());
        setCenter(status(lesson));
    }

    /** The themed scene shared by the window, the tests and headless snapshots. */
    public static Scene scene(String lesson, double width, double height) {
        Scene scene = new Scene(new ShellView(lesson), width, height);
        Theme.apply(scene);
        return scene;
    }

    private static HBox header() {
        Label title = new Label("SpecLab");
        title.setId("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label version = new Label("engine " + EngineVersion.version());
        version.setId("engine-version");
        HBox header = new HBox(title, spacer, version);
        header.setId("shell-header");
        return header;
    }

    private static StackPane status(String lesson) {
        Label status = new Label(lesson == null ? NO_LESSON : "Lesson requested: " + lesson);
        status.setId("status-text");
        StackPane centre = new StackPane(status);
        StackPane.setAlignment(status, Pos.CENTER);
        return centre;
    }
}
