package org.speclab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.theme.Motion;
import org.speclab.engine.check.CheckResult;
import org.speclab.engine.variant.Variants;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window driven as a teacher would: clicks, keys, the variant picker, a background check. */
@ExtendWith(ApplicationExtension.class)
class WindowTest {
    private ShellViewModel vm;
    private Stage window;
    private final List<String> problems = new ArrayList<>();
    private final List<CheckResult> checks = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        vm = new ShellViewModel(Jobs.background(), new ShellUi() {
            @Override public Optional<String> askOpen(Window owner) { return Optional.empty(); }

            @Override public void showProblem(String line) { problems.add(line); }

            @Override public Optional<Integer> askStep(Window owner, int last) { return Optional.of(16); }

            @Override public void showCheck(String lesson, CheckResult result, Consumer<List<String>> open) { checks.add(result); }
        });
        // a stage of its own at 1366×768: the shared primary stage keeps other tests' sizes and minimums
        window = new Stage();
        window.setScene(ShellView.scene(vm, 1366, 768));
        window.show();
    }

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) { robot.interact(window::close); }

    private String status(FxRobot robot) { return robot.lookup("#status-text").queryAs(Label.class).getText(); }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(javafx.scene.control.Labeled.class).getText(); }

    /** Saves what the window shows under target/window-shots/, to look at. */
    private void save(FxRobot robot, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "window-shots");
            java.nio.file.Files.createDirectories(dir);
            var image = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get();
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name + ".png").toFile());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void click(FxRobot robot, String id, int times) {
        for (int i = 0; i < times; i++) robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void startPanelOpensALessonByClick(FxRobot robot) {
        assertThat(robot.lookup("#start-panel").query().isVisible()).isTrue();
        robot.clickOn("#start-munmap-file-reuse");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start-panel").query().isVisible()).isFalse();
        assertThat(status(robot)).startsWith("Ready");
        assertThat(robot.lookup("#step-cpu0").queryAs(Button.class).getText()).contains("handle_swbp");
    }

    @Test
    void clickingTheCpusThroughTheCanonicalRaceEndsInTheFallback(FxRobot robot) {
        robot.interact(() -> vm.openArgument("munmap-file-reuse"));
        // the reader loads vm_file; munmap runs to its deferred __fput; open reuses the slot; the reader finishes
        click(robot, "#step-cpu0", 6);
        click(robot, "#step-cpu1", 12);
        assertThat(vm.stepper().frame().state().world().mm().seq()).isEqualTo(4);
        assertThat(text(robot, "#seqcount-value")).isEqualTo("4");
        // open(): alloc_empty_file (init_file clears f_inode), then do_dentry_open sets libbar's inode
        click(robot, "#step-cpu2", 2);
        assertThat(status(robot)).contains("step 20").contains("cpu2 OPEN2");
        // the reused slot: generation 2, the ghost of f1, the reader's pointer amber
        assertThat(text(robot, "#slot-filp-0-gen")).isEqualTo("gen 2");
        assertThat(text(robot, "#slot-filp-0-ghost")).isEqualTo("was f1 · libfoo · gen 1");
        assertThat(robot.lookup("#pointer-cpu0").query().getPseudoClassStates()).contains(org.speclab.app.theme.Styles.STALE);
        click(robot, "#step-cpu0", 7);
        assertThat(vm.stepper().decisions()).anyMatch(d -> d.sentence().contains("mm_lock_seq moved 2 → 4"));
        assertThat(robot.lookup("#decision-27").tryQuery()).isPresent();
        java.util.Set<Label> labels = robot.lookup(".label").queryAllAs(Label.class);
        assertThat(labels.stream().anyMatch(l -> l.getText() != null && l.getText().contains("mm_lock_seq moved 2 → 4"))).isTrue();
        // step back restores the state before the decision, in every view
        click(robot, "#step-back", 1);
        assertThat(vm.stepper().decisions()).noneMatch(d -> d.sentence().contains("mm_lock_seq moved"));
        assertThat(robot.lookup("#decision-27").tryQuery()).isEmpty();
        click(robot, "#step-back", 8);
        assertThat(text(robot, "#slot-filp-0-gen")).isEqualTo("gen 1");
        assertThat(robot.lookup("#slot-filp-0-ghost").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)).isFalse();
    }

    @Test
    void steppingAnotherCpuAfterStepBackKeepsTheOldFutureAsABranchToReopen(FxRobot robot) {
        robot.interact(() -> vm.openArgument("munmap-file-reuse"));
        click(robot, "#step-cpu1", 3);
        click(robot, "#step-back", 2);
        click(robot, "#step-cpu0", 1);
        save(robot, "left-script");
        assertThat(robot.lookup("#branches").queryAs(javafx.scene.control.MenuButton.class).isDisabled()).isFalse();
        robot.clickOn("#branches");
        // the outcome as the rest of the window writes it, not the raw name
        assertThat(robot.lookup("the lesson's run: 35 steps · " + OutcomeWords.display("fallback-seq-changed/locked-miss-restart")).tryQuery()).isPresent();
        assertThat(robot.lookup("the lesson's run: 35 steps · fallback-seq-changed/locked-miss-restart").tryQuery()).isEmpty();
        robot.clickOn("branch 2: 3 steps · unfinished");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.stepper().frame().timeline().size()).isEqualTo(3);
        assertThat(vm.stepper().frame().timeline().entries().get(0).threadName()).isEqualTo("cpu1");
    }

    @Test
    void keysFollowTheLessonAndSteppingAChosenCpuIsExplicitAndShown(FxRobot robot) {
        robot.interact(() -> vm.openArgument("munmap-file-reuse"));
        robot.clickOn("#lesson-title");
        // 2 selects cpu1, Enter steps it: the lesson moves cpu0 first, so this leaves the script, visibly
        robot.type(KeyCode.DIGIT2);
        assertThat(vm.stepper().selectedProperty().get()).isEqualTo(1);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        assertThat(vm.stepper().frame().state().world().mm().seq()).isEqualTo(3);
        assertThat(robot.lookup("#left-script-banner").query().isVisible()).isTrue();
        assertThat(text(robot, "#left-script-banner")).startsWith("You left the lesson at step 0 (Home or Backspace returns");
        robot.type(KeyCode.LEFT);
        assertThat(vm.stepper().frame().index()).isEqualTo(1);
        // Backspace returns to the lesson where the run left it; Space, → and PageDown then follow the lesson
        robot.type(KeyCode.BACK_SPACE);
        assertThat(vm.stepper().frame().index()).isZero();
        assertThat(robot.lookup("#left-script-banner").query().isVisible()).isFalse();
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(vm.stepper().frame().timeline().schedule().subList(0, 3)).containsExactly("cpu0", "cpu0", "cpu0");
        assertThat(vm.stepper().frame().index()).isEqualTo(3);
        // End and Home: the lesson's last and first step; G asks for a step (this UI answers 16)
        robot.type(KeyCode.END);
        assertThat(vm.stepper().frame().index()).isEqualTo(35);
        robot.type(KeyCode.HOME);
        assertThat(vm.stepper().frame().index()).isZero();
        robot.type(KeyCode.G);
        assertThat(vm.stepper().frame().index()).isEqualTo(16);
        robot.type(KeyCode.B);
        assertThat(robot.lookup("#blank-screen").query().isVisible()).isTrue();
        robot.type(KeyCode.B);
        assertThat(robot.lookup("#blank-screen").query().isVisible()).isFalse();
    }

    @Test
    void aClickerSessionThroughTheLessonStopsAtTheQuizAndNeverBranches(FxRobot robot) {
        robot.interact(() -> vm.openArgument("munmap-file-reuse"));
        robot.clickOn("#lesson-title");
        java.util.Set<Integer> leftAt = new java.util.HashSet<>();
        vm.stepper().frameProperty().addListener((o, a, b) -> leftAt.add(vm.stepper().leftAtProperty().get()));
        // the clicker's next, more times than the quiz is away: it stops before step 27, the quiz's step
        for (int i = 0; i < 30; i++) robot.type(KeyCode.PAGE_DOWN);
        assertThat(vm.stepper().frame().index()).isEqualTo(26);
        assertThat(robot.lookup("#quiz").query().isVisible()).isTrue();
        // (a long preview breaks onto two lines at a space)
        assertThat(robot.lookup("#step-cpu0").queryAs(Button.class).getText().replace('\n', ' ')).contains("? (the quiz asks").doesNotContain("end check");
        // back, forward, blank and back: still at the quiz
        robot.type(KeyCode.PAGE_UP);
        assertThat(vm.stepper().frame().index()).isEqualTo(25);
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.B);
        robot.type(KeyCode.B);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(vm.stepper().frame().index()).isEqualTo(26);
        // a digit answers (it does not select a CPU while the quiz is open), Enter reveals
        int selected = vm.stepper().selectedProperty().get();
        robot.type(KeyCode.DIGIT2);
        assertThat(vm.narration().pickedProperty().get()).isEqualTo(2);
        assertThat(vm.stepper().selectedProperty().get()).isEqualTo(selected);
        assertThat(robot.lookup("#quiz-choice-2").query().getPseudoClassStates()).contains(javafx.css.PseudoClass.getPseudoClass("picked"));
        robot.type(KeyCode.ENTER);
        assertThat(vm.narration().revealedProperty().get()).isTrue();
        assertThat(robot.lookup("#quiz-explanation").query().isVisible()).isTrue();
        save(robot, "quiz-revealed");
        assertThat(vm.stepper().frame().index()).isEqualTo(26);
        // then on to the end
        for (int i = 0; i < 15; i++) robot.type(KeyCode.PAGE_DOWN);
        assertThat(vm.stepper().frame().index()).isEqualTo(35);
        assertThat(vm.stepper().finishedProperty().get()).isTrue();
        assertThat(robot.lookup("#narration-answer").query().isVisible()).isTrue();
        assertThat(vm.stepper().branches()).isEmpty();
        assertThat(leftAt).containsOnly(-1);
        assertThat(vm.stepper().onLessonRunProperty().get()).isTrue();
    }

    @Test
    void nOpensThePresenterViewWithTheNotesAndItsKeysDriveTheLesson(FxRobot robot) {
        robot.interact(() -> vm.openArgument("munmap-file-reuse"));
        // N typed on the class's window, focused, as the lecturer's keyboard sends it
        TestWindows.typeOn(robot, window, KeyCode.N);
        Label notes = robot.lookup("#presenter-notes").queryAs(Label.class);
        assertThat(notes.getText()).startsWith("Ask first:");
        assertThat(notes.getScene().getWindow()).isNotSameAs(robot.lookup("#shell").query().getScene().getWindow());
        assertThat(robot.lookup("#presenter-quiz").queryAs(Label.class).getText()).startsWith("Quiz before step 27 — answer 2");
        // the class's window never shows the notes
        assertThat(robot.from((javafx.scene.Node) robot.lookup("#shell").query()).lookup(".label").queryAllAs(Label.class))
                .noneMatch(l -> l.getText() != null && l.getText().startsWith("Ask first:"));
        // a clicker's next, typed on the presenter window
        TestWindows.typeOn(robot, notes.getScene().getWindow(), KeyCode.PAGE_DOWN);
        assertThat(vm.stepper().frame().index()).isEqualTo(1);
        robot.interact(vm::togglePresenter);
        assertThat(notes.getScene().getWindow().isShowing()).isFalse();
    }

    @Test
    void runPlaysTheLessonAndStopsAtTheQuizUntilItIsRevealed(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.openArgument("munmap-file-reuse");
            vm.playback().speedProperty().set(10);
            vm.playback().play();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.playback().runningProperty().get());
        assertThat(vm.stepper().frame().index()).isEqualTo(26);
        robot.interact(() -> vm.playback().play());
        assertThat(vm.playback().runningProperty().get()).as("Run waits for the reveal").isFalse();
        robot.interact(() -> {
            vm.narration().reveal();
            vm.playback().play();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.playback().runningProperty().get());
        assertThat(vm.stepper().frame().index()).isEqualTo(35);
    }

    @Test
    void variantPickerReRunsTheLessonsRunUnderTheVariantClicked(FxRobot robot) {
        robot.interact(() -> {
            vm.openArgument("munmap-file-reuse");
            vm.stepper().runToEnd();
        });
        assertThat(vm.stepper().frame().timeline().violation()).isNull();
        robot.clickOn("#variant-picker");
        robot.clickOn("no-end-check (B1)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.stepper().frame().timeline().violation()).isNotNull();
        assertThat(vm.stepper().titleProperty().get()).contains("no-end-check");
        assertThat(vm.stepper().decisions()).anyMatch(d -> d.violation() && OutcomeWords.stable(d.sentence()).contains("wrong-uprobe"));
        assertThat(vm.stepper().leftAtProperty().get()).as("the lesson's script is kept").isEqualTo(-1);
    }

    @Test
    void variantPickerDoesNotReRunWhileArrowingAndCommitsOnEnter(FxRobot robot) {
        robot.interact(() -> vm.openArgument("munmap-file-reuse"));
        List<Object> sessions = new ArrayList<>();
        vm.stepper().frameProperty().addListener((o, a, f) -> {
            if (a == null || f.session() != a.session()) sessions.add(f.session());
        });
        @SuppressWarnings("unchecked")
        ComboBox<org.speclab.engine.variant.Variant> picker = robot.lookup("#variant-picker").queryAs(ComboBox.class);
        robot.clickOn("#variant-picker");
        robot.type(KeyCode.DOWN, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getValue().name()).as("the highlight moved").isNotEqualTo("v6.14");
        assertThat(sessions).as("nothing re-ran while arrowing").isEmpty();
        assertThat(vm.variantProperty().get().name()).isEqualTo("v6.14");
        String highlighted = picker.getValue().name();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sessions).hasSize(1);
        assertThat(vm.stepper().session().scenario().variant().name()).isEqualTo(highlighted);
    }

    @Test
    void checkRunsInTheBackgroundWithProgressAndReportsTheResult(FxRobot robot) throws Exception {
        robot.interact(() -> vm.openArgument("munmap-file-reuse"));
        robot.clickOn("#check");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !checks.isEmpty());
        assertThat(checks.get(0).verdict()).isEqualTo(CheckResult.Verdict.HOLDS);
        assertThat(checks.get(0).outcomes()).containsKey("speculative-hit");
        assertThat(robot.lookup("#check-progress").queryAs(ProgressBar.class).isVisible()).isFalse();
    }

    @Test
    void checkCanBeCancelled(FxRobot robot) throws Exception {
        robot.interact(() -> vm.openArgument("two-readers-two-writers"));
        robot.interact(() -> vm.check());
        assertThat(robot.lookup("#check-progress").queryAs(ProgressBar.class).isVisible()).isTrue();
        robot.clickOn("#check-cancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.checkingProperty().get());
        assertThat(vm.checkMessageProperty().get()).satisfiesAnyOf(m -> assertThat(m).contains("cancelled"), m -> assertThat(m).contains("holds"));
    }

    @Test
    void aBrokenLessonFileIsOneLocatedLineAndTheCurrentLessonStays(FxRobot robot) throws Exception {
        robot.interact(() -> vm.openArgument("fast-path"));
        java.nio.file.Path f = java.nio.file.Files.createTempFile("broken", ".yaml");
        java.nio.file.Files.writeString(f, "id: broken\ntitle: [unclosed\n");
        robot.interact(() -> vm.openFile(f));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith(f + ":").doesNotContain("Exception");
        assertThat(vm.stepper().session().scenario().id()).isEqualTo("fast-path");
    }
}
