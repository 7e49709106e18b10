package org.speclab.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;
import org.speclab.app.theme.Theme;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The code pane on a real stepper with munmap-file-reuse: what a teacher sees while stepping CPUs. */
@ExtendWith(ApplicationExtension.class)
class CodeViewTest {
    private static final Listing LISTING = Listing.load();

    private StepperViewModel stepper;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Motion.setInstant();
        stepper = new StepperViewModel();
        stepper.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        Scene scene = new Scene(new CodeView(new CodeViewModel(stepper)), 560, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static int line(String label) { return LISTING.lineOf(label).orElseThrow(); }

    private static Node row(FxRobot robot, String label) { return robot.lookup("#code-line-" + line(label)).query(); }

    private static boolean markerIn(FxRobot robot, String cpu, String label) {
        return robot.from(row(robot, label)).lookup("#pc-" + cpu).tryQuery().isPresent();
    }

    private void step(FxRobot robot, int... threads) {
        robot.interact(() -> {
            for (int t : threads) assertThat(stepper.step(t)).isTrue();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    /** The row lies inside the listing's viewport, not scrolled away. */
    private static void assertVisible(FxRobot robot, Node row) {
        ScrollPane scroll = robot.lookup("#code-scroll").queryAs(ScrollPane.class);
        Bounds viewport = scroll.localToScreen(scroll.getLayoutBounds());
        Bounds r = row.localToScreen(row.getLayoutBounds());
        assertThat(r.getMinY()).isGreaterThanOrEqualTo(viewport.getMinY());
        assertThat(r.getMaxY()).isLessThanOrEqualTo(viewport.getMaxY());
    }

    @Test
    void beforeTheFirstStepEachCpuMarkerIsInTheRowOfItsFirstStep(FxRobot robot) {
        assertThat(markerIn(robot, "cpu0", "H0")).isTrue();
        assertThat(markerIn(robot, "cpu1", "WL1")).isTrue();
        assertThat(markerIn(robot, "cpu2", "OPEN")).isTrue();
        assertThat(markerIn(robot, "rcu", "GP")).isTrue();
        assertThat(text(robot, "#code-explanation-text")).isEqualTo(CodeViewModel.PICK);
        assertThat(robot.lookup(".current-line").tryQuery()).isEmpty();
    }

    @Test
    void markersShowTheCpuNameAndTheirShape(FxRobot robot) {
        Node cpu1 = robot.lookup("#pc-cpu1").query();
        assertThat(robot.from(cpu1).lookup(".pc-name").queryAs(Label.class).getText()).isEqualTo("cpu1");
        assertThat(robot.from(cpu1).lookup(".shape-square").tryQuery()).isPresent();
        assertThat(cpu1.getStyleClass()).contains(Styles.WRITER);
        assertThat(robot.lookup("#pc-cpu0").query().getStyleClass()).contains(Styles.READER);
    }

    @Test
    void steppingAReaderHighlightsTheLineJustRunAndMovesItsMarker(FxRobot robot) {
        // when: handle_swbp, rcu_read_lock_trace, rcu_read_lock, try_begin
        step(robot, 0, 0, 0, 0);
        // then
        Node current = robot.lookup(".current-line").query();
        assertThat(current.getId()).isEqualTo("code-line-" + line("S2"));
        assertThat(markerIn(robot, "cpu0", "S3")).isTrue();
        assertThat(markerIn(robot, "cpu0", "H0")).isFalse();
        assertThat(text(robot, "#code-explanation-heading")).isEqualTo("cpu0 · S2 · mmap_lock_speculate_try_begin");
        assertThat(text(robot, "#code-explanation-text")).isEqualTo(stepper.frame().step().explanation()).contains("mm_lock_seq = 2");
        assertVisible(robot, current);
    }

    @Test
    void theListingScrollsToAFarAwayLineWhenAWriterSteps(FxRobot robot) {
        // when: cpu1's munmap takes the lock, then bumps the count
        step(robot, 1, 1);
        // then
        Node current = robot.lookup(".current-line").query();
        assertThat(current.getId()).isEqualTo("code-line-" + line("WL2"));
        assertThat(text(robot, "#code-explanation-heading")).isEqualTo("cpu1 · WL2 · mm_lock_seqcount_begin");
        assertVisible(robot, current);
        assertVisible(robot, robot.lookup("#pc-cpu1").query());
        // and only one line is highlighted
        assertThat(robot.lookup(".current-line").queryAll()).hasSize(1);
    }

    @Test
    void selectingAnotherCpuScrollsToItsNextLine(FxRobot robot) {
        // when
        robot.interact(() -> stepper.selectedProperty().set(2));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertVisible(robot, row(robot, "OPEN"));
        assertThat(robot.lookup("#pc-cpu2").query().getPseudoClassStates()).contains(Styles.SELECTED);
    }

    @Test
    void aFinishedCpuHasNoMarker(FxRobot robot) {
        // when: cpu2's whole program is one open(): alloc_empty_file, then do_dentry_open
        step(robot, 2, 2);
        // then
        assertThat(robot.lookup("#pc-cpu2").tryQuery()).isEmpty();
        assertThat(robot.lookup(".current-line").query().getId()).isEqualTo("code-line-" + line("OPEN2"));
    }

    @Test
    void stepBackMovesTheHighlightAndTheMarkerBack(FxRobot robot) {
        // given
        step(robot, 0, 0);
        // when
        robot.interact(stepper::stepBack);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(robot.lookup(".current-line").query().getId()).isEqualTo("code-line-" + line("H0"));
        assertThat(markerIn(robot, "cpu0", "H1")).isTrue();
    }

    @Test
    void aViolationPaintsTheLineAndSaysViolation(FxRobot robot) {
        // when
        robot.interact(() -> {
            stepper.load(LessonCatalog.byId("broken-no-end-check").orElseThrow());
            stepper.runToEnd();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then
        Label violation = robot.lookup("#code-violation").queryAs(Label.class);
        assertThat(violation.isVisible()).isTrue();
        assertThat(violation.getText()).startsWith("VIOLATION P1 wrong\u2011uprobe");
        assertThat(robot.lookup("#code-explanation").query().getPseudoClassStates()).contains(Styles.VIOLATION);
        Node current = robot.lookup(".current-line").query();
        assertThat(current.getPseudoClassStates()).contains(Styles.VIOLATION);
        assertVisible(robot, current);
    }

    @Test
    void twoCpusOnOneLineSitSideBySide(FxRobot robot) {
        // when: both readers of two-readers-two-writers start at handle_swbp()
        robot.interact(() -> stepper.load(LessonCatalog.byId("two-readers-two-writers").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(markerIn(robot, "cpu0", "H0")).isTrue();
        assertThat(markerIn(robot, "cpu2", "H0")).isTrue();
        Bounds a = robot.lookup("#pc-cpu0").query().localToScreen(robot.lookup("#pc-cpu0").query().getLayoutBounds());
        Bounds b = robot.lookup("#pc-cpu2").query().localToScreen(robot.lookup("#pc-cpu2").query().getLayoutBounds());
        assertThat(b.getMinX()).isGreaterThanOrEqualTo(a.getMaxX());
        assertThat(Math.abs(a.getMinY() - b.getMinY())).isLessThan(1.0);
    }

    @Test
    void aViewOpenedOnAViolationShowsItAtOnce(FxRobot robot) {
        // when: the stepper is already at the violating step when the view is built
        robot.interact(() -> {
            stepper.load(LessonCatalog.byId("broken-no-end-check").orElseThrow());
            stepper.runToEnd();
            stage.getScene().setRoot(new CodeView(new CodeViewModel(stepper)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then
        assertThat(robot.lookup("#code-explanation").query().getPseudoClassStates()).contains(Styles.VIOLATION);
        Node current = robot.lookup(".current-line").query();
        assertThat(current.getPseudoClassStates()).contains(Styles.VIOLATION);
        assertVisible(robot, current);
    }
}
