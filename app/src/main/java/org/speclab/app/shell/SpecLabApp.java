package org.speclab.app.shell;

import java.util.List;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The SpecLab window. Launched by {@code org.speclab.app.Main}, never as the jar's Main-Class. */
public final class SpecLabApp extends Application {
    @Override
    public void start(Stage stage) {
        // There may be no window manager (Xvfb, a projector kiosk): the window takes the whole screen itself,
        // since every layout is made for the screen it is shown on.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = screen.getWidth();
        double height = screen.getHeight();
        stage.setTitle("SpecLab");
        ShellViewModel vm = new ShellViewModel();
        vm.warmUpCheckerOnFirstOpen();
        var named = getParameters() == null ? java.util.Map.<String, String>of() : getParameters().getNamed();
        vm.projectorProperty().set(Boolean.parseBoolean(named.getOrDefault("projector", "false")));
        vm.darkProperty().set(Boolean.parseBoolean(named.getOrDefault("dark", "false")));
        if (lesson() != null) {
            vm.openArgument(lesson());
            int step = Integer.parseInt(named.getOrDefault("step", "0"));
            if (step != 0 && vm.stepper().session() != null) {
                vm.stepper().runToEnd();
                vm.stepper().goTo(step < 0 ? Integer.MAX_VALUE : step);
            }
        }
        stage.setScene(ShellView.scene(vm, width, height));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        stage.show();
    }

    // Null when a test constructs the app directly instead of through Application.launch.
    private String lesson() {
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        return args.isEmpty() ? null : args.get(0);
    }
}
