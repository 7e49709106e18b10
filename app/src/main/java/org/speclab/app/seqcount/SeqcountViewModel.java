package org.speclab.app.seqcount;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.speclab.app.stepper.Frame;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.kernel.MmapLock;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.State;
import org.speclab.engine.run.TraceEntry;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.ThreadState;

/**
 * View-model of the mm_lock_seq view: the count and its parity, who holds mmap_lock, which step last moved the
 * count, and each reader's snapshot with ✓/✗ against the count. Every value is read off the frame's state.
 */
public final class SeqcountViewModel {
    private final StepperViewModel stepper;
    private final ReadOnlyLongWrapper value = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper valueText = new ReadOnlyStringWrapper("—");
    private final ReadOnlyBooleanWrapper odd = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper parityText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper holderText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper writeHeld = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper queueText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper causeText = new ReadOnlyStringWrapper("");
    private final ObservableList<Snapshot> snapshots = FXCollections.observableArrayList();

    public SeqcountViewModel(StepperViewModel stepper) {
        this.stepper = stepper;
        stepper.frameProperty().addListener((o, a, f) -> show(f));
        show(stepper.frame());
    }

    public StepperViewModel stepper() { return stepper; }

    /** mm_lock_seq as an unsigned number. */
    public ReadOnlyLongProperty valueProperty() { return value.getReadOnlyProperty(); }

    public ReadOnlyStringProperty valueTextProperty() { return valueText.getReadOnlyProperty(); }

    /** Odd: a write section is in progress (between mmap_write_lock's increment and the unlock's or downgrade's). */
    public ReadOnlyBooleanProperty oddProperty() { return odd.getReadOnlyProperty(); }

    public ReadOnlyStringProperty parityTextProperty() { return parityText.getReadOnlyProperty(); }

    /** The step just executed moved the count. */
    public ReadOnlyBooleanProperty changedProperty() { return changed.getReadOnlyProperty(); }

    public ReadOnlyStringProperty holderTextProperty() { return holderText.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty writeHeldProperty() { return writeHeld.getReadOnlyProperty(); }

    /** Who sleeps in down_read/down_write, in FIFO order; empty when nobody waits. */
    public ReadOnlyStringProperty queueTextProperty() { return queueText.getReadOnlyProperty(); }

    /** Which step last moved the count, e.g. "step 8 · cpu1 WL2: 2 → 3"; empty before any change. */
    public ReadOnlyStringProperty causeTextProperty() { return causeText.getReadOnlyProperty(); }

    /** One row per reader CPU, in thread order. */
    public ObservableList<Snapshot> snapshots() { return snapshots; }

    private void show(Frame f) {
        if (f == null) {
            valueText.set("—");
            parityText.set("no lesson loaded");
            snapshots.clear();
            return;
        }
        State s = f.state();
        Machine m = f.session().machine();
        long now = s.world().mm().seqValue();
        value.set(now);
        valueText.set(Long.toString(now));
        odd.set((now & 1) == 1);
        parityText.set(parity(now));
        changed.set(f.index() > 0 && f.timeline().stateAt(f.index() - 1).world().mm().seqValue() != now);
        MmapLock lock = s.world().mm().lock();
        writeHeld.set(lock.writeHeld());
        holderText.set(holder(lock, m));
        queueText.set(queue(lock, m));
        causeText.set(cause(f));
        snapshots.setAll(snapshots(s, m));
    }

    static String parity(long v) { return (v & 1) == 1 ? "odd — writer active" : "even — no writer"; }

    static String holder(MmapLock lock, Machine m) {
        if (lock.writeHeld()) return "mmap_lock: write · " + m.threadName(lock.writer());
        if (!lock.readers().isEmpty()) return "mmap_lock: read · " + lock.readers().stream().map(m::threadName).collect(Collectors.joining(", "));
        return "mmap_lock: free";
    }

    static String queue(MmapLock lock, Machine m) {
        if (lock.queue().isEmpty()) return "";
        return "waiting: " + lock.queue().stream().map(w -> m.threadName(w.thread()) + (w.write() ? " (write)" : " (read)"))
                .collect(Collectors.joining(", "));
    }

    /** The latest step up to the cursor after which the count differs from before it. */
    static String cause(Frame f) {
        List<TraceEntry> h = f.history();
        for (int i = h.size() - 1; i >= 0; i--) {
            long after = h.get(i).after().world().mm().seqValue();
            long before = f.timeline().stateAt(i).world().mm().seqValue();
            if (after != before) {
                TraceEntry e = h.get(i);
                return "step " + e.index() + " · " + e.threadName() + " " + e.label() + ": " + before + " → " + after;
            }
        }
        return "";
    }

    /**
     * A reader holds a snapshot only inside its speculation window: {@code window()} opens at S2 and at L1, and
     * {@code locked()} becomes true at L1 for good, so an open window of an unlocked reader is one that S2 opened.
     * It closes at S10, or when a failed check clears the reader's locals.
     */
    static List<Snapshot> snapshots(State s, Machine m) {
        long now = s.world().mm().seqValue();
        List<Snapshot> out = new ArrayList<>();
        for (int t = 0; t < m.programThreads(); t++) {
            if (!m.isReader(t)) continue;
            ThreadState ts = s.thread(t);
            ReaderRegs r = ts.isReader() ? ts.reader() : null;
            if (r == null || !r.window() || r.locked()) {
                out.add(new Snapshot(t, m.threadName(t), null, Snapshot.Match.NONE));
                continue;
            }
            long seq = Integer.toUnsignedLong(r.seq());
            out.add(new Snapshot(t, m.threadName(t), seq, seq == now ? Snapshot.Match.SAME : Snapshot.Match.DIFFERENT));
        }
        return out;
    }
}
