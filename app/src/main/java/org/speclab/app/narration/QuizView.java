package org.speclab.app.narration;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.speclab.app.layout.Foldable;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.lessons.Lesson;

/**
 * A quiz pause for the whole room: the question and big numbered choices, the class's pick outlined (keys 1–n
 * or a click), Reveal (Enter) marks the right one "✓" and shows why. The window shows it in the story column's
 * place, never over the state the class reads to answer; visible only while a quiz is keyed to the next step of
 * the lesson's run. Its choices are never drawn below the window's base type: where they would be, the title and
 * then the keys' hint fold away first ({@link Foldable}).
 */
public final class QuizView extends VBox implements Foldable {
    /** A choice's size in narration.css (#quiz 1.2em × .quiz-choice .label 1.15em): scaled by 1/CHOICE_EM it is the base type. */
    static final double CHOICE_EM = 1.2 * 1.15;
    /** What each fold level leaves out: the title ("Predict the next step"), then the keys' hint (Reveal names Enter). */
    static final int TITLE = 1, HINT = 2;

    /** The choice that Reveal showed to be right; marked with "✓" as well as colour. */
    static final PseudoClass CORRECT = PseudoClass.getPseudoClass("correct");
    /** The choice the class picked, before or after Reveal. */
    static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");

    private final NarrationViewModel vm;
    private final VBox choices = new VBox();
    private final IntegerProperty level = new SimpleIntegerProperty(0);
    private final VBox answer = new VBox();
    private final javafx.beans.property.BooleanProperty split = new javafx.beans.property.SimpleBooleanProperty(false);

    public QuizView(NarrationViewModel vm) {
        this.vm = vm;
        createView();
        vm.quizProperty().addListener((o, a, b) -> showQuiz());
        vm.revealedProperty().addListener((o, a, b) -> showQuiz());
        vm.pickedProperty().addListener((o, a, b) -> showQuiz());
        showQuiz();
    }

    /** The quiz shown, or null. */
    public Lesson.Quiz shownQuiz() { return vm.quizProperty().get(); }

    @Override public double minScale() { return 1 / CHOICE_EM; }

    @Override
    public boolean fold(int to) {
        if (to < 0 || to > HINT) return false;
        if (level.get() != to) level.set(to);
        return true;
    }

    @Override public int foldLevel() { return level.get(); }

    private void createView() {
        setId("quiz");
        getStyleClass().add("quiz");
        visibleProperty().bind(vm.quizProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        setMaxHeight(USE_PREF_SIZE);
        Label title = new Label("Predict the next step");
        title.setId("quiz-title");
        title.visibleProperty().bind(level.lessThan(TITLE));
        title.managedProperty().bind(title.visibleProperty());
        Label question = wholeWords("quiz-question");
        question.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.quizProperty().get() == null ? "" : OutcomeWords.display(vm.quizProperty().get().question()), vm.quizProperty()));
        choices.setId("quiz-choices");
        Button reveal = new Button("Reveal (Enter)");
        reveal.setId("reveal-answer");
        reveal.setMinWidth(Button.USE_PREF_SIZE);
        reveal.setOnAction(e -> vm.reveal());
        reveal.disableProperty().bind(vm.revealedProperty());
        // once revealed the button has done its work: the explanation takes its room
        reveal.visibleProperty().bind(vm.revealedProperty().not());
        reveal.managedProperty().bind(reveal.visibleProperty());
        Label hint = NarrationView.wrapped("quiz-hint");
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.quizProperty().get() == null ? ""
                : "Keys 1–" + vm.quizProperty().get().choices().size() + " pick; Enter reveals. Next waits until then.", vm.quizProperty()));
        hint.visibleProperty().bind(vm.revealedProperty().not().and(level.lessThan(HINT)));
        hint.managedProperty().bind(hint.visibleProperty());
        // the hint under the button, not beside it: a column a third of the screen wide would wrap it a word a line
        VBox actions = new VBox(4, reveal, hint);
        Label why = NarrationView.wrapped("quiz-explanation");
        why.textProperty().bind(vm.explanationProperty());
        why.visibleProperty().bind(vm.revealedProperty().and(vm.explanationProperty().isNotEmpty()));
        why.managedProperty().bind(why.visibleProperty());
        getChildren().addAll(title, question, choices, actions, why);
        answer.setId("quiz-answer");
        answer.getStyleClass().add("quiz");
        answer.visibleProperty().bind(visibleProperty().and(split));
        answer.managedProperty().bind(answer.visibleProperty());
    }

    /**
     * Reveal, the keys' hint and, once revealed, the explanation: below the choices, or, split, a part of their own
     * ({@link #answerPart()}) that the window shows in another column when the question and choices fill one.
     */
    public void setSplit(boolean split) {
        if (split == this.split.get()) return;
        this.split.set(split);
        List<Node> parts = List.copyOf((split ? this : answer).getChildren().subList(split ? 3 : 0, split ? 5 : 2));
        (split ? this : answer).getChildren().removeAll(parts);
        (split ? answer : this).getChildren().addAll(parts);
    }

    public boolean split() { return split.get(); }

    /** Reveal, the hint and the explanation while {@link #setSplit split} (empty and hidden otherwise). */
    public VBox answerPart() { return answer; }

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
            Label choice = wholeWords("quiz-choice-text-" + i);
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

    /**
     * A wrapped label never narrower than its longest word: JavaFX breaks a word that does not fit a line inside it
     * ("mmap_read_loc / k"); a minimum makes the quiz's pane scale down a little instead.
     */
    static Label wholeWords(String id) {
        Label l = new Label() {
            @Override
            protected double computeMinWidth(double height) {
                return snappedLeftInset() + longestWord(getText(), getFont()) + snappedRightInset();
            }
        };
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** The width of the widest word of {@code text} in {@code font}. */
    public static double longestWord(String text, javafx.scene.text.Font font) {
        if (text == null) return 0;
        javafx.scene.text.Text t = new javafx.scene.text.Text();
        t.setFont(font);
        double most = 0;
        for (String word : text.split("\\s+")) {
            t.setText(word);
            most = Math.max(most, Math.ceil(t.getLayoutBounds().getWidth()));
        }
        return most;
    }
}
