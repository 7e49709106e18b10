package org.speclab.app.narration;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.speclab.app.stepper.Frame;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.run.Trace;
import org.speclab.engine.run.TraceEntry;
import org.speclab.lessons.Lesson;

/**
 * The narration's display model. The lesson's narration, quizzes and prose answer describe the lesson's own run,
 * so they are shown only while the displayed run is that run (same variant, same steps so far: {@link
 * StepperViewModel#onLessonRunProperty()}); anywhere else a line says so and the engine's explanation of each
 * step carries the story. The result line is always computed from the run on screen. A quiz holds Next and Run
 * until it is revealed. No Node here.
 */
public final class NarrationViewModel {
    static final String NO_LESSON = "No lesson loaded.";
    static final String PICK = "Press Space or PageDown to follow the lesson, or step a CPU yourself.";

    private final StepperViewModel stepper;
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(NO_LESSON);
    private final ReadOnlyBooleanWrapper fromLesson = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper offScript = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultBrief = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper resultViolated = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lessonAnswer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper answerShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Lesson.Quiz> quiz = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper picked = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper holding = new ReadOnlyBooleanWrapper(false);
    /** Revealed quizzes and the class's picks, remembered while the same session is open (stepping back keeps them). */
    private final Set<Lesson.Quiz> revealedQuizzes = new HashSet<>();
    private final Map<Lesson.Quiz, Integer> picks = new HashMap<>();
    private Lesson shownLesson;
    private Object shownSession;

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

    /** Empty on the lesson's own run; else why the lesson's narration is not shown ("Off the lesson's script …"). */
    public ReadOnlyStringProperty offScriptProperty() { return offScript.getReadOnlyProperty(); }

    /**
     * The result of the run on screen (its outcome or violation, in words), then the lesson's prose only on the
     * lesson's own run, which it describes; empty until the run is over.
     */
    public ReadOnlyStringProperty answerProperty() { return answer.getReadOnlyProperty(); }

    /** The result of the run on screen alone, in words ("Outcome …" or "Violation at step …"); empty until it is over. */
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }

    /** The same result with names only, for a card with little room. */
    public ReadOnlyStringProperty resultBriefProperty() { return resultBrief.getReadOnlyProperty(); }

    /** Whether the run on screen ended in a property violation: its result is shown as one (red), never as a pass. */
    public javafx.beans.property.ReadOnlyBooleanProperty resultViolatedProperty() { return resultViolated.getReadOnlyProperty(); }

    /** The lesson's own prose answer, once its own run is over; empty anywhere else. */
    public ReadOnlyStringProperty lessonAnswerProperty() { return lessonAnswer.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty answerShownProperty() { return answerShown.getReadOnlyProperty(); }

    /** The quiz keyed to the next step of the lesson's run (shown before it runs), or null. */
    public ReadOnlyObjectProperty<Lesson.Quiz> quizProperty() { return quiz.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty revealedProperty() { return revealed.getReadOnlyProperty(); }

    /** The choice the class picked (1…n), 0 for none. */
    public ReadOnlyIntegerProperty pickedProperty() { return picked.getReadOnlyProperty(); }

    /** Why the right choice is right, once revealed: the lesson's narration of that step, else the engine's explanation. */
    public ReadOnlyStringProperty explanationProperty() { return explanation.getReadOnlyProperty(); }

    /** A quiz is open and not revealed: Next and Run wait, and nothing on screen may state the answer. */
    public ReadOnlyBooleanProperty holdingProperty() { return holding.getReadOnlyProperty(); }

    public boolean holding() { return holding.get(); }

    /** Picks choice {@code n} (from 1) of the open quiz; false when no quiz is open or there is no such choice. */
    public boolean pick(int n) {
        Lesson.Quiz q = quiz.get();
        if (q == null || revealed.get() || n < 1 || n > q.choices().size()) return false;
        picks.put(q, n);
        picked.set(n);
        return true;
    }

    /** Shows the quiz's correct choice and why. */
    public void reveal() {
        Lesson.Quiz q = quiz.get();
        if (q == null) return;
        revealedQuizzes.add(q);
        showQuiz(q);
    }

    private void update(Frame f) {
        Lesson lesson = f == null ? null : f.session().lesson();
        Object session = f == null ? null : f.session();
        if (session != shownSession) {
            revealedQuizzes.clear();
            picks.clear();
            shownSession = session;
            shownLesson = lesson;
        }
        question.set(f == null ? "" : nonNull(lesson != null ? lesson.question() : f.session().scenario().question()));
        stepHeading.set(f == null ? "" : f.index() == 0 ? "Before the first step"
                : "Step " + f.index() + " of " + f.timeline().size() + " · " + f.step().threadName());
        boolean own = lesson != null && stepper.onLessonRunProperty().get();
        offScript.set(f == null || lesson == null || own ? "" : offScriptText(f, lesson));
        String narration = own ? lesson.narration().get(f.index()) : null;
        fromLesson.set(narration != null);
        // display text: an outcome name in the narration never breaks across lines
        text.set(OutcomeWords.display(narration != null ? narration : explanation(f)));
        Lesson.Quiz next = !own ? null : lesson.quizzes().stream().filter(q -> q.step() == f.index() + 1).findFirst().orElse(null);
        showQuiz(next);
        boolean over = f != null && over(f);
        result.set(over ? OutcomeWords.result(f) : "");
        resultBrief.set(over ? OutcomeWords.brief(f) : "");
        resultViolated.set(over && f.atEnd() && f.timeline().violation() != null);
        lessonAnswer.set(over && own ? OutcomeWords.display(nonNull(lesson.result())) : "");
        answerShown.set(over);
        answer.set(over ? (lessonAnswer.get().isEmpty() ? result.get() : result.get() + "\n" + lessonAnswer.get()) : "");
    }

    private void showQuiz(Lesson.Quiz q) {
        // the order matters to listeners of quiz: revealed and picked describe the quiz they are about to see
        revealed.set(q != null && revealedQuizzes.contains(q));
        picked.set(q == null ? 0 : picks.getOrDefault(q, 0));
        explanation.set(q != null && revealed.get() ? OutcomeWords.display(quizExplanation(q)) : "");
        quiz.set(q);
        holding.set(q != null && !revealed.get());
        stepper.nextIsQuizzedProperty().set(holding.get());
    }

    private String quizExplanation(Lesson.Quiz q) {
        String own = shownLesson == null ? null : shownLesson.narration().get(q.step());
        if (own != null) return own;
        TraceEntry e = stepper.scriptStep(q.step());
        return e == null ? "" : e.explanation();
    }

    private String offScriptText(Frame f, Lesson lesson) {
        String lessonVariant = lesson.scenario().variant().name();
        String variant = f.session().scenario().variant().name();
        String why;
        if (!variant.equals(lessonVariant) || !f.session().scenario().variant().equals(lesson.scenario().variant())) {
            why = "Under " + variant + ", not the lesson's " + lessonVariant + ".";
        } else if (stepper.leftAtProperty().get() >= 0) {
            why = "Off the lesson's script: you left it at step " + stepper.leftAtProperty().get() + " (Home or Backspace returns).";
        } else {
            why = "This is not the lesson's own run.";
        }
        return why + " The lesson's narration and quizzes describe its own run, so here the engine explains each step.";
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
