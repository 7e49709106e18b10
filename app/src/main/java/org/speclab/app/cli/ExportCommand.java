package org.speclab.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.speclab.app.export.FrameExport;
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

    @Parameters(index = "0", paramLabel = "LESSON", description = "Lesson id, path, or trace code.")
    String lesson;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the frames.")
    Path out;

    @Option(names = "--steps", paramLabel = "A..B", description = "Steps to render (default: all; 0 = before the first step).")
    String steps;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "png", description = "png, gif, html, or pdf (a handout: one page per narrated step with its frame, narration and quiz; "
            + "presentation mode) (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1920x1080", description = "Frame size (default ${DEFAULT-VALUE}).")
    String size;

    @Override
    public Integer call() throws Exception {
        FrameExport.Format f;
        try {
            f = FrameExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputProblem("--format " + format + ": expected png, gif, html or pdf");
        }
        int from = 0;
        int to = -1;
        if (steps != null) {
            String[] ab = steps.split("\\.\\.", -1);
            try {
                from = Integer.parseInt(ab[0].trim());
                to = ab.length > 1 && !ab[1].isBlank() ? Integer.parseInt(ab[1].trim()) : -1;
            } catch (NumberFormatException e) {
                throw new InputProblem("--steps " + steps + ": expected A..B, e.g. 4..12");
            }
        }
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        if (wh.length != 2) throw new InputProblem("--size " + size + ": expected WIDTHxHEIGHT, e.g. 1920x1080");
        ScenarioOptions check = new ScenarioOptions();
        check.lesson = lesson;
        check.resolve();
        var files = new FrameExport(lesson, out, from, to, f, Double.parseDouble(wh[0]), Double.parseDouble(wh[1])).run();
        spec.commandLine().getOut().println("wrote " + files.size() + " file(s) to " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
