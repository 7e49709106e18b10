package org.speclab.app.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.stepper.Session;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.live.LiveBenchmark;
import org.speclab.engine.live.LiveRow;
import org.speclab.engine.live.LiveVariant;
import org.speclab.engine.throughput.ThroughputModel;
import org.speclab.engine.throughput.ThroughputQuery;
import org.speclab.engine.throughput.ThroughputRow;

/**
 * The throughput chart's state and commands: which variants are drawn, the CPU count the chart points at, the writer
 * rate, total or per-CPU. The throughput model's sweep and the selected point are computed by background tasks that
 * fill queues; {@link #drain()}, called once per frame by the view, moves what arrived into the observable lists. The
 * published figures come from the assets CSV; "measured here" runs the real-threads benchmark on demand.
 */
public final class ThroughputViewModel {
    public static final int DEFAULT_CPUS = 8;
    /** The writer slider runs over log10 of the rate: 0 … 10^6 write sections per second. */
    public static final double MAX_WRITER_POSITION = 6;
    /** One key press on the writer slider: a factor of about 3.2 in the rate. */
    public static final double WRITER_STEP = 0.5;
    /** Seconds per measured point in the window by default: quick, the CLI takes longer. */
    public static final double MEASURE_SECONDS = 0.5;

    /**
     * The CPU counts of the quick curve drawn while the writer slider is being dragged (the shape: rise, peak, the
     * second socket, the siblings); releasing the slider fills in the rest of {@link ThroughputModel#DEFAULT_CPUS}.
     */
    public static final List<Integer> COARSE_CPUS = List.of(1, 2, 4, 8, 16, 24, 40, 80);

    private static final System.Logger LOG = System.getLogger(ThroughputViewModel.class.getName());

    private final ModelCache model;
    private final Jobs jobs;
    private final String topology = ThroughputModel.DEFAULT_TOPOLOGY;
    private final int maxCpus = ThroughputModel.maxCpus(ThroughputModel.DEFAULT_TOPOLOGY);
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final List<PublishedPoints.Point> published = PublishedPoints.bundled();
    private final Map<String, BooleanProperty> selected = new LinkedHashMap<>();
    private final IntegerProperty cpus = new SimpleIntegerProperty(DEFAULT_CPUS);
    private final DoubleProperty writers = new SimpleDoubleProperty(0);
    private final BooleanProperty perCpu = new SimpleBooleanProperty(false);
    private final BooleanProperty writersAdjusting = new SimpleBooleanProperty(false);
    private final ObservableList<ThroughputRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LiveRow> measured = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<ThroughputRow>> detail = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper split = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper speculativeShare = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty measureProgress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper measureStatus = new ReadOnlyStringWrapper("");
    private final DoubleProperty measureSeconds = new SimpleDoubleProperty(MEASURE_SECONDS);

    private Queue<ThroughputRow> sweepQueue = new ConcurrentLinkedQueue<>();
    private Queue<ThroughputRow> detailQueue = new ConcurrentLinkedQueue<>();
    private Queue<LiveRow> liveQueue = new ConcurrentLinkedQueue<>();
    private final List<ThroughputRow> detailRows = new ArrayList<>();
    private ModelTask sweep;
    private ModelTask point;
    private ModelTask prefetch;
    private LiveTask live;
    private Session session;
    /** When the curves were last asked for (nanoTime), until the whole sweep has been drawn; 0 when none is pending. */
    private long askedAt;
    private long lastRefreshNanos = -1;
    private boolean coarseDrawn;

    /** A chart that follows the stepper's lesson: a lesson's {@code chart} key sets the CPU count and writer rate. */
    public ThroughputViewModel(StepperViewModel stepper, Jobs jobs) {
        this(new ThroughputModel()::measure, jobs);
        stepper.frameProperty().addListener((o, a, f) -> {
            if (f != null) follow(f.session());
        });
        if (stepper.session() != null) follow(stepper.session());
    }

    /** A newly opened lesson with a {@code chart} key points the chart where the lesson says. */
    private void follow(Session s) {
        if (s == session) return;
        session = s;
        if (s.lesson() != null) s.lesson().chartSetting().ifPresent(c -> openAt(c.cpus(), c.writers()));
    }

    /** A chart that costs each point with {@code model} (the throughput model's measure; tests pass their own). */
    public ThroughputViewModel(Function<ThroughputQuery, ThroughputRow> model, Jobs jobs) {
        this.model = new ModelCache(model);
        this.jobs = jobs;
        for (String v : ThroughputModel.variants()) {
            BooleanProperty on = new SimpleBooleanProperty(v.equals("v6.13") || v.equals("v6.14"));
            on.addListener((o, a, b) -> recompute());
            selected.put(v, on);
        }
        writers.addListener((o, a, b) -> recompute());
        // released: the coarse curve drawn while dragging gets its other CPU counts
        writersAdjusting.addListener((o, a, dragging) -> {
            if (!dragging && coarseDrawn) restartSweep();
        });
        cpus.addListener((o, a, b) -> restartPoint());
        recompute();
    }

    //  Properties

    /** The model's variants in their fixed order (BEFORE, AFTER, retry, per-VMA lock). */
    public List<String> variants() { return List.copyOf(selected.keySet()); }

    /** Whether {@code variant}'s curve is drawn. */
    public BooleanProperty selectedProperty(String variant) { return selected.get(variant); }

    /** The CPU count the chart points at (the "why" text and the split refer to it): 1 … {@link #maxCpus()}. */
    public IntegerProperty cpusProperty() { return cpus; }

    public int maxCpus() { return maxCpus; }

    /** Write sections per second in the same mm. */
    public DoubleProperty writersProperty() { return writers; }

    /** Per-CPU M/s instead of total M/s. */
    public BooleanProperty perCpuProperty() { return perCpu; }

    /**
     * Whether the writer slider is being dragged: the sweep then costs only {@link #COARSE_CPUS}, and the full curve
     * follows when it turns false.
     */
    public BooleanProperty writersAdjustingProperty() { return writersAdjusting; }

    /**
     * Milliseconds from the last change of the curves' inputs (writer rate, variants, drag released) until the last
     * row of the new sweep reached {@link #rows()}; -1 while a sweep is still being drawn. For the slider's benchmark.
     */
    public double lastRefreshMillis() { return lastRefreshNanos < 0 ? -1 : lastRefreshNanos / 1e6; }

    /** The model's rows of the current sweep, in arrival order ({@link #sweepOrder}, all selected variants). */
    public ObservableList<ThroughputRow> rows() { return rows; }

    /** The published figures to mark on the chart. */
    public List<PublishedPoints.Point> published() { return published; }

    /** Rows measured on this machine by the real-threads benchmark. */
    public ObservableList<LiveRow> measured() { return measured; }

    /** One row per selected variant at the selected CPU count. */
    public ReadOnlyObjectProperty<List<ThroughputRow>> detailProperty() { return detail.getReadOnlyProperty(); }

    /** Which line moves, and how often per hit, for each selected variant at the selected CPU count. */
    public ReadOnlyStringProperty whyProperty() { return why.getReadOnlyProperty(); }

    /** One line for a small chart: "16 CPUs: BEFORE 7.39 · AFTER 41.5 M/s". */
    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }

    /** "AFTER hits: 41.5 speculative · 0.00 locked path (M/s)" at the selected CPU count. */
    public ReadOnlyStringProperty splitProperty() { return split.getReadOnlyProperty(); }

    /** The speculative share (0 … 1) of the split's hits. */
    public ReadOnlyDoubleProperty speculativeShareProperty() { return speculativeShare.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public boolean isRunning() { return running.get(); }

    public ReadOnlyBooleanProperty measuringProperty() { return measuring.getReadOnlyProperty(); }

    public DoubleProperty measureProgressProperty() { return measureProgress; }

    public ReadOnlyStringProperty measureStatusProperty() { return measureStatus.getReadOnlyProperty(); }

    /** Seconds per measured point (tests make it short). */
    public DoubleProperty measureSecondsProperty() { return measureSeconds; }

    /** This machine's core count, for the measured series' name. */
    public int cores() { return cores; }

    //  Commands

    /** Points the chart at {@code cpus} (clamped) with {@code writersPerSecond}. */
    public void openAt(int cpus, double writersPerSecond) {
        this.cpus.set(Math.max(1, Math.min(maxCpus, cpus)));
        writers.set(writersPerSecond);
    }

    /** Runs the real-threads benchmark here (1 … cores threads, both analogs) with the current writer rate. */
    public void measureHere() {
        if (measuring.get()) return;
        measured.clear();
        liveQueue = new ConcurrentLinkedQueue<>();
        List<Integer> threads = new ArrayList<>();
        for (int i = 1; i <= Math.min(cores, 16); i++) threads.add(i);
        LiveTask t = new LiveTask(new LiveBenchmark(measureSeconds.get(), Math.min(writers.get(), 1e6)), threads, liveQueue);
        live = t;
        measuring.set(true);
        measureProgress.unbind();
        measureProgress.bind(t.progressProperty());
        measureStatus.set("measuring on this machine (" + cores + " cores)…");
        whenDone(t, () -> live == t, () -> {
            measuring.set(false);
            drain();
            measureStatus.set(t.isCancelled() ? "measurement cancelled" : t.getException() != null
                    ? "the measurement stopped: " + t.getException().getMessage() : measuredSummary());
        });
        jobs.start(t);
    }

    public void cancelMeasure() {
        if (live != null) live.cancel();
    }

    /**
     * Moves every queued row into the lists (one addAll each, so one chart update per frame) and refreshes the texts.
     * Returns whether anything arrived. Call on the FX thread.
     */
    public boolean drain() {
        List<ThroughputRow> swept = poll(sweepQueue);
        List<ThroughputRow> points = poll(detailQueue);
        List<LiveRow> live = poll(liveQueue);
        if (!swept.isEmpty()) rows.addAll(swept);
        if (!live.isEmpty()) measured.addAll(live);
        if (!points.isEmpty()) {
            detailRows.addAll(points);
            detail.set(List.copyOf(detailRows));
            updateTexts();
        }
        if (askedAt != 0 && (sweep == null || ended(sweep)) && sweepQueue.isEmpty()) sweepDrawn();
        return !(swept.isEmpty() && points.isEmpty() && live.isEmpty());
    }

    //  Texts (static: tested without a toolkit)

    /** "BEFORE v6.13", "AFTER v6.14", or the variant's own name. */
    public static String label(String variant) {
        return switch (variant) {
            case "v6.13" -> "BEFORE v6.13";
            case "v6.14" -> "AFTER v6.14";
            default -> variant;
        };
    }

    /** "BEFORE", "AFTER", or the variant's own name. */
    public static String shortLabel(String variant) {
        return switch (variant) {
            case "v6.13" -> "BEFORE";
            case "v6.14" -> "AFTER";
            default -> variant;
        };
    }

    /** Two lines of the "why": the rate, then which line moves between cores how often per hit. */
    public static String why(ThroughputRow r) {
        String cause = r.transfersPerHit() > 0 && !r.hottestLine().isEmpty()
                ? String.format(Locale.ROOT, r.transfersPerHit() < 0.095 ? "%s moves %.3f× per hit" : "%s moves %.1f× per hit", r.hottestLine(),
                        r.transfersPerHit())
                : "no line moves between cores";
        return String.format(Locale.ROOT, "%s: %s M/s\n   %s", label(r.variant()), mps(r.totalMps()), cause);
    }

    /** The writer slider's position (0 … 6, log10 of the rate) as a rate: below 0.5 means no writer. */
    public static double rateAt(double position) {
        if (position < 0.5) return 0;
        double raw = Math.pow(10, Math.min(position, MAX_WRITER_POSITION));
        double scale = Math.pow(10, Math.floor(Math.log10(raw)) - 1);   // two significant digits
        return Math.round(raw / scale) * scale;
    }

    /** The slider position of a rate. */
    public static double positionOf(double rate) { return rate < 3 ? 0 : Math.min(MAX_WRITER_POSITION, Math.log10(rate)); }

    /** "0", "20", "3.2 k", "1 M" write sections per second. */
    public static String rateText(double rate) {
        if (rate >= 1e6) return trim(rate / 1e6) + " M";
        if (rate >= 1e3) return trim(rate / 1e3) + " k";
        return trim(rate);
    }

    static String mps(double v) { return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v); }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    //  Internals

    private List<String> chosen() { return selected.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList(); }

    private void recompute() {
        restartSweep();
        restartPoint();
    }

    /**
     * The order in which the sweep costs CPU counts: a coarse pass first (1, 80, 40, 8, 16, 24, 4, 2), so the whole shape
     * shows within the first points even when the model is slow (writers), then the rest ascending. The chart sorts
     * each curve by CPUs, so arrival order never shows.
     */
    static List<Integer> sweepOrder(List<Integer> cpus) {
        List<Integer> order = new ArrayList<>();
        for (int n : List.of(1, 80, 40, 8, 16, 24, 4, 2)) if (cpus.contains(n)) order.add(n);
        for (int n : cpus) if (!order.contains(n)) order.add(n);
        return order;
    }

    /**
     * The whole curve of every selected variant (CPU counts outermost, so all curves fill in together): the rows
     * costed before go into the list at once, the rest come from a background task. While the writer slider is being
     * dragged, only {@link #COARSE_CPUS}.
     */
    private void restartSweep() {
        if (sweep != null) sweep.cancel();
        if (prefetch != null) prefetch.cancel();
        prefetch = null;
        sweep = null;
        sweepQueue = new ConcurrentLinkedQueue<>();
        askedAt = System.nanoTime();
        lastRefreshNanos = -1;
        coarseDrawn = writersAdjusting.get();
        List<Integer> counts = coarseDrawn ? COARSE_CPUS : ThroughputModel.DEFAULT_CPUS;
        List<ThroughputRow> known = new ArrayList<>();
        List<ThroughputQuery> missing = new ArrayList<>();
        for (int n : sweepOrder(counts)) {
            if (n > maxCpus) continue;
            for (String v : chosen()) {
                ThroughputQuery q = new ThroughputQuery(v, n, writers.get(), topology, 1);
                ThroughputRow r = model.cached(q);
                if (r != null) known.add(r);
                else missing.add(q);
            }
        }
        rows.setAll(known);
        if (missing.isEmpty()) {
            running.set(false);
            sweepDrawn();
            return;
        }
        ModelTask t = new ModelTask(model, missing, sweepQueue);
        sweep = t;
        running.set(true);
        whenDone(t, () -> sweep == t, () -> running.set(false));
        jobs.start(t);
    }

    private void sweepDrawn() {
        lastRefreshNanos = System.nanoTime() - askedAt;
        askedAt = 0;
        LOG.log(System.Logger.Level.DEBUG, () -> String.format(Locale.ROOT, "chart: %s sweep at %s writers/s drawn in %.0f ms",
                coarseDrawn ? "coarse" : "full", rateText(writers.get()), lastRefreshMillis()));
        if (!coarseDrawn) prefetchNeighbours();
    }

    /**
     * While the chart is idle, costs the curves one key press (a block increment) either side of the writer slider,
     * so the next step with the keyboard or clicker draws at once. Any new request cancels it.
     */
    private void prefetchNeighbours() {
        double at = positionOf(writers.get());
        List<ThroughputQuery> qs = new ArrayList<>();
        for (double p : new double[] {at + WRITER_STEP, at - WRITER_STEP}) {
            if (p < 0 || p > MAX_WRITER_POSITION + 1e-9) continue;
            double rate = rateAt(p);
            for (int n : sweepOrder(ThroughputModel.DEFAULT_CPUS)) {
                if (n > maxCpus) continue;
                for (String v : chosen()) {
                    ThroughputQuery q = new ThroughputQuery(v, n, rate, topology, 1);
                    if (model.cached(q) == null) qs.add(q);
                }
            }
        }
        if (qs.isEmpty()) return;
        prefetch = new ModelTask(model, qs, new ConcurrentLinkedQueue<>() {
            @Override public boolean add(ThroughputRow r) { return true; }   // only the cache keeps them
        });
        jobs.start(prefetch);
    }

    /** The selected CPU count's row of every selected variant: from the cache at once, else in the background. */
    private void restartPoint() {
        if (point != null) point.cancel();
        point = null;
        detailQueue = new ConcurrentLinkedQueue<>();
        detailRows.clear();
        List<ThroughputQuery> missing = new ArrayList<>();
        for (String v : chosen()) {
            ThroughputQuery q = new ThroughputQuery(v, cpus.get(), writers.get(), topology, 1);
            ThroughputRow r = model.cached(q);
            if (r != null) detailRows.add(r);
            else missing.add(q);
        }
        // the texts keep the variants' order: while some are missing, show none rather than a partial list
        if (!missing.isEmpty()) detailRows.clear();
        detail.set(List.copyOf(detailRows));
        updateTexts();
        if (missing.isEmpty()) return;
        List<ThroughputQuery> all = chosen().stream().map(v -> new ThroughputQuery(v, cpus.get(), writers.get(), topology, 1)).toList();
        ModelTask t = new ModelTask(model, all, detailQueue);
        point = t;
        jobs.start(t);
    }

    /**
     * Whether {@code t} has ended, as the FX thread sees it. Not {@code isDone()}: that is the FutureTask's own flag,
     * set on the worker thread after the Task has already posted its final state to the FX thread.
     */
    private static boolean ended(Task<?> t) {
        return switch (t.getState()) {
            case SUCCEEDED, CANCELLED, FAILED -> true;
            default -> false;
        };
    }

    /** Runs {@code done} on the FX thread once {@code t} ends, if it is still the current task. */
    private static void whenDone(Task<?> t, java.util.function.BooleanSupplier current, Runnable done) {
        t.stateProperty().addListener((o, a, state) -> {
            if (ended(t) && current.getAsBoolean()) done.run();
        });
    }

    private static <T> List<T> poll(Queue<T> q) {
        List<T> out = new ArrayList<>();
        for (T x = q.poll(); x != null; x = q.poll()) out.add(x);
        return out;
    }

    private void updateTexts() {
        List<ThroughputRow> d = detail.get();
        if (d.isEmpty()) {
            why.set("");
            split.set("");
            caption.set("");
            speculativeShare.set(0);
            return;
        }
        StringBuilder b = new StringBuilder("At " + cpus.get() + (cpus.get() == 1 ? " CPU" : " CPUs") + ":");
        for (ThroughputRow r : d) b.append('\n').append(why(r));
        why.set(b.toString());
        StringBuilder c = new StringBuilder(cpus.get() + (cpus.get() == 1 ? " CPU:" : " CPUs:"));
        for (int i = 0; i < d.size(); i++) c.append(i == 0 ? " " : " · ").append(shortLabel(d.get(i).variant())).append(' ').append(mps(d.get(i).totalMps()));
        caption.set(c.append(" M/s").toString());
        ThroughputRow main = primary(d);
        double share = main.totalMps() > 0 ? main.speculativeMps() / main.totalMps() : 0;
        speculativeShare.set(share);
        split.set(String.format(Locale.ROOT, "%s hits: %s speculative · %s locked path (M/s)", shortLabel(main.variant()),
                mps(main.speculativeMps()), mps(main.fallbackMps())));
    }

    /** The split shows AFTER when it is drawn, else the first drawn variant. */
    private static ThroughputRow primary(List<ThroughputRow> d) {
        return d.stream().filter(r -> r.variant().equals("v6.14")).findFirst().orElse(d.get(0));
    }

    private String measuredSummary() {
        List<LiveRow> m = measured;
        if (m.isEmpty()) return "";
        StringBuilder b = new StringBuilder("measured on this machine (" + cores + " cores, Java analog)");
        int first = m.stream().mapToInt(LiveRow::threads).min().orElse(1);
        int last = m.stream().mapToInt(LiveRow::threads).max().orElse(1);
        if (last > first) {
            b.append("\nrate per thread from ").append(first).append(" to ").append(last).append(" threads:");
            String sep = " ";
            for (LiveVariant v : LiveVariant.values()) {
                LiveRow a = m.stream().filter(r -> r.variant() == v && r.threads() == first).findFirst().orElse(null);
                LiveRow z = m.stream().filter(r -> r.variant() == v && r.threads() == last).findFirst().orElse(null);
                if (a != null && z != null && a.perThreadMps() > 0) {
                    b.append(String.format(Locale.ROOT, "%s%s analog %+.0f %%", sep, v == LiveVariant.LOCKED ? "lock" : "lockless",
                            100 * (z.perThreadMps() / a.perThreadMps() - 1)));
                    sep = ", ";
                }
            }
        }
        return b.toString();
    }
}
