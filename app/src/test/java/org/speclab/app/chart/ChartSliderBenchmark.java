package org.speclab.app.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.speclab.app.jobs.Jobs;
import org.speclab.engine.throughput.ThroughputModel;

/**
 * How soon the chart shows the whole new curve after the writer slider moves, with the real model on background
 * threads and the view-model drained once per frame, as in the window (headless: no display needed). A benchmark,
 * never a test: after {@code mvn -B -o -q -DskipTests package} and {@code mvn -B -o -q -pl app test-compile}, from the
 * project root {@code java -cp app/target/classes:app/target/test-classes:app/target/speclab.jar
 * org.speclab.app.chart.ChartSliderBenchmark} (the fat jar brings the engine, JavaFX and Monocle).
 * <ul>
 *   <li>key press: one new rate, full sweep, in a fresh view-model (nothing cached);
 *   <li>key presses 4 s apart: as a teacher steps through the rates, the neighbours costed in the pauses;
 *   <li>drag: the slider dragged over a range of rates at one change per frame (coarse curves), then released;
 *       the figure is release → full curve drawn;
 *   <li>back: returning to a rate seen before (everything cached).
 * </ul>
 */
public final class ChartSliderBenchmark {
    private ChartSliderBenchmark() {}

    private static final long PAUSE_MS = 4000;
    private static volatile ThroughputViewModel vm;

    /** A new view-model (an empty cache) with its first curve drawn. */
    private static void fresh() throws Exception {
        onFx(() -> {
            vm = new ThroughputViewModel(new ThroughputModel()::measure, Jobs.background());
            return null;
        });
        waitDrawn();
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        onFx(() -> {
            new AnimationTimer() {
                @Override public void handle(long now) { if (vm != null) vm.drain(); }
            }.start();
            return null;
        });
        fresh();   // warm-up
        for (double position = 1; position <= 5.01; position += 1) time(ThroughputViewModel.rateAt(position));

        List<Double> step = new ArrayList<>();
        for (double position = 1; position <= 5.01; position += 0.5) {
            fresh();   // nothing cached
            step.add(time(ThroughputViewModel.rateAt(position)));
        }
        List<Double> paused = new ArrayList<>();
        fresh();
        Thread.sleep(PAUSE_MS);
        for (double position = 0.5; position <= 5.01; position += ThroughputViewModel.WRITER_STEP) {
            paused.add(time(ThroughputViewModel.rateAt(position)));
            Thread.sleep(PAUSE_MS);   // a teacher talks between two clicks: the neighbours are costed meanwhile
        }
        List<Double> coarse = new ArrayList<>();
        List<Double> drag = new ArrayList<>();
        // each drag ends at a rate not seen before
        for (double[] range : new double[][] {{2.0, 2.85}, {3.05, 3.85}, {1.05, 1.9}, {4.05, 4.85}, {2.05, 3.35}, {3.45, 4.65}}) {
            double[] ms = drag(range[0], range[1]);
            coarse.add(ms[0]);
            drag.add(ms[1]);
        }
        List<Double> back = new ArrayList<>();
        for (double position = 1; position <= 5.01; position += 0.5) back.add(time(ThroughputViewModel.rateAt(position)));
        report("key press, nothing cached", step);
        report("key presses 4 s apart", paused);
        report("drag stops (→ coarse curve)", coarse);
        report("then release (→ full curve)", drag);
        report("back to a rate seen before", back);
        Platform.exit();
    }

    /** Sets the rate (a key press) and waits until the whole new curve is in the chart's rows. */
    private static double time(double rate) throws Exception {
        onFx(() -> {
            vm.writersProperty().set(rate == vm.writersProperty().get() ? rate + 1 : rate);
            return null;
        });
        return waitDrawn();
    }

    /**
     * Drags over positions {@code from} … {@code to} at one change per 16 ms; times the last change → the coarse curve
     * drawn, then releases and times release → the full curve drawn.
     */
    private static double[] drag(double from, double to) throws Exception {
        onFx(() -> {
            vm.writersAdjustingProperty().set(true);
            return null;
        });
        for (double p = from; p <= to + 1e-9; p += 0.05) {
            double rate = ThroughputViewModel.rateAt(p);
            onFx(() -> {
                vm.writersProperty().set(rate);
                return null;
            });
            Thread.sleep(16);
        }
        double coarse = waitDrawn(2 * ThroughputViewModel.COARSE_CPUS.size());
        onFx(() -> {
            vm.writersAdjustingProperty().set(false);
            return null;
        });
        return new double[] {coarse, waitDrawn()};
    }

    private static double waitDrawn() throws Exception { return waitDrawn(2 * ThroughputModel.DEFAULT_CPUS.size()); }

    private static double waitDrawn(int rows) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Thread.sleep(5);
            Double ms = onFx(() -> vm.isRunning() || vm.rows().size() < rows ? null : vm.lastRefreshMillis());
            if (ms != null && ms >= 0) return ms;
        }
        System.err.println(onFx(() -> "running=" + vm.isRunning() + " rows=" + vm.rows().size() + " last=" + vm.lastRefreshMillis()));
        throw new IllegalStateException("the curve was not drawn within 60 s");
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static void report(String what, List<Double> ms) {
        double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-30s n=%2d  min %6.0f  median %6.0f  max %6.0f ms   %s%n", what, a.length, a[0], a[a.length / 2], a[a.length - 1],
                Arrays.toString(ms.stream().mapToLong(Math::round).toArray()));
    }
}
