package org.speclab.app.uprobes;

import java.io.File;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.shell.ShellView;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check: a tool to look at the window at a chosen step, headless. Runs only when asked:
 * {@code mvn -o verify -pl assets,app -Dtest=WindowSnapshotTest -Dspeclab.snapshot=LESSON:STEP:OUT.png[:WxH[:dark]]}.
 */
class WindowSnapshotTest {
    @Test
    @EnabledIfSystemProperty(named = "speclab.snapshot", matches = ".+")
    void writesASnapshotOfTheWindowAtAStep() throws Exception {
        String[] a = System.getProperty("speclab.snapshot").split(":");
        String[] size = (a.length > 3 ? a[3] : "1920x1080").split("x");
        Motion.setInstant();
        FxToolkit.registerPrimaryStage();
        Scene[] scene = new Scene[1];
        FxToolkit.setupStage(stage -> {
            ShellViewModel vm = new ShellViewModel(Jobs.background(), null);
            vm.stepper().load(LessonCatalog.byId(a[0]).orElseThrow());
            vm.stepper().runToEnd();
            vm.stepper().goTo(Integer.parseInt(a[1]));
            vm.darkProperty().set(a.length > 4 && a[4].equals("dark"));
            scene[0] = ShellView.scene(vm, Double.parseDouble(size[0]), Double.parseDouble(size[1]));
            stage.setScene(scene[0]);
            stage.show();
        });
        WaitForAsyncUtils.sleep(4, TimeUnit.SECONDS);   // a tool, not a test: let the chart's sweep fill in
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> scene[0].snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(a[2]));
    }
}
