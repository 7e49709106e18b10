package org.speclab.app.narration;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.speclab.lessons.Lesson;

/**
 * Narration: the lesson's question on top, what is happening at this step in large type, a "predict the next
 * step" quiz when one is keyed to it, and the answer once the run is over.
 */
public final class NarrationView extends VBox {
    /** The quiz choice that the Reveal button showed to be right; marked with "✓" as well as colour. */
    static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    /** The narration text is the lesson author's, not the engine's explanation. */
    static final PseudoClass AUTHORED = PseudoClass.getPseudoClass("authored");

    private final NarrationViewModel vm;
    private final VBox quizBox = new VBox();
    private final VBox choices = new VBox();
    private final ScrollPane scroll = new ScrollPane();

    public NarrationView(NarrationViewModel vm) {
        this.vm = vm;
        createView();
        vm.quizProperty().addListener((o, a, b) -> showQuiz());
        vm.revealedProperty().addListener((o, a, b) -> showQuiz());
        // the card is small: when a quiz or the answer appears, scroll so it is in view (it comes last)
        vm.quizProperty().addListener((o, a, b) -> scrollToEnd(b != null));
        vm.answerShownProperty().addListener((o, a, b) -> scrollToEnd(b));
        showQuiz();
        scrollToEnd(vm.quizProperty().get() != null || vm.answerShownProperty().get());
    }

    private void createView() {
        setId("narration-view");
        setMinSize(0, 0);
        Label question = wrapped("narration-question");
        question.textProperty().bind(vm.questionProperty());
        Label step = wrapped("narration-step");
        step.textProperty().bind(vm.stepHeadingProperty());
        Label text = wrapped("narration-text");
        text.textProperty().bind(vm.textProperty());
        text.pseudoClassStateChanged(AUTHORED, vm.fromLessonProperty().get());
        vm.fromLessonProperty().addListener((o, a, b) -> text.pseudoClassStateChanged(AUTHORED, b));

        quizBox.setId("quiz");
        quizBox.visibleProperty().bind(vm.quizProperty().isNotNull());
        quizBox.managedProperty().bind(quizBox.visibleProperty());
        Label quizTitle = new Label("Predict the next step");
        quizTitle.setId("quiz-title");
        Label quizQuestion = wrapped("quiz-question");
        quizQuestion.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.quizProperty().get() == null ? "" : vm.quizProperty().get().question(), vm.quizProperty()));
        choices.setId("quiz-choices");
        Button reveal = new Button("Reveal");
        reveal.setId("reveal-answer");
        reveal.setOnAction(e -> vm.reveal());
        reveal.disableProperty().bind(vm.revealedProperty());
        quizBox.getChildren().addAll(quizTitle, quizQuestion, choices, reveal);

        Label answer = wrapped("narration-answer");
        answer.textProperty().bind(javafx.beans.binding.Bindings.concat("Answer: ", vm.answerProperty()));
        answer.visibleProperty().bind(vm.answerShownProperty());
        answer.managedProperty().bind(vm.answerShownProperty());

        VBox content = new VBox(question, step, text, quizBox, answer);
        content.setId("narration-content");
        scroll.setContent(content);
        scroll.setId("narration-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(0);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
    }

    private void scrollToEnd(boolean end) {
        scroll.setVvalue(end ? scroll.getVmax() : scroll.getVmin());
    }

    /** Numbered choices; after Reveal the right one is marked "✓" and highlighted. */
    private void showQuiz() {
        choices.getChildren().clear();
        Lesson.Quiz q = vm.quizProperty().get();
        if (q == null) return;
        boolean revealed = vm.revealedProperty().get();
        for (int i = 1; i <= q.choices().size(); i++) {
            boolean right = revealed && i == q.answer();
            Label number = new Label(right ? "✓ " + i + "." : i + ".");
            number.getStyleClass().add("quiz-number");
            number.setMinWidth(Label.USE_PREF_SIZE);
            Label choice = wrapped("quiz-choice-text-" + i);
            choice.setText(q.choices().get(i - 1));
            HBox.setHgrow(choice, Priority.ALWAYS);
            HBox row = new HBox(number, choice);
            row.setId("quiz-choice-" + i);
            row.getStyleClass().add("quiz-choice");
            row.pseudoClassStateChanged(CORRECT, right);
            choices.getChildren().add(row);
        }
    }

    private static Label wrapped(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
