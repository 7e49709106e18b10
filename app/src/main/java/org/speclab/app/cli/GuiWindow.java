package org.speclab.app.cli;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.shell.ShellView;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.shell.SpecLabApp;
import org.speclab.app.theme.Motion;

/**
 * Everything {@code gui} does with JavaFX. A class of its own so that the JVM loads no JavaFX class for the other
 * commands: picocli reflects over every command class at start, and that resolves the types in their methods.
 */
final class GuiWindow {
    private GuiWindow() {}

    /** Shows the window; returns when it closes. */
    static void show(List<String> args) {
        Application.launch(SpecLabApp.class, args.toArray(String[]::new));
    }

    /** The window with {@code lesson} at {@code step}, rendered offscreen to {@code png}. */
    static void render(Path png, double width, double height, String lesson, int step, boolean dark, boolean projector) throws Exception {
        HeadlessSnapshot.write(() -> {
            Motion.setInstant();
            // a direct executor: the hits-vs-fallbacks sweep completes before the picture is taken
            ShellViewModel vm = new ShellViewModel(new Jobs(Runnable::run), new ShellViewModel().ui());
            vm.darkProperty().set(dark);
            vm.projectorProperty().set(projector);
            if (lesson != null) {
                vm.openArgument(lesson);
                if (step != 0 && vm.stepper().session() != null) {
                    vm.stepper().runToEnd();
                    vm.stepper().goTo(step < 0 ? Integer.MAX_VALUE : step);
                }
            }
            Scene scene = ShellView.scene(vm, width, height);
            vm.settle();
            return scene;
        }, png);
    }
}
