package org.speclab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The headless test screen (pom.xml, {@code headless.geometry}) holds the largest test window wherever the shared
 * primary stage was left. A window past the screen's edge makes Monocle's framebuffer shorten the window's pixel
 * buffer, and the next frame's upload throws BufferOverflowException (UploadingPainter) on the render thread.
 */
@ExtendWith(ApplicationExtension.class)
class HeadlessScreenTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aFullHdWindowSetOnAStageCentredForATinyOneStaysOnTheScreen(FxRobot robot) {
        // given: the primary stage centred for a tiny card (as a view test leaves it)
        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(), 100, 40));
            stage.sizeToScene();
            stage.centerOnScreen();
            stage.show();
        });
        // when: a layout test sets a 1920x1080 window on it, where it is
        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(), 1920, 1080));
            stage.sizeToScene();
        });
        // then: the whole window is on the screen
        Rectangle2D screen = Screen.getPrimary().getBounds();
        assertThat(screen.contains(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()))
                .as("window %.0f,%.0f %.0fx%.0f on screen %s", stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), screen).isTrue();
    }
}
