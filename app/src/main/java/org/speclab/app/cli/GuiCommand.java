package org.speclab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code speclab gui [LESSON]}: the window, or with {@code --snapshot} a PNG of it rendered offscreen. */
@Command(name = "gui", description = "Open the window, optionally with a lesson (id or path).")
public final class GuiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "LESSON", description = "Lesson id, path (with a / or ending in .yaml) or trace code to open.")
    String lesson;

    @Option(names = "--snapshot", paramLabel = "FILE.png",
            description = "Render the window offscreen to a PNG and exit; needs no display.")
    Path snapshot;

    @Option(names = "--step", paramLabel = "N", description = "Open the lesson's run at step N (0 … its length; default 0; -1 = its end).")
    int step;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1920x1080",
            description = "With --snapshot: the picture's size, 320x200 … 7680x4320 (default ${DEFAULT-VALUE}); the window takes the whole screen.")
    String size;

    @Option(names = "--force", description = "With --snapshot: replace an existing file.")
    boolean force;

    @Option(names = "--dark", description = "The dark theme.")
    boolean dark;

    @Option(names = "--projector", description = "Projector (presentation) mode: large type, only the lesson's panels.")
    boolean projector;

    @Override
    public Integer call() throws Exception {
        if (snapshot != null) {
            // Everything is checked before the toolkit starts: bad input never renders, nor touches a file.
            Flags.Size wh = Flags.size(size);
            double width = wh.width();
            double height = wh.height();
            if (lesson != null) {
                ScenarioOptions o = new ScenarioOptions();
                o.lesson = lesson;
                int last = RunCommand.lessonRun(o.resolve()).size();
                if (step < -1 || step > last) throw Flags.outOfRange("--step", step, "0 to " + last + " (the lesson's run), or -1 for its end");
            } else if (step != 0) {
                throw new InputProblem("--step " + step + ": there is no lesson to step — give one, e.g. speclab gui fast-path --snapshot F.png --step 4");
            }
            Path target = Outputs.snapshotTarget(snapshot, lesson, force);
            Path staged = Outputs.stagingFile(target);
            try {
                GuiWindow.render(staged, width, height, lesson, step, dark, projector);
            } catch (Exception | Error e) {
                Outputs.delete(staged);
                throw e;
            }
            Outputs.replace(staged, target);
            return 0;
        }
        if (force || !"1920x1080".equals(size)) {
            throw new InputProblem("--size and --force go with --snapshot (the window takes the whole screen) — add --snapshot FILE.png, or leave them out");
        }
        java.util.List<String> args = new java.util.ArrayList<>();
        if (projector) args.add("--projector=true");
        if (dark) args.add("--dark=true");
        if (step != 0) args.add("--step=" + step);
        if (lesson != null) args.add(lesson);
        return launch(args, spec.commandLine().getErr());
    }

    /** Shows the window and returns when it closes; 2 with one line on {@code err} when there is no display. */
    public static int open(String lesson, PrintWriter err) {
        return launch(lesson == null ? java.util.List.of() : java.util.List.of(lesson), err);
    }

    private static int launch(java.util.List<String> args, PrintWriter err) {
        if (!hasDisplay()) {
            err.println("speclab: the window needs a display and none is set"
                    + " — try: xvfb-run -a ./speclab, or ./speclab gui --snapshot FILE.png");
            err.flush();
            return 2;
        }
        GuiWindow.show(args);
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
