package org.speclab.app.presenter;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.speclab.app.narration.NarrationViewModel;
import org.speclab.app.stepper.Frame;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.run.TraceEntry;
import org.speclab.lessons.Lesson;

/**
 * What only the presenter sees, for the step on screen: the lesson's notes for it, the next narration, the next
 * quiz with its answer, and what the lesson's next step will do. The lesson's words apply only on the lesson's
 * own run, as on the class's screen. No Node here.
 */
public final class PresenterViewModel {
    private final StepperViewModel stepper;
    private final NarrationViewModel narration;
    private final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextNarration = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper quizAnswer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextStep = new ReadOnlyStringWrapper("");

    public PresenterViewModel(StepperViewModel stepper, NarrationViewModel narration) {
        this.stepper = stepper;
        this.narration = narration;
        stepper.frameProperty().addListener((o, a, f) -> update(f));
        narration.revealedProperty().addListener((o, a, b) -> update(stepper.frame()));
        update(stepper.frame());
    }

    /** "Step 22 of 33 · on the lesson's run", or why the lesson's words do not apply here. */
    public ReadOnlyStringProperty whereProperty() { return where.getReadOnlyProperty(); }

    /** The lesson's notes for this step, or a dash. */
    public ReadOnlyStringProperty notesProperty() { return notes.getReadOnlyProperty(); }

    /** "Step 23: …", the next step the lesson narrates. */
    public ReadOnlyStringProperty nextNarrationProperty() { return nextNarration.getReadOnlyProperty(); }

    /** "Quiz before step 23 — answer 2: …", the next quiz (or the open one) with its answer. */
    public ReadOnlyStringProperty quizAnswerProperty() { return quizAnswer.getReadOnlyProperty(); }

    /** What the lesson's next step will do, in the engine's words. */
    public ReadOnlyStringProperty nextStepProperty() { return nextStep.getReadOnlyProperty(); }

    private void update(Frame f) {
        Lesson lesson = f == null ? null : f.session().lesson();
        boolean own = lesson != null && stepper.onLessonRunProperty().get();
        if (f == null) {
            where.set("No lesson open.");
        } else {
            String off = narration.offScriptProperty().get();
            where.set("Step " + f.index() + " of " + f.timeline().size() + (own ? " · on the lesson's run" : off.isEmpty() ? "" : " · " + off));
        }
        int i = f == null ? 0 : f.index();
        // display text, like the class's screen: an outcome name never breaks across lines
        notes.set(own && lesson.notes().containsKey(i) ? OutcomeWords.display(lesson.notes().get(i)) : "—");
        nextNarration.set(!own ? "—" : lesson.narration().entrySet().stream().filter(e -> e.getKey() > i).findFirst()
                .map(e -> "Step " + e.getKey() + ": " + OutcomeWords.display(e.getValue())).orElse("— (no more narration)"));
        quizAnswer.set(!own ? "—" : lesson.quizzes().stream().filter(q -> q.step() > i).findFirst()
                .map(q -> "Quiz before step " + q.step() + " — answer " + q.answer() + ": " + OutcomeWords.display(q.answerText())).orElse("— (no more quizzes)"));
        TraceEntry next = f == null ? null : stepper.scriptStep(i + 1);
        nextStep.set(next == null || stepper.leftAtProperty().get() >= 0 ? "—"
                : "Next on the lesson (step " + next.index() + ", " + next.threadName() + "): " + OutcomeWords.display(next.explanation()));
    }
}
