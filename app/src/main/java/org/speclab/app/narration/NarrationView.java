package org.speclab.app.narration;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.speclab.app.layout.Foldable;

/**
 * Narration: the lesson's question on top, why the lesson's own words are not shown when the run on screen is
 * not the lesson's, what is happening at this step in large type, a pointer to the open quiz ({@link QuizView}
 * shows it large), and the run's result once it is over, then the lesson's answer. Its card never shows the
 * narration smaller than the window's base type: where it would, the least needed parts fold away first
 * ({@link Foldable}).
 */
public final class NarrationView extends VBox implements Foldable {
    /** The narration text is the lesson author's, not the engine's explanation. */
    static final PseudoClass AUTHORED = PseudoClass.getPseudoClass("authored");
    /** #narration-text's size in narration.css: scaled by 1/TEXT_EM it is the window's base type, the floor. */
    static final double TEXT_EM = 1.3;
    /**
     * What each fold level leaves out, in this order: the step heading (the step bar says it too), then the
     * off-script note's second sentence, the lesson's answer after its first sentence, the result's words (its
     * names stay), the question (the window's title names the lesson), and last the lesson's answer (the run's
     * own result stays).
     */
    static final int HEADING = 1, OFF_SCRIPT = 2, ANSWER = 3, RESULT = 4, QUESTION = 5, LESSON_ANSWER = 6;

    private final NarrationViewModel vm;
    private final IntegerProperty level = new SimpleIntegerProperty(0);

    /** Never scrolls: the window gives narration the room it asks first, and its fitted card scales what is left. */
    public NarrationView(NarrationViewModel vm) {
        this.vm = vm;
        createView();
    }

    @Override public double minScale() { return 1 / TEXT_EM; }

    @Override
    public boolean fold(int to) {
        if (to < 0 || to > LESSON_ANSWER) return false;
        if (level.get() != to) level.set(to);
        return true;
    }

    @Override public int foldLevel() { return level.get(); }

    private BooleanBinding foldedAt(int at) { return level.greaterThanOrEqualTo(at); }

    private void createView() {
        setId("narration-view");
        // no setMinSize(0, 0): the card must see when the narration needs more room than it has (and scale it)
        Label question = wrapped("narration-question");
        question.textProperty().bind(vm.questionProperty());
        shownWhile(question, foldedAt(QUESTION).not());
        Label offScript = wrapped("narration-off-script");
        offScript.getStyleClass().add("off-script");
        offScript.textProperty().bind(Bindings.when(foldedAt(OFF_SCRIPT)).then(firstSentence(vm.offScriptProperty())).otherwise(vm.offScriptProperty()));
        shownWhile(offScript, vm.offScriptProperty().isNotEmpty());
        Label step = wrapped("narration-step");
        step.textProperty().bind(vm.stepHeadingProperty());
        shownWhile(step, foldedAt(HEADING).not());
        Label text = wrapped("narration-text");
        text.textProperty().bind(vm.textProperty());
        text.pseudoClassStateChanged(AUTHORED, vm.fromLessonProperty().get());
        vm.fromLessonProperty().addListener((o, a, b) -> text.pseudoClassStateChanged(AUTHORED, b));

        Label quizPointer = wrapped("narration-quiz-pointer");
        quizPointer.getStyleClass().add("quiz-pointer");
        quizPointer.textProperty().bind(Bindings.createStringBinding(() -> vm.quizProperty().get() == null ? ""
                : vm.revealedProperty().get() ? "The quiz's answer is shown in the quiz; Next goes on."
                : "Quiz open: predict the next step. Keys 1–" + vm.quizProperty().get().choices().size()
                        + " pick a choice, Enter reveals.", vm.quizProperty(), vm.revealedProperty()));
        shownWhile(quizPointer, vm.quizProperty().isNotNull());

        Label answer = wrapped("narration-answer");
        answer.textProperty().bind(Bindings.concat("Result: ", Bindings.when(foldedAt(RESULT)).then(vm.resultBriefProperty()).otherwise(vm.resultProperty())));
        shownWhile(answer, vm.answerShownProperty());
        // a violated property is red like every violation on screen, never the green of a run that held
        answer.pseudoClassStateChanged(org.speclab.app.theme.Styles.VIOLATION, vm.resultViolatedProperty().get());
        vm.resultViolatedProperty().addListener((o, a, b) -> answer.pseudoClassStateChanged(org.speclab.app.theme.Styles.VIOLATION, b));
        Label lessonAnswer = wrapped("narration-lesson-answer");
        // the lesson's prose answers its question (the run's own result is the line above): say so, or a lone
        // "Never." under the result reads as if it were part of it
        lessonAnswer.textProperty().bind(Bindings.concat("Answer: ",
                Bindings.when(foldedAt(ANSWER)).then(firstSentence(vm.lessonAnswerProperty())).otherwise(vm.lessonAnswerProperty())));
        shownWhile(lessonAnswer, vm.lessonAnswerProperty().isNotEmpty().and(foldedAt(LESSON_ANSWER).not()));

        VBox content = new VBox(question, offScript, step, text, quizPointer, answer, lessonAnswer);
        content.setId("narration-content");
        content.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().add(content);
    }

    private static void shownWhile(Label l, javafx.beans.value.ObservableBooleanValue shown) {
        l.visibleProperty().bind(shown);
        l.managedProperty().bind(l.visibleProperty());
    }

    /** Its first sentence: up to the first full stop followed by a capital ("Never. On this schedule …" → "Never."). */
    static String firstSentence(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[.!?](?=\\s+[A-Z`(])").matcher(s);
        return m.find() ? s.substring(0, m.start() + 1) : s;
    }

    private static StringBinding firstSentence(javafx.beans.value.ObservableStringValue s) {
        return Bindings.createStringBinding(() -> firstSentence(s.get()), s);
    }

    /** A label that wraps and always gets the height of its whole text (narration and quiz never cut a line). */
    static Label wrapped(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
