package org.speclab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.shell.ShellView;
import org.speclab.app.shell.SpecLabApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code speclab gui [LESSON]}: the window, or with {@code --snapshot} a PNG of it rendered offscreen. */
@Command(name = "gui", description = "Open the window, optionally with a lesson (id or path).")
public final class GuiCommand implements Callable<Integer> {
    private static final int SNAPSHOT_WIDTH = 1280;
    private static final int SNAPSHOT_HEIGHT = 800;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "LESSON", description = "Lesson id or path to open.")
    String lesson;

    @Option(names = "--snapshot", paramLabel = "FILE.png",
            description = "Render the window offscreen to a PNG and exit; needs no display.")
    Path snapshot;

    @Override
    public Integer call() throws Exception {
        if (snapshot != null) {
            HeadlessSnapshot.write(() -> ShellView.scene(lesson, SNAPSHOT_WIDTH, SNAPSHOT_HEIGHT), snapshot);
            return 0;
        }
        return open(lesson, spec.commandLine().getErr());
    }

    /** Shows the window and returns when it closes; 2 with one line on {@code err} when there is no display. */
    public static int open(String lesson, PrintWriter err) {
        if (!hasDisplay()) {
            err.println("speclab: the window needs a display and none is set"
                    + " — try: xvfb-run -a ./speclab, or ./speclab gui --snapshot FILE.png");
            err.flush();
            return 2;
        }
        Application.launch(SpecLabApp.class, lesson == null ? new String[0] : new String[] {lesson});
        return 0;
    }

    // GTK glass fails with a stack trace when X11/Wayland is absent; only Linux needs the variables.
    private static boolean hasDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return !linux || isSet("DISPLAY") || isSet("WAYLAND_DISPLAY");
    }

    private static boolean isSet(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank();
    }
}
