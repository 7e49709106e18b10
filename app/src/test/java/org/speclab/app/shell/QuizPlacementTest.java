package org.speclab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.layout.Cuts;
import org.speclab.app.layout.FitPane;
import org.speclab.app.theme.Motion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An open quiz never covers the state it asks about: at every size × mode, in the lessons whose quiz is about what
 * the middle cards show (mprotect-split: mm_lock_seq, the torn VMA, the registers; uprobe-unregister: the uprobes
 * tree and RCU; munmap-file-reuse, the clicker lesson), the quiz lies clear of every state card, its choices are whole and at least the window's base type
 * (20 px on a 1280×720 projector, 16 px elsewhere in projector mode), and its question is bold.
 */
@ExtendWith(ApplicationExtension.class)
class QuizPlacementTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0}x{1} projector={2}")
    @CsvSource(textBlock = """
            1024, 768,  false
            1024, 768,  true
            1280, 720,  false
            1280, 720,  true
            1366, 768,  false
            1366, 768,  true
            1920, 1080, false
            1920, 1080, true
            """)
    void theQuizTakesTheStoryColumnNeverTheStateCards(int width, int height, boolean projector, FxRobot robot) {
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene scene = TestWindows.showOn(robot, stage, vm, width, height);
        double floor = Math.max(projector ? (width == 1280 && height == 720 ? 20 : 16) : 0, vm.layout().fontPx(width, height, projector));
        List<String> wrong = new ArrayList<>();
        for (String lesson : List.of("mprotect-split", "uprobe-unregister", "munmap-file-reuse")) {
            // given: the lesson at its quiz pause, the quiz open
            robot.interact(() -> TestWindows.openAtQuiz(vm, lesson));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> HeadlessSnapshot.settle(scene));
            // then: clear of the state, whole, large
            robot.interact(() -> {
                assertThat(vm.narration().quizProperty().get()).as(lesson + ": the quiz is open").isNotNull();
                check(scene, lesson, floor, true, wrong);
                save(scene, width + "x" + height + (projector ? "-projector-" : "-") + lesson + "-quiz-open");
            });
            // and after Reveal, with the explanation below the choices: still clear of the state and whole
            robot.interact(() -> {
                vm.narration().reveal();
                HeadlessSnapshot.settle(scene);
                check(scene, lesson + " revealed", floor, false, wrong);
                save(scene, width + "x" + height + (projector ? "-projector-" : "-") + lesson + "-quiz-revealed");
            });
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(Scene scene, String lesson, double floor, boolean sizes, List<String> wrong) {
        Node quiz = scene.lookup("#quiz-fit");
        List<Bounds> parts = new ArrayList<>();
        for (Node part : List.of(quiz, scene.lookup("#quiz-answer-fit"))) if (part.isVisible()) parts.add(part.localToScene(part.getLayoutBounds()));
        List<Node> cards = new ArrayList<>(scene.getRoot().lookupAll(".state-panels > .sl-card"));
        if (cards.isEmpty()) wrong.add(lesson + ": no state cards found");
        for (Node card : cards) {
            if (!card.isVisible()) continue;
            Bounds c = card.localToScene(card.getLayoutBounds());
            for (Bounds at : parts) if (at.intersects(c)) wrong.add(lesson + ": the quiz " + at + " covers " + card.getId() + " " + c);
        }
        // the narration is what the quiz stands in for: it is under the quiz, not beside it
        Node narration = scene.lookup("#narration-card");
        if (narration != null && narration.isVisible() && narration.getScene() != null) {
            Bounds n = narration.localToScene(narration.getLayoutBounds());
            if (parts.stream().noneMatch(at -> at.contains(n.getMinX() + 1, n.getMinY() + 1) && at.contains(n.getMaxX() - 1, n.getMaxY() - 1))) {
                wrong.add(lesson + ": the narration " + n + " shows beside the quiz " + parts);
            }
        }
        for (Node part : List.of(quiz, scene.lookup("#quiz-answer-fit"))) if (part.isVisible()) Cuts.under(part).forEach(c -> wrong.add(lesson + ": " + c));
        if (!sizes) return;
        Label question = (Label) scene.lookup("#quiz-question");
        if (!question.getFont().getStyle().toLowerCase().contains("bold")
                && FontWeight.findByName(question.getFont().getStyle()) != FontWeight.BOLD) {
            wrong.add(lesson + ": the question is not bold (" + question.getFont() + ")");
        }
        for (Node n : scene.getRoot().lookupAll(".quiz-choice .label")) {
            double px = shownPx((Label) n);
            if (px < floor - 0.05) wrong.add(String.format("%s: choice %s %.1f px, below %.1f px", lesson, n.getId(), px, floor));
        }
        // no word broken across lines ("mmap_read_loc / k"): each wrapped label is at least its longest word wide
        List<Node> wrapped = new ArrayList<>(scene.getRoot().lookupAll(".quiz-choice .label"));
        wrapped.add(question);
        for (Node n : wrapped) {
            Label l = (Label) n;
            double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
            double word = org.speclab.app.narration.QuizView.longestWord(l.getText(), l.getFont());
            if (room + 0.5 < word) wrong.add(String.format("%s: %s is %.0f px wide inside, its longest word %.0f px: broken mid-word", lesson, l.getId(), room, word));
        }
    }

    /** A label's font size as drawn: its size times every fitted pane's scale above it. */
    private static double shownPx(Label label) {
        double px = label.getFont().getSize();
        for (Node n = label; n != null; n = n.getParent()) {
            if (n.getParent() instanceof FitPane fit) px *= fit.scale();
        }
        return px;
    }

    /** Next to the layout tests' shots, to look at. */
    private static void save(Scene scene, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "layout-shots");
            java.nio.file.Files.createDirectories(dir);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", dir.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
