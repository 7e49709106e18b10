package org.speclab.app.narration;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.lessons.Lesson;

/**
 * A quiz pause for the whole room: the question and big numbered choices, the class's pick outlined (keys 1–n
 * or a click), Reveal (Enter) marks the right one "✓" and shows why. Shown over the views, not inside the small
 * narration card, so it is readable from the back at any window size; visible only while a quiz is keyed to
 * the next step of the lesson's run.
 */
public final class QuizView extends VBox {
    /** The choice that Reveal showed to be right; marked with "✓" as well as colour. */
    static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    /** The choice the class picked, before or after Reveal. */
    static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");

    private final NarrationViewModel vm;
    private final VBox choices = new VBox();

    public QuizView(NarrationViewModel vm) {
        this.vm = vm;
        createView();
        vm.quizProperty().addListener((o, a, b) -> showQuiz());
        vm.revealedProperty().addListener((o, a, b) -> showQuiz());
        vm.pickedProperty().addListener((o, a, b) -> showQuiz());
        showQuiz();
    }

    private void createView() {
        setId("quiz");
        visibleProperty().bind(vm.quizProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        setMaxHeight(USE_PREF_SIZE);
        Label title = new Label("Predict the next step");
        title.setId("quiz-title");
        Label question = NarrationView.wrapped("quiz-question");
        question.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.quizProperty().get() == null ? "" : OutcomeWords.display(vm.quizProperty().get().question()), vm.quizProperty()));
        choices.setId("quiz-choices");
        Button reveal = new Button("Reveal (Enter)");
        reveal.setId("reveal-answer");
        reveal.setMinWidth(Button.USE_PREF_SIZE);
        reveal.setOnAction(e -> vm.reveal());
        reveal.disableProperty().bind(vm.revealedProperty());
        Label hint = NarrationView.wrapped("quiz-hint");
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.quizProperty().get() == null ? ""
                : "Keys 1–" + vm.quizProperty().get().choices().size() + " pick; Enter reveals. Next waits until then.", vm.quizProperty()));
        hint.visibleProperty().bind(vm.revealedProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        HBox actions = new HBox(12, reveal, hint);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Label why = NarrationView.wrapped("quiz-explanation");
        why.textProperty().bind(vm.explanationProperty());
        why.visibleProperty().bind(vm.revealedProperty().and(vm.explanationProperty().isNotEmpty()));
        why.managedProperty().bind(why.visibleProperty());
        getChildren().addAll(title, question, choices, actions, why);
    }

    /** Numbered choices; after Reveal the right one is marked "✓" (and a wrong pick "✗") and highlighted. */
    private void showQuiz() {
        choices.getChildren().clear();
        Lesson.Quiz q = vm.quizProperty().get();
        if (q == null) return;
        boolean revealed = vm.revealedProperty().get();
        int picked = vm.pickedProperty().get();
        for (int i = 1; i <= q.choices().size(); i++) {
            boolean right = revealed && i == q.answer();
            Label number = new Label(right ? "✓ " + i : revealed && i == picked ? "✗ " + i : String.valueOf(i));
            number.getStyleClass().add("quiz-number");
            number.setMinWidth(Label.USE_PREF_SIZE);
            Label choice = NarrationView.wrapped("quiz-choice-text-" + i);
            choice.setText(OutcomeWords.display(q.choices().get(i - 1)));
            HBox.setHgrow(choice, Priority.ALWAYS);
            HBox row = new HBox(number, choice);
            row.setId("quiz-choice-" + i);
            row.getStyleClass().add("quiz-choice");
            row.pseudoClassStateChanged(CORRECT, right);
            row.pseudoClassStateChanged(PICKED, i == picked);
            int n = i;
            row.setOnMouseClicked(e -> vm.pick(n));
            choices.getChildren().add(row);
        }
    }
}
