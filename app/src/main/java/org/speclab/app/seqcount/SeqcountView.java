package org.speclab.app.seqcount;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import org.speclab.app.theme.ThreadShape;
import org.speclab.app.theme.Styles;

/**
 * mm_lock_seq, big: the count (rolling to each new value), its parity in words with an icon (odd also shaded),
 * who holds mmap_lock and who waits, which step last moved it, and each reader's snapshot with ✓/✗. In a small
 * card the number keeps at least {@link #NUMBER_SHARE} of the height and the least important lines give way.
 */
public final class SeqcountView extends Region {
    static final double NUMBER_SHARE = 0.4;
    private static final double GAP = 4;

    private final SeqcountViewModel vm;
    private final RollingNumber number = new RollingNumber("seqcount-value");
    private final Label parity = new Label();
    private final Region parityIcon = new Region();
    private final HBox parityBox = new HBox(parityIcon, parity);
    private final Label holder = new Label();
    private final Label queue = new Label();
    private final Label cause = new Label();
    private final Label snapshotsTitle = new Label("reader snapshots (S2)");
    private final VBox snapshots = new VBox();
    /** What gives way first when the card is small: the end of this list. */
    private final List<Region> byImportance = List.of(parityBox, snapshots, holder, snapshotsTitle, queue, cause);
    /** The order on screen, under the number. */
    private final List<Region> reading = List.of(parityBox, holder, queue, cause, snapshotsTitle, snapshots);

    public SeqcountView(SeqcountViewModel vm) {
        this.vm = vm;
        setId("seqcount-view");
        createView();
        init();
    }

    private void createView() {
        number.setId("seqcount-number");
        parityIcon.getStyleClass().add("parity-icon");
        parity.setId("seqcount-parity");
        parity.setWrapText(true);
        HBox.setHgrow(parity, Priority.ALWAYS);
        parityBox.setId("seqcount-parity-box");
        parityBox.setAlignment(Pos.CENTER_LEFT);
        holder.setId("mmap-lock-holder");
        queue.setId("mmap-lock-queue");
        cause.setId("seqcount-cause");
        cause.getStyleClass().add(Styles.MONO);
        for (Label l : List.of(holder, queue, cause)) l.setWrapText(true);
        snapshotsTitle.getStyleClass().add("snapshots-title");
        snapshotsTitle.setWrapText(true);
        snapshots.setId("seqcount-snapshots");
        getChildren().add(number);
        getChildren().addAll(reading);
    }

    private void init() {
        parity.textProperty().bind(vm.parityTextProperty());
        holder.textProperty().bind(vm.holderTextProperty());
        queue.textProperty().bind(vm.queueTextProperty());
        cause.textProperty().bind(vm.causeTextProperty().map(c -> c.isEmpty() ? "" : "last change: " + c));
        number.label().setTooltip(new Tooltip("mm_lock_seq: odd while a writer is between mmap_write_lock and its unlock or downgrade"));
        vm.valueTextProperty().addListener((o, a, b) -> number.show(b, parse(a), parse(b)));
        number.show(vm.valueTextProperty().get(), 0, 0);
        vm.oddProperty().addListener((o, a, b) -> showOdd(b));
        showOdd(vm.oddProperty().get());
        vm.changedProperty().addListener((o, a, b) -> number.pseudoClassStateChanged(Styles.CHANGED, b));
        vm.writeHeldProperty().addListener((o, a, b) -> holder.pseudoClassStateChanged(Styles.ODD, b));
        vm.snapshots().addListener((ListChangeListener<Snapshot>) c -> rebuildSnapshots());
        rebuildSnapshots();
    }

    /** The number takes what the other lines leave, but never less than its share; a line that does not fit hides. */
    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double room = h * (1 - NUMBER_SHARE);
        Map<Region, Double> heights = new HashMap<>();
        boolean full = false;
        for (Region r : byImportance) {
            double ph = empty(r) ? 0 : r.prefHeight(w);
            // strictly by importance: once one line does not fit, the less important ones stay hidden too
            full |= ph + GAP > room;
            boolean shown = ph > 0 && !full;
            r.setVisible(shown);
            if (shown) {
                heights.put(r, ph);
                room -= ph + GAP;
            }
        }
        double used = heights.values().stream().mapToDouble(d -> d + GAP).sum();
        double y = snappedTopInset();
        number.resizeRelocate(x, y, w, h - used);
        y += h - used;
        for (Region r : reading) {
            Double rh = heights.get(r);
            if (rh == null) continue;
            r.resizeRelocate(x, y + GAP, w, rh);
            y += rh + GAP;
        }
    }

    private static boolean empty(Region r) {
        if (r instanceof Label l) return l.getText() == null || l.getText().isEmpty();
        if (r instanceof VBox v) return v.getChildren().isEmpty();
        return false;
    }

    @Override protected double computePrefWidth(double height) { return 200; }

    /** The number and every line it has now, so the window gives this card the room its lines need. */
    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? -1 : Math.max(0, width - snappedLeftInset() - snappedRightInset());
        double h = number.prefHeight(w);
        for (Region r : reading) if (!empty(r)) h += r.prefHeight(w) + GAP;
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override protected double computeMinWidth(double height) { return 0; }

    @Override protected double computeMinHeight(double width) { return 0; }

    private void showOdd(boolean odd) {
        number.pseudoClassStateChanged(Styles.ODD, odd);
        parityBox.pseudoClassStateChanged(Styles.ODD, odd);
        parityIcon.pseudoClassStateChanged(Styles.ODD, odd);
    }

    private void rebuildSnapshots() {
        long now = vm.valueProperty().get();
        snapshots.getChildren().setAll(vm.snapshots().stream().map(s -> row(s, now)).toList());
        snapshotsTitle.setText(vm.snapshots().isEmpty() ? "" : "reader snapshots (S2)");
    }

    private HBox row(Snapshot s, long now) {
        Label name = new Label(s.name(), marker(s.thread()));
        name.getStyleClass().add("snapshot-name");
        Label value = new Label(s.text());
        value.setId("snapshot-" + s.name());
        value.getStyleClass().addAll("snapshot-value", Styles.MONO);
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.pseudoClassStateChanged(Styles.HIT, s.match() == Snapshot.Match.SAME);
        value.pseudoClassStateChanged(Styles.STALE, s.match() == Snapshot.Match.DIFFERENT);
        Tooltip.install(value, new Tooltip(s.explanation(now)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(name, gap, value);
        row.setId("snapshot-row-" + s.name());
        row.getStyleClass().add("snapshot-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The CPU's marker: the reader colour (from CSS) and its shape by index, as in the lanes. */
    private static Node marker(int thread) {
        double[] pts = ThreadShape.of(thread).points(6, 6, 5);
        Shape n = pts.length == 0 ? new Circle(6, 6, 5) : new Polygon(pts);
        n.getStyleClass().addAll("thread-marker", Styles.READER);
        return n;
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException | NullPointerException e) {
            return 0;
        }
    }
}
