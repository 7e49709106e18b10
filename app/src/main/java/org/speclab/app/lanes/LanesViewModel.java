package org.speclab.app.lanes;

import org.speclab.app.theme.ThreadShape;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.speclab.app.lanes.LanesModel.Lane;
import org.speclab.app.lanes.LanesModel.Mark;
import org.speclab.app.lanes.LanesModel.Role;
import org.speclab.app.lanes.LanesModel.SeqPoint;
import org.speclab.app.lanes.LanesModel.Span;
import org.speclab.app.stepper.Frame;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.TraceEntry;

/**
 * View-model of the CPU lanes: turns each frame into a {@link LanesModel} (lanes, step marks, the mm_lock_seq
 * step plot with its odd spans, the readers' speculation brackets). The canvas only draws that model; tests read
 * it through {@link #modelProperty()}.
 */
public final class LanesViewModel {
    /** The x axis holds at least this many steps, so the first steps do not jump as the scale changes. */
    static final int MIN_SPAN = 24;

    private final StepperViewModel stepper;
    private final ReadOnlyObjectWrapper<LanesModel> model = new ReadOnlyObjectWrapper<>(LanesModel.EMPTY);

    public LanesViewModel(StepperViewModel stepper) {
        this.stepper = stepper;
        stepper.frameProperty().addListener((o, a, f) -> model.set(derive(f)));
        model.set(derive(stepper.frame()));
    }

    public StepperViewModel stepper() { return stepper; }

    /** The model the canvas draws, replaced on every frame. */
    public ReadOnlyObjectProperty<LanesModel> modelProperty() { return model.getReadOnlyProperty(); }

    public LanesModel model() { return model.get(); }

    static LanesModel derive(Frame f) {
        if (f == null) return LanesModel.EMPTY;
        Machine m = f.session().machine();
        List<TraceEntry> history = f.history();
        List<Mark> marks = new ArrayList<>();
        for (TraceEntry e : history) marks.add(new Mark(e.index(), e.thread(), e.label(), role(m, e.thread()), e.index() == f.index()));
        List<SeqPoint> seq = new ArrayList<>();
        seq.add(new SeqPoint(0, f.timeline().initial().world().mm().seqValue()));
        for (TraceEntry e : history) seq.add(new SeqPoint(e.index(), e.after().world().mm().seqValue()));
        return new LanesModel(lanes(m), marks, seq, oddSpans(seq), Brackets.of(m, f.timeline().initial(), history),
                f.index(), Math.max(MIN_SPAN, f.timeline().size()));
    }

    /** Readers first, then writers, then the RCU pseudo-threads (the machine's order within each group). */
    static List<Lane> lanes(Machine m) {
        List<Lane> out = new ArrayList<>();
        for (Role r : Role.values()) {
            for (int t = 0; t < m.threadCount(); t++) {
                if (role(m, t) == r) out.add(new Lane(t, m.threadName(t), r, ThreadShape.of(t)));
            }
        }
        return out;
    }

    static Role role(Machine m, int t) {
        return m.isDaemon(t) ? Role.DAEMON : m.isReader(t) ? Role.READER : Role.WRITER;
    }

    /** Maximal runs of points with an odd count: the write sections as they appear on the track. */
    static List<Span> oddSpans(List<SeqPoint> seq) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < seq.size(); i++) {
            boolean odd = seq.get(i).odd();
            if (odd && start < 0) start = seq.get(i).step();
            if (!odd && start >= 0) {
                out.add(new Span(start, seq.get(i - 1).step()));
                start = -1;
            }
        }
        if (start >= 0) out.add(new Span(start, seq.get(seq.size() - 1).step()));
        return out;
    }
}
