package org.speclab.app.code;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.speclab.app.stepper.Frame;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.State;
import org.speclab.engine.run.TraceEntry;
import org.speclab.engine.step.ThreadState;
import org.speclab.engine.step.Violation;

/**
 * The code pane's display model: the listing, where every thread's program counter is, the line just executed,
 * the line to keep in view and the sentence under the listing. Rebuilt from each {@link Frame}; no Node here.
 */
public final class CodeViewModel {
    static final String NO_LESSON = "No lesson loaded.";
    static final String BEFORE_FIRST = "Before the first step";
    static final String PICK = "Space or PageDown takes the lesson's first step.";

    private final StepperViewModel stepper;
    private final Listing listing;
    private final ObservableList<PcMarker> markers = FXCollections.observableArrayList();
    // one wrapper, kept: it listens to the list weakly, so a fresh one per call could be collected with its listeners
    private final ObservableList<PcMarker> markersView = FXCollections.unmodifiableObservableList(markers);
    private final ReadOnlyIntegerWrapper currentLine = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper focusLine = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper violation = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PcMarker.Role> currentRole = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(NO_LESSON);
    private final ReadOnlyStringWrapper violationText = new ReadOnlyStringWrapper("");

    public CodeViewModel(StepperViewModel stepper) { this(stepper, Listing.load()); }

    CodeViewModel(StepperViewModel stepper, Listing listing) {
        this.stepper = stepper;
        this.listing = listing;
        stepper.frameProperty().addListener((o, a, f) -> update(f));
        // picking another CPU brings its next line into view, so the user sees what Space will run
        stepper.selectedProperty().addListener((o, a, b) -> {
            markers.setAll(markers(stepper.frame()));
            nextLine(stepper.frame(), b.intValue()).ifPresent(focusLine::set);
        });
        update(stepper.frame());
    }

    public StepperViewModel stepper() { return stepper; }

    /** Every line of the listing, in order. */
    public List<Listing.Line> lines() { return listing.lines(); }

    /** The program counters of the threads that have a next step, by thread index. */
    public ObservableList<PcMarker> markers() { return markersView; }

    /** The 1-based line of the step just executed; 0 before the first step. */
    public ReadOnlyIntegerProperty currentLineProperty() { return currentLine.getReadOnlyProperty(); }

    /** The line the view keeps centred: the line just executed, else the selected CPU's next line. */
    public ReadOnlyIntegerProperty focusLineProperty() { return focusLine.getReadOnlyProperty(); }

    /** The role of the thread that ran the step just executed (null before the first step): it tints that line. */
    public ReadOnlyObjectProperty<PcMarker.Role> currentRoleProperty() { return currentRole.getReadOnlyProperty(); }

    /** The step just executed broke a property. */
    public ReadOnlyBooleanProperty violationProperty() { return violation.getReadOnlyProperty(); }

    /** "cpu1 · WL2 · mm_lock_seqcount_begin". */
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }

    /** The engine's one-sentence explanation of the step just executed. */
    public ReadOnlyStringProperty explanationProperty() { return explanation.getReadOnlyProperty(); }

    /** "VIOLATION P1 wrong-uprobe: …" on a violating step, else empty. */
    public ReadOnlyStringProperty violationTextProperty() { return violationText.getReadOnlyProperty(); }

    private void update(Frame f) {
        markers.setAll(markers(f));
        TraceEntry e = f == null ? null : f.step();
        currentLine.set(e == null ? 0 : listing.lineOf(e.label()).orElse(0));
        currentRole.set(e == null ? null : role(f.session().machine(), e.thread()));
        Violation v = e == null ? null : e.violation();
        violation.set(v != null);
        // display text: an outcome name in it never breaks across lines (OutcomeWords.display)
        violationText.set(v == null ? "" : OutcomeWords.display("VIOLATION " + v.property().name() + " " + v.outcome() + ": " + v.explanation()));
        if (f == null) {
            heading.set("");
            explanation.set(NO_LESSON);
        } else if (e == null) {
            heading.set(BEFORE_FIRST);
            explanation.set(PICK);
        } else {
            heading.set(e.threadName() + " · " + e.label() + " · " + e.function());
            explanation.set(OutcomeWords.display(e.explanation()));
        }
        int focus = currentLine.get() > 0 ? currentLine.get() : nextLine(f, stepper.selectedProperty().get()).orElse(0);
        focusLine.set(focus);
    }

    private List<PcMarker> markers(Frame f) {
        List<PcMarker> out = new ArrayList<>();
        if (f == null) return out;
        Machine m = f.session().machine();
        int moved = f.step() == null ? -1 : f.step().thread();
        int selected = stepper.selectedProperty().get();
        for (int t = 0; t < m.threadCount(); t++) {
            OptionalInt line = nextLine(f, t);
            if (line.isEmpty()) continue;
            out.add(new PcMarker(t, m.threadName(t), role(m, t), org.speclab.app.theme.ThreadShape.of(t), line.getAsInt(), t == selected, t == moved));
        }
        return out;
    }

    private static PcMarker.Role role(Machine m, int t) {
        return m.isDaemon(t) ? PcMarker.Role.DAEMON : m.isReader(t) ? PcMarker.Role.READER : PcMarker.Role.WRITER;
    }

    /** The line of thread t's next step; empty when it has finished (or the listing lacks the label). */
    private OptionalInt nextLine(Frame f, int t) {
        if (f == null) return OptionalInt.empty();
        State s = f.state();
        if (t < 0 || t >= s.threads().size()) return OptionalInt.empty();
        ThreadState ts = s.thread(t);
        return ts.done() ? OptionalInt.empty() : listing.lineOf(ts.pending().head().label());
    }
}
