package org.speclab.app.rcu;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.speclab.app.stepper.Frame;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.kernel.RcuCallback;
import org.speclab.engine.kernel.RcuFlavor;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.TraceEntry;

/**
 * Turns each frame into the two RCU flavours' display models: classic RCU ({@code World.rcu()}) and RCU Tasks
 * Trace ({@code World.trace()}). A callback "ran" at this step when this flavour's kthread took the step and
 * the callback left the queue; all of it read from the states before and after the step.
 */
public final class RcuViewModel {
    public static final String CLASSIC = "rcu";
    public static final String TRACE = "trace";

    private final StepperViewModel stepper;
    private final ReadOnlyObjectWrapper<RcuModel> classic = new ReadOnlyObjectWrapper<>(empty(CLASSIC));
    private final ReadOnlyObjectWrapper<RcuModel> trace = new ReadOnlyObjectWrapper<>(empty(TRACE));

    public RcuViewModel(StepperViewModel stepper) {
        this.stepper = stepper;
        stepper.frameProperty().addListener((o, a, f) -> update(f));
        update(stepper.frame());
    }

    public StepperViewModel stepper() { return stepper; }

    public ReadOnlyObjectProperty<RcuModel> classicProperty() { return classic.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<RcuModel> traceProperty() { return trace.getReadOnlyProperty(); }

    public RcuModel classic() { return classic.get(); }

    public RcuModel trace() { return trace.get(); }

    private void update(Frame f) {
        classic.set(f == null ? empty(CLASSIC) : of(f, false));
        trace.set(f == null ? empty(TRACE) : of(f, true));
    }

    /** The display model of one flavour at one frame. */
    public static RcuModel of(Frame f, boolean tasksTrace) {
        Machine m = f.session().machine();
        RcuFlavor now = f.state().world().flavor(tasksTrace);
        RcuFlavor before = f.index() == 0 ? now : f.timeline().stateAt(f.index() - 1).world().flavor(tasksTrace);

        List<RcuModel.Reader> readers = new ArrayList<>();
        List<String> waits = new ArrayList<>();
        for (int t = 0; t < m.threadCount(); t++) {
            boolean waited = now.gpInProgress() && (now.waitset() & (1 << t)) != 0;
            if (waited) waits.add(m.threadName(t));
            // only readers enter read-side sections; list them all so the layout never jumps
            if (m.isReader(t) || now.depth(t) > 0) {
                readers.add(new RcuModel.Reader(m.threadName(t), t, now.depth(t), waited, now.depth(t) != before.depth(t)));
            }
        }
        List<RcuModel.Callback> callbacks = new ArrayList<>();
        for (RcuCallback cb : now.callbacks()) {
            callbacks.add(new RcuModel.Callback(cb.describe(), cb.waitFor(), cb.waitFor() <= now.completed(), !before.callbacks().contains(cb)));
        }
        boolean gpChanged = now.started() != before.started() || now.completed() != before.completed() || now.waitset() != before.waitset();
        return new RcuModel(tasksTrace ? TRACE : CLASSIC, tasksTrace ? "RCU Tasks Trace" : "RCU", readers, now.started(), now.completed(),
                waits, gpChanged, callbacks, ran(f, m, tasksTrace, before, now));
    }

    /** "free uprobe[0] (after GP 1)" when this step is the flavour's kthread running that callback, else "". */
    private static String ran(Frame f, Machine m, boolean tasksTrace, RcuFlavor before, RcuFlavor now) {
        TraceEntry e = f.step();
        if (e == null || !m.threadName(e.thread()).equals(tasksTrace ? Machine.RCU_TRACE : Machine.RCU)) return "";
        List<RcuCallback> gone = new ArrayList<>(before.callbacks());
        gone.removeAll(now.callbacks());
        return gone.isEmpty() ? "" : gone.get(0).describe() + " (after GP " + gone.get(0).waitFor() + ")";
    }

    private static RcuModel empty(String key) {
        return new RcuModel(key, key.equals(TRACE) ? "RCU Tasks Trace" : "RCU", List.of(), 0, 0, List.of(), false, List.of(), "");
    }
}
