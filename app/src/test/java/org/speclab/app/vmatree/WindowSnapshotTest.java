package org.speclab.app.vmatree;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
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

/**
 * A look at the real window at chosen steps, for the people building the views (not a check): runs only with
 * {@code -Dsnapshot.dir=/tmp/x}, optionally {@code -Dsnapshot.lesson=mprotect-split -Dsnapshot.steps=12,22
 * -Dsnapshot.size=1366x768 -Dsnapshot.projector=true -Dsnapshot.dark=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "snapshot.dir", matches = ".+")
class WindowSnapshotTest {
    @Test
    void writesOnePngPerStep(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("snapshot.dir"));
        Files.createDirectories(dir);
        String lesson = System.getProperty("snapshot.lesson", "munmap-file-reuse");
        String[] size = System.getProperty("snapshot.size", "1920x1080").split("x");
        Motion.setInstant();
        ShellViewModel vm = new ShellViewModel();
        vm.darkProperty().set(Boolean.getBoolean("snapshot.dark"));
        vm.projectorProperty().set(Boolean.getBoolean("snapshot.projector"));
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            vm.openArgument(lesson);
            vm.stepper().runToEnd();
            scene[0] = ShellView.scene(vm, Double.parseDouble(size[0]), Double.parseDouble(size[1]));
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
        });
        for (String step : System.getProperty("snapshot.steps", "0,10,16").split(",")) {
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> vm.stepper().goTo(Integer.parseInt(step.trim())));
            robot.interact(() -> image[0] = scene[0].snapshot(null));
            String look = (Boolean.getBoolean("snapshot.dark") ? "-dark" : "") + (Boolean.getBoolean("snapshot.projector") ? "-projector" : "");
            Path png = dir.resolve(lesson + "-" + step.trim() + "-" + size[0] + look + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png.toFile());
            System.out.println("snapshot: " + png);
        }
    }
}
