package org.speclab.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.speclab.app.export.FrameExport;
import org.speclab.lessons.Echo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code speclab export LESSON --out DIR}: frames of the lesson's run, rendered headless as the window draws them. */
@Command(name = "export", description = "Render a lesson's run frame by frame, headless: PNG files, an animated GIF, an HTML page, or a PDF handout.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LESSON", description = "Lesson id, path (with a / or ending in .yaml), or trace code.")
    String lesson;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the frames (created if absent).")
    Path out;

    @Option(names = "--steps", paramLabel = "A..B", description = "Steps to render (default: all; 0 = before the first step; A.. = from A to the end).")
    String steps;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "png", description = "png, gif, html, or pdf (a handout: one page per narrated step with its frame, narration and quiz; "
            + "presentation mode) (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1920x1080", description = "Frame size, 320x200 … 7680x4320 (default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--force", description = "Replace files of an earlier export with the same names.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        FrameExport.Format f;
        try {
            f = FrameExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputProblem("--format " + Echo.value(format) + ": expected one of "
                    + String.join(", ", java.util.Arrays.stream(FrameExport.Format.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList()));
        }
        Flags.Size wh = Flags.size(size);
        ScenarioOptions check = new ScenarioOptions();
        check.lesson = lesson;
        int last = RunCommand.lessonRun(check.resolve()).size();
        Flags.Steps range = Flags.steps(steps, last);
        Flags.frames(range, wh);
        Path dir = Outputs.directory("--out", out);
        Path staging = Outputs.staging(dir);
        List<Path> files;
        try {
            files = new FrameExport(lesson, staging, range.from(), range.to(), f, wh.width(), wh.height()).run();
        } catch (Exception | Error e) {
            Outputs.delete(staging);
            throw e;
        }
        files = Outputs.publish(staging, dir, files, force);
        spec.commandLine().getOut().println("wrote " + files.size() + " file(s) to " + Echo.text(dir.toString(), 160));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
