package org.speclab.app.narration;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.speclab.app.stepper.Frame;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.run.Trace;
import org.speclab.engine.run.TraceEntry;
import org.speclab.lessons.Lesson;

/**
 * The narration's display model: the lesson's question, what to say at the current step (the lesson's own
 * narration for that step index, else the engine's explanation), the quiz that pauses before the next step,
 * and the answer-first result once the run is over. No Node here.
 */
public final class NarrationViewModel {
    static final String NO_LESSON = "No lesson loaded.";
    static final String PICK = "Pick a CPU to step.";

    private final StepperViewModel stepper;
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(NO_LESSON);
    private final ReadOnlyBooleanWrapper fromLesson = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper answerShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Lesson.Quiz> quiz = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(false);

    public NarrationViewModel(StepperViewModel stepper) {
        this.stepper = stepper;
        stepper.frameProperty().addListener((o, a, f) -> update(f));
        update(stepper.frame());
    }

    public StepperViewModel stepper() { return stepper; }

    public ReadOnlyStringProperty questionProperty() { return question.getReadOnlyProperty(); }

    /** "Step 8 of 33 · cpu1", or "Before the first step". */
    public ReadOnlyStringProperty stepHeadingProperty() { return stepHeading.getReadOnlyProperty(); }

    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }

    /** The text is the lesson author's narration (not the engine's explanation). */
    public ReadOnlyBooleanProperty fromLessonProperty() { return fromLesson.getReadOnlyProperty(); }

    /** The lesson's result line; empty until the run is over. */
    public ReadOnlyStringProperty answerProperty() { return answer.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty answerShownProperty() { return answerShown.getReadOnlyProperty(); }

    /** The quiz keyed to the next step (shown before it runs), or null. */
    public ReadOnlyObjectProperty<Lesson.Quiz> quizProperty() { return quiz.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty revealedProperty() { return revealed.getReadOnlyProperty(); }

    /** Shows the quiz's correct choice. */
    public void reveal() {
        if (quiz.get() != null) revealed.set(true);
    }

    private void update(Frame f) {
        Lesson lesson = f == null ? null : f.session().lesson();
        question.set(f == null ? "" : nonNull(lesson != null ? lesson.question() : f.session().scenario().question()));
        stepHeading.set(f == null ? "" : f.index() == 0 ? "Before the first step"
                : "Step " + f.index() + " of " + f.timeline().size() + " · " + f.step().threadName());
        String narration = lesson == null || f == null ? null : lesson.narration().get(f.index());
        fromLesson.set(narration != null);
        text.set(narration != null ? narration : explanation(f));
        Lesson.Quiz next = lesson == null || f == null ? null
                : lesson.quizzes().stream().filter(q -> q.step() == f.index() + 1).findFirst().orElse(null);
        if (next != quiz.get()) revealed.set(false);
        quiz.set(next);
        boolean over = f != null && over(f);
        String result = lesson == null ? "" : lesson.result();
        answerShown.set(over && !result.isEmpty());
        answer.set(answerShown.get() ? result : "");
    }

    private static String explanation(Frame f) {
        if (f == null) return NO_LESSON;
        TraceEntry e = f.step();
        return e == null ? PICK : e.explanation();
    }

    /**
     * The run is over here: every program thread finished, or the timeline ended in a violation or deadlock.
     * Not {@code Frame.finished()} alone: a timeline grown by single steps ends in STEP_LIMIT, which it counts.
     */
    static boolean over(Frame f) {
        if (f.session().engine().finished(f.state())) return true;
        Trace.End end = f.timeline().end();
        return f.atEnd() && (end == Trace.End.VIOLATION || end == Trace.End.DEADLOCK);
    }

    private static String nonNull(String s) { return s == null ? "" : s; }
}
