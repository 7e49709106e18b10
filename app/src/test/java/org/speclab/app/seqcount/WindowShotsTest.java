package org.speclab.app.seqcount;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.shell.ShellView;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.theme.Motion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: writes whole-window PNGs at chosen steps, to look at the views. Runs only with
 * {@code -Dshots.dir=DIR} (optionally {@code -Dshots.lesson=ID -Dshots.steps=4,8,23 -Dshots.size=1366x768
 * -Dshots.projector=true -Dshots.dark=true}).
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "shots.dir", matches = ".+")
class WindowShotsTest {
    private final ShellViewModel vm = new ShellViewModel();
    private Scene scene;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        String[] size = System.getProperty("shots.size", "1920x1080").split("x");
        vm.openArgument(System.getProperty("shots.lesson", "munmap-file-reuse"));
        vm.projectorProperty().set(Boolean.getBoolean("shots.projector"));
        vm.darkProperty().set(Boolean.getBoolean("shots.dark"));
        scene = ShellView.scene(vm, Double.parseDouble(size[0]), Double.parseDouble(size[1]));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void writeShots(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("shots.dir"));
        Files.createDirectories(dir);
        robot.interact(() -> vm.stepper().runToEnd());
        for (String s : System.getProperty("shots.steps", "0,4,8,12,23,33").split(",")) {
            int n = Integer.parseInt(s.trim());
            robot.interact(() -> vm.stepper().goTo(n));
            WaitForAsyncUtils.waitForFxEvents();
            var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve("step-" + n + ".png").toFile());
        }
    }
}
