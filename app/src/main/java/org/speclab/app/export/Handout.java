package org.speclab.app.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.shell.ShellView;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.engine.run.TraceEntry;
import org.speclab.lessons.Lesson;

/**
 * The lesson handout as a PDF: one page per narrated step (the frame in presentation mode, the step, the
 * narration, the quiz asked before the next step), rendered offscreen one frame per FX-thread turn so a
 * window stays responsive. Call {@link #write} off the FX thread with the toolkit running.
 */
public final class Handout {
    private final String lesson;
    private final double width;
    private final double height;

    public Handout(String lesson, double width, double height) {
        this.lesson = lesson;
        this.width = width;
        this.height = height;
    }

    /** Renders and writes {@code pdf}; returns the number of step pages, or -1 when cancelled. */
    public int write(Path pdf, DoubleConsumer progress, BooleanSupplier cancelled) throws Exception {
        Rendering r = onFx(this::open);
        List<Integer> steps = steps(r);
        List<HandoutPdf.Page> pages = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (cancelled.getAsBoolean()) return -1;
            int step = steps.get(i);
            pages.add(onFx(() -> page(r, step)));
            progress.accept((i + 1.0) / (steps.size() + 1));
        }
        Lesson l = r.lesson;
        HandoutPdf.write(l == null ? lesson : l.title(), l == null ? "" : l.question(), pages, pdf);
        progress.accept(1);
        return pages.size();
    }

    private record Rendering(ShellViewModel vm, Scene scene, Lesson lesson, int last) {}

    private Rendering open() {
        // background jobs never run: a handout shows the lesson's panels, not a sweep in progress
        ShellViewModel vm = new ShellViewModel(new Jobs(job -> { }), new ShellViewModel().ui());
        vm.projectorProperty().set(true);
        vm.openArgument(lesson);
        if (vm.stepper().session() == null) throw new IllegalArgumentException("cannot open " + lesson);
        vm.stepper().runToEnd();
        int last = vm.stepper().frame().timeline().size();
        return new Rendering(vm, ShellView.scene(vm, width, height), vm.stepper().session().lesson(), last);
    }

    /** Narrated steps and the step before each quiz; every step when the lesson narrates none. */
    private static List<Integer> steps(Rendering r) {
        TreeSet<Integer> out = new TreeSet<>();
        if (r.lesson != null) {
            r.lesson.narration().keySet().stream().filter(s -> s <= r.last).forEach(out::add);
            r.lesson.quizzes().stream().map(q -> q.step() - 1).filter(s -> s >= 0 && s <= r.last).forEach(out::add);
        }
        if (out.isEmpty()) for (int i = 0; i <= r.last; i++) out.add(i);
        return List.copyOf(out);
    }

    private HandoutPdf.Page page(Rendering r, int step) {
        r.vm.stepper().goTo(step);
        r.vm.settle();
        HeadlessSnapshot.settle(r.scene);
        Runnable restore = PictureControls.hide(r.scene.getRoot());
        BufferedImage frame = SwingFXUtils.fromFXImage(r.scene.snapshot(null), null);
        restore.run();
        TraceEntry e = r.vm.stepper().frame().step();
        String heading = e == null ? "Before the first step" : "Step " + e.index() + " of " + r.last + " · " + e.threadName() + " · " + e.label() + " " + e.function();
        String narration = r.lesson == null ? "" : r.lesson.narration().getOrDefault(step, "");
        Lesson.Quiz quiz = r.lesson == null ? null : r.lesson.quizzes().stream().filter(q -> q.step() == step + 1).findFirst().orElse(null);
        return new HandoutPdf.Page(frame, heading, narration, e == null ? "" : e.explanation(), quiz);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) return work.call();
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception | Error ex) {
                f.completeExceptionally(ex);
            }
        });
        try {
            return f.get();
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof Exception c) throw c;
            throw ex;
        }
    }
}
