package org.speclab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.engine.EngineVersion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        // its own stage: the app sizes its window to the screen, which must not leak into other tests' stage
        this.stage = new Stage();
        new SpecLabApp().start(stage);
    }

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) { robot.interact(stage::close); }

    @Test
    void showsNoLessonLoadedWhenStartedWithoutALesson(FxRobot robot) {
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText()).isEqualTo("No lesson loaded");
    }

    @Test
    void headerShowsTheEngineVersion(FxRobot robot) {
        assertThat(robot.lookup("#engine-version").queryAs(Label.class).getText()).contains(EngineVersion.version());
    }

    @Test
    void windowIsTitledAndFillsTheScreen() {
        // there may be no window manager: the app sizes its window to the screen itself
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(stage.getTitle()).isEqualTo("SpecLab");
        assertThat(stage.getScene().getWidth()).isEqualTo(screen.getWidth());
        assertThat(stage.getScene().getHeight()).isEqualTo(screen.getHeight());
        assertThat(stage.getScene().getStylesheets()).anyMatch(u -> u.endsWith("tokens.css")).anyMatch(u -> u.endsWith("shell.css"));
    }
}
