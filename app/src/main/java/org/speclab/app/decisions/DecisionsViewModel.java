package org.speclab.app.decisions;

import org.speclab.app.theme.ThreadBadge;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.speclab.app.stepper.DecisionItem;
import org.speclab.app.stepper.Frame;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.TraceEntry;
import org.speclab.engine.step.Decision;

/**
 * The decisions list as display rows, newest last: the stepper's {@link DecisionItem}s with their kind (from the
 * trace entry's own {@link Decision.Kind}) and the thread's role. "Show cause" moves the timeline's cursor.
 */
public final class DecisionsViewModel {
    private final StepperViewModel stepper;
    private final ObservableList<DecisionRow> rows = FXCollections.observableArrayList();

    public DecisionsViewModel(StepperViewModel stepper) {
        this.stepper = stepper;
        // the stepper sets the frame before the decisions: follow both, the second call wins
        stepper.decisions().addListener((ListChangeListener<DecisionItem>) c -> refresh());
        stepper.frameProperty().addListener((o, a, f) -> refresh());
        refresh();
    }

    public StepperViewModel stepper() { return stepper; }

    /** Newest last. */
    public ObservableList<DecisionRow> rows() { return rows; }

    /** Moves the timeline to the step that caused this decision. */
    public void showCause(DecisionRow row) {
        if (row.hasCause()) stepper.goTo(row.causeStep());
    }

    private void refresh() {
        Frame f = stepper.frame();
        List<DecisionRow> next = f == null ? List.of() : rows(f, stepper.decisions());
        if (!next.equals(rows)) rows.setAll(next);   // equal rows: nothing for the view to rebuild
    }

    /** The display rows of {@code items} at frame {@code f}. */
    public static List<DecisionRow> rows(Frame f, List<DecisionItem> items) {
        Machine m = f.session().machine();
        List<DecisionRow> out = new ArrayList<>();
        for (DecisionItem d : items) {
            int t = m.indexOf(d.thread());
            out.add(new DecisionRow(d.step(), d.thread(), t, ThreadBadge.Role.of(m, t), d.sentence(), kind(f, d), d.causeStep(), d.step() == f.index()));
        }
        return out;
    }

    static DecisionRow.Kind kind(Frame f, DecisionItem d) {
        if (d.violation()) return DecisionRow.Kind.VIOLATION;
        if (d.hit()) return DecisionRow.Kind.HIT;
        TraceEntry e = d.step() >= 1 && d.step() <= f.timeline().size() ? f.timeline().entries().get(d.step() - 1) : null;
        if (e == null || e.decision() == null) return DecisionRow.Kind.FALLBACK;
        return switch (e.decision().kind()) {
            case SPECULATIVE_HIT -> DecisionRow.Kind.HIT;
            case RETRY -> DecisionRow.Kind.RETRY;
            case FALLBACK -> DecisionRow.Kind.FALLBACK;
            case LOCKED_RESULT -> DecisionRow.Kind.LOCKED;
            // a broken shortcut is not the locked path: it is shown with the warning style, never the green one
            case UNLOCKED_RESULT -> DecisionRow.Kind.UNLOCKED;
        };
    }
}
