package org.speclab.app.stepper;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.speclab.engine.run.State;
import org.speclab.engine.run.Trace;
import org.speclab.engine.run.TraceEntry;
import org.speclab.engine.schedule.FirstEnabledScheduler;
import org.speclab.engine.schedule.Scheduler;
import org.speclab.engine.schedule.ScriptedScheduler;
import org.speclab.engine.schedule.ThenScheduler;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.step.Step;
import org.speclab.engine.variant.Variant;
import org.speclab.lessons.Lesson;

/**
 * The stepper: the user is the scheduler. It keeps a timeline (the current branch of the run) and a cursor on
 * it; stepping a CPU either replays the timeline's next step (when it is that CPU's) or starts a new branch,
 * keeping the old future as a comparable branch. Stepping back and scrubbing only move the cursor. Properties
 * and commands only; no Node, no kernel logic (every step is the engine's).
 */
public final class StepperViewModel {
    private static final int MAX_STEPS = 5_000;

    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No lesson loaded");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("No lesson loaded");
    private final IntegerProperty selected = new SimpleIntegerProperty(0);
    private final ObservableList<ThreadChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<DecisionItem> decisions = FXCollections.observableArrayList();
    private final ObservableList<Trace> branches = FXCollections.observableArrayList();

    private Session session;
    private Trace timeline;

    // --- properties
    public ReadOnlyObjectProperty<Frame> frameProperty() { return frame.getReadOnlyProperty(); }

    public Frame frame() { return frame.get(); }

    public ReadOnlyBooleanProperty canStepBackProperty() { return canStepBack.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    /** The CPU that Space / → steps. */
    public IntegerProperty selectedProperty() { return selected; }

    /** One entry per thread, for the Step buttons. */
    public ObservableList<ThreadChoice> choices() { return choices; }

    /** Decisions and violations up to the cursor, newest last. */
    public ObservableList<DecisionItem> decisions() { return decisions; }

    /** Futures abandoned by branching, newest last. */
    public ObservableList<Trace> branches() { return branches; }

    public Session session() { return session; }

    // --- commands
    public void load(Lesson lesson) { open(Session.of(lesson, lesson.scenario())); }

    public void open(Session s) {
        session = s;
        timeline = emptyTimeline();
        branches.clear();
        title.set(s.title() + "  ·  " + s.scenario().variant().name());
        selected.set(firstReader());
        moveTo(0);
    }

    /** Runs {@code thread}'s next step: replays the timeline if it goes that way, else branches. */
    public boolean step(int thread) {
        Frame f = frame.get();
        if (f == null) return false;
        int i = f.index();
        boolean replays = i < timeline.size() && timeline.entries().get(i).thread() == thread;
        if (!replays && session.engine().step(f.state(), thread) == null) return false;
        if (i < timeline.size()) {
            if (timeline.entries().get(i).thread() == thread) {
                moveTo(i + 1);
                return true;
            }
            branches.add(timeline);
        }
        if (timeline.violation() != null && i == timeline.size()) return false;
        Trace next = session.simulation().continueFrom(timeline, i,
                new ScriptedScheduler(List.of(session.machine().threadName(thread))), i + 1);
        if (next.size() == i) return false;
        timeline = next;
        moveTo(i + 1);
        return true;
    }

    /** Steps the selected CPU. */
    public boolean stepSelected() { return step(selected.get()); }

    /** The next step of the lesson's own schedule (then the first CPU that can move): the Run button's tick. */
    public boolean stepDefault() {
        Frame f = frame.get();
        if (f == null || f.finished()) return false;
        if (f.index() < timeline.size()) {
            moveTo(f.index() + 1);
            return true;
        }
        Trace next = session.simulation().continueFrom(timeline, f.index(), defaultScheduler(f.index()), f.index() + 1);
        if (next.size() == f.index()) return false;
        timeline = next;
        moveTo(f.index() + 1);
        return true;
    }

    public void stepBack() {
        if (canStepBack.get()) moveTo(frame.get().index() - 1);
    }

    public void goTo(int index) {
        if (session != null) moveTo(Math.max(0, Math.min(index, timeline.size())));
    }

    public void home() { goTo(0); }

    public void end() { goTo(timeline == null ? 0 : timeline.size()); }

    /** Back to the initial state, forgetting the timeline and its branches. */
    public void reset() {
        if (session != null) open(session);
    }

    /** Plays the whole lesson schedule (then thread order) to the end, for a jump to the outcome. */
    public void runToEnd() {
        if (session == null) return;
        int i = frame.get().index();
        timeline = session.simulation().continueFrom(timeline, i, defaultScheduler(i), MAX_STEPS);
        moveTo(timeline.size());
    }

    /**
     * The same schedule under another variant, so the difference can be seen: the current timeline's thread
     * names are replayed (skipping picks a thread cannot take there), and the cursor stays at the same step.
     */
    public void switchVariant(Variant v) {
        if (session == null) return;
        int index = frame.get().index();
        List<String> names = timeline.schedule();
        Scenario sc = session.scenario().withVariant(v);
        session = Session.of(session.lesson(), sc);
        title.set(session.title() + "  ·  " + v.name());
        timeline = session.simulation().continueFrom(emptyTimeline(), 0, new ScriptedScheduler(names, true), names.size());
        branches.clear();
        moveTo(Math.min(index, timeline.size()));
    }

    /** Opens a branch kept earlier as the current timeline, at the same step. */
    public void switchBranch(Trace branch) {
        int index = Math.min(frame.get().index(), branch.size());
        branches.remove(branch);
        branches.add(timeline);
        timeline = branch;
        moveTo(index);
    }

    /** Opens a run given as a schedule (a witness, a counterexample, a trace code) from the start. */
    public void openSchedule(List<String> names) {
        if (session == null) return;
        timeline = session.simulation().continueFrom(emptyTimeline(), 0, new ScriptedScheduler(names, true), names.size());
        branches.clear();
        moveTo(0);
    }

    // --- derived state
    private void moveTo(int index) {
        Frame f = new Frame(session, timeline, index);
        frame.set(f);
        canStepBack.set(index > 0);
        canRedo.set(index < timeline.size());
        finished.set(f.finished());
        choices.setAll(choices(f));
        decisions.setAll(decisions(f));
        status.set(status(f));
    }

    private List<ThreadChoice> choices(Frame f) {
        List<ThreadChoice> out = new ArrayList<>();
        State s = f.state();
        var m = session.machine();
        boolean stopped = f.atEnd() && f.timeline().violation() != null;
        for (int t = 0; t < m.threadCount(); t++) {
            Step next = session.engine().next(s, t);
            String blocked = stopped ? "the run stopped at a violation" : session.engine().blockedReason(s, t);
            out.add(new ThreadChoice(t, m.threadName(t), m.isReader(t), m.isDaemon(t), next == null ? "" : next.label(),
                    next == null ? "done" : next.preview(), blocked));
        }
        return out;
    }

    private static List<DecisionItem> decisions(Frame f) {
        List<DecisionItem> out = new ArrayList<>();
        for (TraceEntry e : f.history()) {
            if (e.decision() != null) {
                String cause = e.cause() == null ? "" : " (" + e.cause() + ")";
                out.add(new DecisionItem(e.index(), e.threadName(), e.decision().sentence() + cause, e.cause() == null ? 0 : e.cause().step(),
                        false, e.decision().kind() == org.speclab.engine.step.Decision.Kind.SPECULATIVE_HIT));
            }
            if (e.violation() != null) {
                out.add(new DecisionItem(e.index(), e.threadName(), e.violation().property() + " " + e.violation().outcome() + ": "
                        + e.violation().explanation(), 0, true, false));
            }
        }
        return out;
    }

    private String status(Frame f) {
        String where = "step " + f.index() + " of " + f.timeline().size();
        if (f.index() == 0) return "Ready: pick a CPU to step (" + session.scenario().id() + ")";
        TraceEntry e = f.step();
        String done = finished.get() ? "  —  finished: " + (f.timeline().violation() != null && f.atEnd() ? f.timeline().outcome()
                : session.engine().outcome(f.state())) : "";
        return where + ": " + e.threadName() + " " + e.label() + " " + e.function() + done;
    }

    private Scheduler defaultScheduler(int from) {
        List<String> lessonSchedule = session.scenario().schedule();
        if (lessonSchedule != null && from < lessonSchedule.size() && timeline.schedule().equals(lessonSchedule.subList(0, from))) {
            return new ThenScheduler(new ScriptedScheduler(lessonSchedule.subList(from, lessonSchedule.size()), true), new FirstEnabledScheduler());
        }
        return new FirstEnabledScheduler();
    }

    private Trace emptyTimeline() {
        return session.simulation().run(session.initial(), (e, s, en) -> -1);
    }

    private int firstReader() {
        for (int t = 0; t < session.machine().threadCount(); t++) if (session.machine().isReader(t)) return t;
        return 0;
    }
}
