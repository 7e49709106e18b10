package org.speclab.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.speclab.app.shell.ShellView;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.engine.run.TraceEntry;

/**
 * {@code speclab export}: the lesson's run rendered offscreen, one frame per step, exactly as the window draws
 * it — PNG files, an animated GIF, an HTML page with each frame and its explanation, or a PDF handout (for
 * slides). Pictures show the lesson without the window's commands ({@link PictureControls}).
 */
public final class FrameExport {
    public enum Format { PNG, GIF, HTML, PDF }

    private final String lesson;
    private final Path out;
    private final int from;
    private final int to;
    private final Format format;
    private final double width;
    private final double height;

    public FrameExport(String lesson, Path out, int from, int to, Format format, double width, double height) {
        this.lesson = lesson;
        this.out = out;
        this.from = from;
        this.to = to;
        this.format = format;
        this.width = width;
        this.height = height;
    }

    /** Renders on the FX thread of a headless toolkit; returns the files written. */
    public List<Path> run() throws Exception {
        List<Path> written = new ArrayList<>();
        if (format == Format.PDF) {
            Path pdf = out.resolve(name() + ".pdf");
            HeadlessSnapshot.withToolkit(() -> new Handout(lesson, width, height).write(pdf, p -> { }, () -> false));
            written.add(pdf);
            return written;
        }
        HeadlessSnapshot.render(() -> {
            Motion.setInstant();
            ShellViewModel vm = new ShellViewModel(new org.speclab.app.jobs.Jobs(Runnable::run), new ShellViewModel().ui());
            vm.openArgument(lesson);
            if (vm.stepper().session() == null) throw new IllegalArgumentException("cannot open " + lesson);
            vm.stepper().runToEnd();
            int last = vm.stepper().frame().timeline().size();
            int a = Math.max(0, Math.min(from, last));
            int b = to < 0 ? last : Math.min(to, last);
            Scene scene = ShellView.scene(vm, width, height);
            List<BufferedImage> frames = new ArrayList<>();
            List<String> captions = new ArrayList<>();
            for (int i = a; i <= b; i++) {
                vm.stepper().goTo(i);
                vm.settle();
                HeadlessSnapshot.settle(scene);
                Runnable restore = PictureControls.hide(scene.getRoot());
                frames.add(SwingFXUtils.fromFXImage(scene.snapshot(null), null));
                restore.run();
                TraceEntry e = vm.stepper().frame().step();
                captions.add(e == null ? "Before the first step" : "Step " + e.index() + " · " + e.threadName() + " · " + e.label() + " "
                        + e.function() + " — " + e.explanation());
            }
            try {
                Files.createDirectories(out);
                written.addAll(write(frames, captions, a));
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        return written;
    }

    private List<Path> write(List<BufferedImage> frames, List<String> captions, int first) throws IOException {
        List<Path> files = new ArrayList<>();
        if (format == Format.GIF) {
            Path gif = out.resolve(name() + ".gif");
            AnimatedGif.write(frames, 1200, gif);
            files.add(gif);
            return files;
        }
        for (int i = 0; i < frames.size(); i++) {
            Path png = out.resolve(String.format("%s-step-%03d.png", name(), first + i));
            ImageIO.write(frames.get(i), "png", png.toFile());
            files.add(png);
        }
        if (format == Format.HTML) {
            StringBuilder html = new StringBuilder("<!doctype html><meta charset=\"utf-8\"><title>" + escape(name()) + "</title>\n"
                    + "<style>body{font-family:sans-serif;max-width:1400px;margin:auto} img{width:100%;border:1px solid #ccc}"
                    + " figure{margin:2em 0} figcaption{font-size:1.2em}</style>\n<h1>" + escape(name()) + "</h1>\n");
            for (int i = 0; i < files.size(); i++) {
                html.append("<figure><img src=\"").append(files.get(i).getFileName()).append("\" alt=\"").append(escape(captions.get(i)))
                        .append("\"><figcaption>").append(escape(captions.get(i))).append("</figcaption></figure>\n");
            }
            Path index = out.resolve("index.html");
            Files.writeString(index, html, StandardCharsets.UTF_8);
            files.add(index);
        }
        return files;
    }

    private String name() { return baseName(lesson); }

    /**
     * A short file-name stem for a lesson argument: a file's name without .yaml, or a trace code's lesson and
     * variant with a hash of the whole code (a code can be thousands of characters; file names are 255 bytes).
     */
    public static String baseName(String lesson) {
        String stem = lesson.replaceAll(".*/", "").replaceAll("\\.ya?ml$", "");
        int at = stem.indexOf('@');
        if (at > 0) {
            int second = stem.indexOf('@', at + 1);
            String head = second > 0 ? stem.substring(0, second) : stem;
            stem = head.replace('@', '-').replace(',', '-') + "-" + String.format("%08x", lesson.hashCode());
        }
        stem = stem.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        return stem.length() > 80 ? stem.substring(0, 71) + "-" + String.format("%08x", stem.hashCode()) : stem;
    }

    private static String escape(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); }
}
