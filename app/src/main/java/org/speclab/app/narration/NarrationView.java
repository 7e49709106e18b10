package org.speclab.app.narration;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Narration: the lesson's question on top, why the lesson's own words are not shown when the run on screen is
 * not the lesson's, what is happening at this step in large type, a pointer to the open quiz ({@link QuizView}
 * shows it large), and the run's result once it is over.
 */
public final class NarrationView extends VBox {
    /** The narration text is the lesson author's, not the engine's explanation. */
    static final PseudoClass AUTHORED = PseudoClass.getPseudoClass("authored");

    private final NarrationViewModel vm;

    /** Never scrolls: the window gives narration the room it asks first, and its fitted card scales what is left. */
    public NarrationView(NarrationViewModel vm) {
        this.vm = vm;
        createView();
    }

    private void createView() {
        setId("narration-view");
        // no setMinSize(0, 0): the card must see when the narration needs more room than it has (and scale it)
        Label question = wrapped("narration-question");
        question.textProperty().bind(vm.questionProperty());
        Label offScript = wrapped("narration-off-script");
        offScript.getStyleClass().add("off-script");
        offScript.textProperty().bind(vm.offScriptProperty());
        offScript.visibleProperty().bind(vm.offScriptProperty().isNotEmpty());
        offScript.managedProperty().bind(offScript.visibleProperty());
        Label step = wrapped("narration-step");
        step.textProperty().bind(vm.stepHeadingProperty());
        Label text = wrapped("narration-text");
        text.textProperty().bind(vm.textProperty());
        text.pseudoClassStateChanged(AUTHORED, vm.fromLessonProperty().get());
        vm.fromLessonProperty().addListener((o, a, b) -> text.pseudoClassStateChanged(AUTHORED, b));

        Label quizPointer = wrapped("narration-quiz-pointer");
        quizPointer.getStyleClass().add("quiz-pointer");
        quizPointer.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.quizProperty().get() == null ? ""
                : vm.revealedProperty().get() ? "The quiz's answer is shown beside the views; Next goes on."
                : "Quiz: predict the next step (beside the views). Keys 1–" + vm.quizProperty().get().choices().size()
                        + " pick a choice, Enter reveals.", vm.quizProperty(), vm.revealedProperty()));
        quizPointer.visibleProperty().bind(vm.quizProperty().isNotNull());
        quizPointer.managedProperty().bind(quizPointer.visibleProperty());

        Label answer = wrapped("narration-answer");
        answer.textProperty().bind(javafx.beans.binding.Bindings.concat("Result: ", vm.answerProperty()));
        answer.visibleProperty().bind(vm.answerShownProperty());
        answer.managedProperty().bind(vm.answerShownProperty());

        VBox content = new VBox(question, offScript, step, text, quizPointer, answer);
        content.setId("narration-content");
        content.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().add(content);
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
