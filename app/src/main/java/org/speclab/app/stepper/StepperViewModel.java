package org.speclab.app.stepper;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
 * The stepper. A lesson's run (its schedule, completed by the first CPU that can move) is the <em>script</em>:
 * the default path that {@link #next()} (Space, PageDown, a clicker), Run, Home, End and "go to step" follow,
 * and the timeline a fresh lesson opens on. The user can still be the scheduler: stepping a chosen CPU either
 * replays the timeline's next step (when it is that CPU's) or starts a new branch, keeping the old future as a
 * comparable branch; leaving the script is never silent ({@link #leftAtProperty()}). Stepping back and scrubbing
 * only move the cursor. Properties and commands only; no Node, no kernel logic (every step is the engine's).
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
    private final ReadOnlyIntegerWrapper leftAt = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper onLessonRun = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty nextIsQuizzed = new SimpleBooleanProperty(false);

    private Session session;
    private Trace timeline;
    /** The run the clicker follows under the current variant: the lesson's (or a trace code's) schedule, completed. */
    private Trace script;
    private List<String> scriptNames;
    /** The lesson's own run under the lesson's own variant (null without a lesson): what its narration describes. */
    private List<String> lessonRun;

    public StepperViewModel() {
        nextIsQuizzed.addListener((o, a, b) -> {
            if (frame.get() != null) choices.setAll(choices(frame.get()));
        });
    }

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

    /**
     * -1 while the displayed run is a prefix of the script; else the last step the two share ("you left the
     * lesson at step N"). Set before the frame, so frame listeners see it.
     */
    public ReadOnlyIntegerProperty leftAtProperty() { return leftAt.getReadOnlyProperty(); }

    /**
     * The displayed run is the lesson's own run so far: same variant, same steps. Only then do the lesson's
     * narration, quizzes and prose answer describe what is on screen. Set before the frame.
     */
    public ReadOnlyBooleanProperty onLessonRunProperty() { return onLessonRun.getReadOnlyProperty(); }

    /**
     * Set while a quiz asks what the next step will do: the Step button of the CPU the script moves next then
     * shows only its line, never what the step will find.
     */
    public BooleanProperty nextIsQuizzedProperty() { return nextIsQuizzed; }

    /** The script's length: End goes there. */
    public int scriptSize() { return script == null ? 0 : script.size(); }

    /** Step {@code step} (from 1) of the script, or null past its end. */
    public TraceEntry scriptStep(int step) {
        return script == null || step < 1 || step > script.size() ? null : script.entries().get(step - 1);
    }

    /**
     * A Branches entry's name: the lesson's run says so; its outcome in the window's display form
     * ({@link OutcomeWords#display}), a reader a line when there are several (a menu item never wraps).
     */
    public String branchLabel(Trace t, int n) {
        String outcome = t.outcome();
        String readers = outcome.isEmpty() ? "unfinished"
                : outcome.contains(",") ? "\n" + outcome.replace("=", " ").replace(",", "\n") : outcome;
        String what = t.size() + " steps" + (readers.startsWith("\n") ? "" : " · ") + OutcomeWords.display(readers);
        return sameRun(t, script) ? "the lesson's run: " + what : "branch " + n + ": " + what;
    }

    // --- commands
    public void load(Lesson lesson) { open(Session.of(lesson, lesson.scenario())); }

    /** Opens a session on its lesson's run (or the scenario's own schedule, completed by the first CPU that can move). */
    public void open(Session s) {
        session = s;
        lessonRun = null;
        if (s.lesson() != null) {
            Session own = Session.of(s.lesson(), s.lesson().scenario());
            lessonRun = own.simulation().run(own.initial(), completed(s.lesson().scenario().schedule()), MAX_STEPS).schedule();
        }
        scriptNames = s.scenario().schedule() == null ? List.of() : s.scenario().schedule();
        script = session.simulation().run(session.initial(), completed(scriptNames), MAX_STEPS);
        timeline = script;
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
            keep(timeline);
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

    /**
     * Next (Space, →, PageDown, a clicker, each Run tick). On the script: its next step, even where the timeline
     * holds another future (that future is kept under Branches). Off the script the user chose the way: the
     * branch's own next step, else the selected CPU, else the first CPU that can move.
     */
    public boolean next() {
        Frame f = frame.get();
        if (f == null) return false;
        int i = f.index();
        if (leftAt.get() < 0) {
            if (i >= script.size()) return false;
            adopt(script);
            moveTo(i + 1);
            return true;
        }
        if (f.finished()) return false;
        if (i < timeline.size()) {
            moveTo(i + 1);
            return true;
        }
        if (step(selected.get())) return true;
        Trace grown = session.simulation().continueFrom(timeline, i, new FirstEnabledScheduler(), i + 1);
        if (grown.size() == i) return false;
        timeline = grown;
        moveTo(i + 1);
        return true;
    }

    /** The Run button's tick: {@link #next()}. */
    public boolean stepDefault() { return next(); }

    public void stepBack() {
        if (canStepBack.get()) moveTo(frame.get().index() - 1);
    }

    /** Moves the cursor on the displayed timeline (the scrubber). */
    public void goTo(int index) {
        if (session != null) moveTo(Math.max(0, Math.min(index, timeline.size())));
    }

    /** Step {@code step} of the lesson's script ("go to step N"), whatever branch is displayed. */
    public void goToStep(int step) {
        if (session == null) return;
        adopt(script);
        moveTo(Math.max(0, Math.min(step, script.size())));
    }

    /** The start of the lesson's script. */
    public void home() { goToStep(0); }

    /** The end of the lesson's script, also on a fresh lesson. */
    public void end() { goToStep(scriptSize()); }

    /** Back onto the script at the step where the displayed run left it (Backspace); nothing when on it. */
    public void backToScript() {
        if (session != null && leftAt.get() >= 0) goToStep(leftAt.get());
    }

    /** Back to the initial state, forgetting the timeline and its branches. */
    public void reset() {
        if (session != null) open(session);
    }

    /** To the end of the run: the script's end when on it, else this branch completed by the first CPU that can move. */
    public void runToEnd() {
        if (session == null) return;
        if (leftAt.get() < 0) {
            end();
            return;
        }
        int i = frame.get().index();
        timeline = session.simulation().continueFrom(timeline, i, new FirstEnabledScheduler(), MAX_STEPS);
        moveTo(timeline.size());
    }

    /**
     * The same run under another variant, so the difference can be seen: the script's thread names are replayed
     * (skipping picks a thread cannot take there) and stay the script; a branch the user made is replayed the same
     * way. The cursor stays at the same step.
     */
    public void switchVariant(Variant v) {
        if (session == null) return;
        int index = frame.get().index();
        boolean onScript = leftAt.get() < 0;
        List<String> names = timeline.schedule();
        Scenario sc = session.scenario().withVariant(v);
        session = Session.of(session.lesson(), sc);
        title.set(session.title() + "  ·  " + v.name());
        script = session.simulation().run(session.initial(), completed(scriptNames), MAX_STEPS);
        timeline = onScript ? script : session.simulation().continueFrom(emptyTimeline(), 0, new ScriptedScheduler(names, true), names.size());
        branches.clear();
        moveTo(Math.min(index, timeline.size()));
    }

    /** Opens a branch kept earlier as the current timeline, at the same step. */
    public void switchBranch(Trace branch) {
        int index = Math.min(frame.get().index(), branch.size());
        adopt(branch);
        moveTo(index);
    }

    /**
     * Opens a run given as a schedule (a witness, a counterexample, a trace code) from the start; it becomes the
     * script that Next, Run, Home and End follow.
     */
    public void openSchedule(List<String> names) {
        if (session == null) return;
        scriptNames = List.copyOf(names);
        script = session.simulation().continueFrom(emptyTimeline(), 0, new ScriptedScheduler(names, true), names.size());
        timeline = script;
        branches.clear();
        moveTo(0);
    }

    // --- derived state
    private void moveTo(int index) {
        Frame f = new Frame(session, timeline, index);
        int shared = sharedPrefix(timeline.schedule(), script.schedule());
        leftAt.set(index <= shared ? -1 : shared);
        onLessonRun.set(lessonRun != null && session.scenario().variant().equals(session.lesson().scenario().variant())
                && index <= sharedPrefix(timeline.schedule(), lessonRun));
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
            String preview = next == null ? "done" : quizzed(f, t) ? next.label() + " · ? (the quiz asks what it does)" : next.preview();
            out.add(new ThreadChoice(t, m.threadName(t), m.isReader(t), m.isDaemon(t), next == null ? "" : next.label(), preview, blocked));
        }
        return out;
    }

    private static List<DecisionItem> decisions(Frame f) {
        List<DecisionItem> out = new ArrayList<>();
        for (TraceEntry e : f.history()) {
            if (e.decision() != null) {
                String cause = e.cause() == null ? "" : " (" + e.cause() + ")";
                out.add(new DecisionItem(e.index(), e.threadName(), OutcomeWords.display(e.decision().sentence() + cause), e.cause() == null ? 0 : e.cause().step(),
                        false, e.decision().kind() == org.speclab.engine.step.Decision.Kind.SPECULATIVE_HIT));
            }
            if (e.violation() != null) {
                out.add(new DecisionItem(e.index(), e.threadName(), OutcomeWords.display(e.violation().property() + " " + e.violation().outcome() + ": "
                        + e.violation().explanation()), 0, true, false));
            }
        }
        return out;
    }

    private String status(Frame f) {
        String where = "step " + f.index() + " of " + f.timeline().size();
        if (f.index() == 0) return "Ready: Space or PageDown follows the lesson; a CPU's button steps that CPU (" + session.scenario().id() + ")";
        TraceEntry e = f.step();
        String done = finished.get() ? "  —  finished: " + (f.timeline().violation() != null && f.atEnd() ? f.timeline().outcome()
                : session.engine().outcome(f.state())) : "";
        return where + ": " + e.threadName() + " " + e.label() + " " + e.function() + OutcomeWords.display(done);
    }

    /** The CPU whose next step a quiz is asking about: the one the script moves next. */
    private boolean quizzed(Frame f, int thread) {
        if (!nextIsQuizzed.get()) return false;
        TraceEntry next = scriptStep(f.index() + 1);
        return next != null && next.thread() == thread;
    }

    /** A schedule completed by the first CPU that can move, as {@code speclab run} and the lesson loader do. */
    private static Scheduler completed(List<String> names) {
        return new ThenScheduler(new ScriptedScheduler(names == null ? List.of() : names, true), new FirstEnabledScheduler());
    }

    /** Shows {@code t}; the displayed timeline, when it is another run, is kept under Branches. */
    private void adopt(Trace t) {
        if (t == timeline) return;
        branches.removeIf(b -> sameRun(b, t));
        keep(timeline);
        timeline = t;
    }

    /** Keeps a future under Branches, once. */
    private void keep(Trace t) {
        if (t.size() > 0 && branches.stream().noneMatch(b -> sameRun(b, t))) branches.add(t);
    }

    private static boolean sameRun(Trace a, Trace b) {
        return a != null && b != null && a.schedule().equals(b.schedule());
    }

    private static int sharedPrefix(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) n++;
        return n;
    }

    private Trace emptyTimeline() {
        return session.simulation().run(session.initial(), (e, s, en) -> -1);
    }

    private int firstReader() {
        for (int t = 0; t < session.machine().threadCount(); t++) if (session.machine().isReader(t)) return t;
        return 0;
    }
}
