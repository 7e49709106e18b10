package org.speclab.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.stepper.Session;
import org.speclab.app.stepper.StepperViewModel;

/**
 * Speculative hits vs fallbacks over seeded random runs of the current session (seeds 1..N, then more on
 * request), counted from the engine's own reader verdicts. A background task fills a queue; {@link #drain()},
 * called once per frame by the view, turns it into cumulative points. A new session (lesson or variant)
 * cancels the running task and starts over. A later throughput model will replace the data source.
 */
public final class ThroughputViewModel {
    public static final int DEFAULT_BATCH = 300;

    /** One point of both series: after {@code run} runs, the cumulative counts. */
    public record Point(int run, int hits, int fallbacks) {}

    private final StepperViewModel stepper;
    private final Jobs jobs;
    private final IntegerProperty batch = new SimpleIntegerProperty(DEFAULT_BATCH);
    private final ObservableList<Point> points = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper hitRate = new ReadOnlyStringWrapper("hit rate —");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private Session session;
    private SweepTask task;
    private Queue<RunResult> queue = new ConcurrentLinkedQueue<>();
    private int runs;
    private int hits;
    private int fallbacks;
    private int unfinished;
    private int violated;

    public ThroughputViewModel(StepperViewModel stepper, Jobs jobs) {
        this.stepper = stepper;
        this.jobs = jobs;
        stepper.frameProperty().addListener((o, a, f) -> {
            if (f != null && f.session() != session) restart(f.session());
        });
        if (stepper.session() != null) restart(stepper.session());
    }

    public StepperViewModel stepper() { return stepper; }

    /** Runs per batch (300; tests make it smaller). Read when a batch starts. */
    public IntegerProperty batchProperty() { return batch; }

    /** Cumulative points, one per run, oldest first. */
    public ObservableList<Point> points() { return points; }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public boolean isRunning() { return running.get(); }

    public DoubleProperty progressProperty() { return progress; }

    /** "hit rate 62%" of the finished lookups so far. */
    public ReadOnlyStringProperty hitRateProperty() { return hitRate.getReadOnlyProperty(); }

    /** "300 runs (seeds 1–300) · 412 hits · 188 fallbacks", plus stopped runs and broken properties if any. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** Starts another batch of seeds after the last one requested. */
    public void runMore() {
        if (session == null || isRunning()) return;
        drain();
        start(runs + 1, runs + batch.get());
    }

    public void cancel() {
        if (task != null) task.cancel();
    }

    /**
     * Moves every queued result into {@link #points()} (one addAll per call, so one chart update per frame).
     * Returns whether anything arrived. Call on the FX thread.
     */
    public boolean drain() {
        List<Point> batchPoints = new ArrayList<>();
        for (RunResult r = queue.poll(); r != null; r = queue.poll()) {
            runs++;
            hits += r.hits();
            fallbacks += r.fallbacks();
            unfinished += r.unfinished();
            if (r.violated()) violated++;
            batchPoints.add(new Point(runs, hits, fallbacks));
        }
        if (batchPoints.isEmpty()) return false;
        points.addAll(batchPoints);
        updateTexts();
        return true;
    }

    private void restart(Session s) {
        cancel();
        session = s;
        points.clear();
        runs = hits = fallbacks = unfinished = violated = 0;
        updateTexts();
        start(1, batch.get());
    }

    /** Each task gets its own queue: a cancelled task's late result lands in a queue nobody drains any more. */
    private void start(int first, int last) {
        queue = new ConcurrentLinkedQueue<>();
        SweepTask t = new SweepTask(session, first, last, queue);
        task = t;
        progress.unbind();
        progress.bind(t.progressProperty());
        running.set(true);
        t.stateProperty().addListener((o, a, state) -> {
            if (task != t || !t.isDone()) return;
            running.set(false);
            if (state == javafx.concurrent.Worker.State.FAILED) summary.set("the sweep stopped: " + t.getException().getMessage());
        });
        if (runs == 0) summary.set("running seeds " + first + "–" + last + "…");
        jobs.start(t);
    }

    /** A whole percentage that never rounds a rare hit away: 1 of 600 reads "< 1%", not "0%". */
    static String percent(int part, int whole) {
        long p = Math.round(100.0 * part / whole);
        if (p == 0 && part > 0) return "< 1%";
        if (p == 100 && part < whole) return "> 99%";
        return p + "%";
    }

    private void updateTexts() {
        int lookups = hits + fallbacks;
        hitRate.set(lookups == 0 ? "hit rate —" : "hit rate " + percent(hits, lookups));
        if (runs == 0) {
            summary.set("");
            return;
        }
        StringBuilder b = new StringBuilder(runs + (runs == 1 ? " run" : " runs") + " (seeds 1–" + runs + ") · " + hits + " hits · "
                + fallbacks + " fallbacks");
        if (unfinished > 0) b.append(" · ").append(unfinished).append(" lookups unfinished");
        if (violated > 0) b.append(" · ").append(violated).append(violated == 1 ? " run broke a property" : " runs broke a property");
        summary.set(b.toString());
    }
}
