package org.speclab.app.shell;

import java.util.List;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The SpecLab window. Launched by {@code org.speclab.app.Main}, never as the jar's Main-Class. */
public final class SpecLabApp extends Application {
    private static final double SCREEN_SHARE = 0.85;
    private static final double MIN_WIDTH = 1024;
    private static final double MIN_HEIGHT = 700;

    @Override
    public void start(Stage stage) {
        // There may be no window manager (Xvfb, kiosk): size and place the stage ourselves.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = fit(screen.getWidth(), MIN_WIDTH);
        double height = fit(screen.getHeight(), MIN_HEIGHT);
        stage.setTitle("SpecLab");
        ShellViewModel vm = new ShellViewModel();
        vm.warmUpCheckerOnFirstOpen();
        if (lesson() != null) vm.openArgument(lesson());
        stage.setScene(ShellView.scene(vm, width, height));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        stage.show();
    }

    private static double fit(double available, double minimum) {
        return Math.min(available, Math.max(minimum, available * SCREEN_SHARE));
    }

    // Null when a test constructs the app directly instead of through Application.launch.
    private String lesson() {
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        return args.isEmpty() ? null : args.get(0);
    }
}
