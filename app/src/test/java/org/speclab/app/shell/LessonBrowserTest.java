package org.speclab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.course.LessonProgress;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.theme.Motion;
import org.speclab.engine.check.CheckResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lesson browser: course order, back from any lesson, and done marks that survive a restart. */
@ExtendWith(ApplicationExtension.class)
class LessonBrowserTest {
    private final Preferences node = Preferences.userRoot().node("speclab-test-" + UUID.randomUUID());
    private Stage window;
    private ShellViewModel vm;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        show();
    }

    /** A fresh window on the same preferences node: what a restart sees. */
    private void show() {
        vm = new ShellViewModel(Jobs.background(), new ShellUi() {
            @Override public Optional<String> askOpen(Window owner) { return Optional.empty(); }

            @Override public void showProblem(String line) { }

            @Override public void showCheck(String lesson, CheckResult result, Consumer<List<String>> open) { }
        }, LessonProgress.in(node));
        // a stage of its own: the shared primary stage keeps other tests' sizes and minimums
        if (window != null) window.close();
        window = new Stage();
        window.setScene(ShellView.scene(vm, 1280, 720));
        window.show();
    }

    @AfterEach
    void forget(FxRobot robot) throws Exception {
        robot.interact(window::close);
        node.removeNode();
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    @Test
    void lessonsAreListedInCourseOrderWithTheirBNumbers(FxRobot robot) {
        // the keys start on the first lesson, marked for the room to see
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(currentRows(robot)).containsExactly("start-fast-path");
        List<String> ids = robot.lookup(".start-lesson").queryAll().stream().map(Node::getId).toList();
        assertThat(ids).containsExactlyElementsOf(org.speclab.lessons.LessonCatalog.bundled().stream().map(l -> "start-" + l.id()).toList());
        // the issue's course: fast path → writer holds lock → munmap reuse → mprotect → unregister → retry → …
        assertThat(ids).startsWith("start-fast-path", "start-writer-holds-lock", "start-munmap-file-reuse", "start-mprotect-split",
                "start-uprobe-unregister", "start-retry-vs-fallback");
        assertThat(ids.get(ids.size() - 1)).isEqualTo("start-broken-trust-speculative-null");
        assertThat(ids.indexOf("start-broken-no-end-check")).isGreaterThan(ids.indexOf("start-two-readers-two-writers"));
        assertThat(ids.indexOf("start-broken-spin-on-odd")).isGreaterThan(ids.indexOf("start-broken-no-end-check"));
        assertThat(robot.from((Node) robot.lookup("#start-broken-no-end-check").query()).lookup(".start-number").queryAs(Label.class).getText())
                .isEqualTo("B1");
        assertThat(text(robot, "#start-meta-munmap-file-reuse")).isEqualTo("core · about 7 min · 35 steps · not done");
    }

    @Test
    void aLessonFollowedToItsEndIsDoneAfterARestartAndLBringsTheBrowserBack(FxRobot robot) {
        robot.clickOn("#start-munmap-file-reuse");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start-panel").query().isVisible()).isFalse();
        robot.interact(() -> {
            vm.stepper().goToStep(25);
            vm.narration().reveal();
            vm.stepper().end();
        });
        // L: back to the browser from the lesson, which is now done; Esc returns to it
        robot.type(KeyCode.L);
        assertThat(robot.lookup("#start-panel").query().isVisible()).isTrue();
        assertThat(text(robot, "#start-meta-munmap-file-reuse")).endsWith("✓ done");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#start-panel").query().isVisible()).isFalse();
        assertThat(vm.stepper().frame().index()).isEqualTo(35);
        // when: a restart
        robot.interact(this::show);
        // then
        assertThat(text(robot, "#start-meta-munmap-file-reuse")).endsWith("✓ done");
        assertThat(text(robot, "#start-meta-fast-path")).endsWith("not done");
        robot.clickOn("#lessons-browser");
    }

    @Test
    void theBrowserIsDrivenByTheKeyboardAndTheLessonKeysComeBackWhenALessonOpens(FxRobot robot) {
        // given: fast-path open at step 1
        robot.clickOn("#start-fast-path");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(vm.stepper().frame().index()).isEqualTo(1);

        // when: L opens the browser, on the lesson after this one in the course; → is not the hidden lesson's any more
        robot.type(KeyCode.L);
        assertThat(robot.lookup("#start-panel").query().isVisible()).isTrue();
        assertThat(focusedId(robot)).isEqualTo("start-writer-holds-lock");
        assertThat(currentRows(robot)).containsExactly("start-writer-holds-lock");
        robot.type(KeyCode.RIGHT);
        assertThat(vm.stepper().frame().index()).isEqualTo(1);
        assertThat(robot.lookup("#start-panel").query().isVisible()).isTrue();

        // when: ↑ to the first lesson, ↓ to the second, ↓ ↑ back and forth, Enter
        robot.type(KeyCode.UP);
        assertThat(focusedId(robot)).isEqualTo("start-fast-path");
        assertThat(currentRows(robot)).containsExactly("start-fast-path");
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.UP);
        assertThat(focusedId(robot)).isEqualTo("start-writer-holds-lock");
        // the row the keys are on is marked, and only that one: a solid fill and a bar (shell.css), not a 1 px ring
        assertThat(currentRows(robot)).containsExactly("start-writer-holds-lock");
        javafx.scene.layout.Region at = robot.lookup("#start-writer-holds-lock").queryAs(javafx.scene.layout.Region.class);
        javafx.scene.layout.Region other = robot.lookup("#start-fast-path").queryAs(javafx.scene.layout.Region.class);
        assertThat(at.getBackground().getFills()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(at.getBackground()).isNotEqualTo(other.getBackground());
        assertThat(robot.from((Node) at).lookup(".start-question").queryAs(Label.class).getTextFill())
                .isNotEqualTo(robot.from((Node) other).lookup(".start-question").queryAs(Label.class).getTextFill());
        robot.interact(() -> save("browser-row-focused"));
        robot.interact(() -> vm.projectorProperty().set(true));
        assertThat(currentRows(robot)).containsExactly("start-writer-holds-lock");
        robot.interact(() -> save("browser-row-focused-projector"));
        robot.interact(() -> vm.projectorProperty().set(false));
        robot.type(KeyCode.ENTER);

        // then: that lesson is open, and PageDown steps it
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#start-panel").query().isVisible()).isFalse();
        assertThat(vm.stepper().session().lesson().id()).isEqualTo("writer-holds-lock");
        assertThat(vm.stepper().frame().index()).isZero();
        robot.type(KeyCode.PAGE_DOWN, KeyCode.SPACE);
        assertThat(vm.stepper().frame().index()).isEqualTo(2);

        // and: a row far down the list is scrolled into view, and Space opens it
        robot.type(KeyCode.L, KeyCode.END);
        Node last = robot.lookup("#start-broken-trust-speculative-null").query();
        assertThat(last.isFocused()).isTrue();
        javafx.geometry.Bounds panel = robot.lookup("#start-panel").query().localToScreen(robot.lookup("#start-panel").query().getLayoutBounds());
        assertThat(panel.contains(last.localToScreen(last.getLayoutBounds()))).isTrue();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.stepper().session().lesson().id()).isEqualTo("broken-trust-speculative-null");
    }

    @Test
    void thePresenterWindowsKeysDriveTheBrowserNeverTheLessonHiddenBehindIt(FxRobot robot) {
        // given: munmap-file-reuse at step 3, the presenter window open, the browser up in the class's window
        robot.clickOn("#start-munmap-file-reuse");
        robot.type(KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN);
        assertThat(vm.stepper().frame().index()).isEqualTo(3);
        robot.interact(vm::togglePresenter);
        Label notes = robot.lookup("#presenter-notes").queryAs(Label.class);
        robot.interact(() -> vm.projectorProperty().set(true));
        robot.interact(vm::showBrowser);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> course = org.speclab.app.course.CourseOrder.lessons().stream().map(org.speclab.lessons.Lesson::id).toList();
        String next = "start-" + course.get(course.indexOf("munmap-file-reuse") + 1);
        assertThat(currentRows(robot)).as("the browser opens where the course goes on").containsExactly(next);
        // in projector type that row is below the fold: the browser scrolled to it, whole
        Node panel = robot.lookup("#start-panel").query();
        Node marked = robot.lookup("#" + next).query();
        assertThat(panel.localToScreen(panel.getLayoutBounds()).contains(marked.localToScreen(marked.getLayoutBounds()))).isTrue();
        robot.interact(() -> save("browser-opens-on-next-projector"));

        // when: a clicker's back, back, next and back, sent to the presenter window
        presenterKey(robot, notes, KeyCode.PAGE_UP);
        presenterKey(robot, notes, KeyCode.PAGE_UP);
        presenterKey(robot, notes, KeyCode.PAGE_DOWN);
        presenterKey(robot, notes, KeyCode.PAGE_UP);

        // then: the hidden lesson did not move; the browser's rows did, and the class sees where they are
        assertThat(vm.stepper().frame().index()).isEqualTo(3);
        assertThat(robot.lookup("#start-panel").query().isVisible()).isTrue();
        // two rows up from mprotect-split, one down, one up: the lesson before munmap-file-reuse
        assertThat(focusedId(robot)).isEqualTo("start-writer-holds-lock");
        assertThat(currentRows(robot)).containsExactly("start-writer-holds-lock");
        assertThat(robot.lookup("#presenter-browsing").query().isVisible()).as("the presenter is told what the keys drive").isTrue();

        // when: Enter from the presenter window
        presenterKey(robot, notes, KeyCode.ENTER);
        // then: it opens that lesson, and the presenter's PageDown steps it again
        assertThat(robot.lookup("#start-panel").query().isVisible()).isFalse();
        assertThat(vm.stepper().session().lesson().id()).isEqualTo("writer-holds-lock");
        assertThat(robot.lookup("#presenter-browsing").query().isVisible()).isFalse();
        presenterKey(robot, notes, KeyCode.PAGE_DOWN);
        assertThat(vm.stepper().frame().index()).isEqualTo(1);
        robot.interact(vm::togglePresenter);
    }

    /** A key typed on the focused presenter window, which holds {@code inPresenter}. */
    private static void presenterKey(FxRobot robot, Node inPresenter, KeyCode k) {
        TestWindows.typeOn(robot, inPresenter.getScene().getWindow(), k);
    }

    /** The ids of the browser's rows marked as the one the keys are on. */
    private static List<String> currentRows(FxRobot robot) {
        return robot.lookup("#start-panel .button").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(org.speclab.app.theme.Styles.CURRENT)).map(Node::getId).toList();
    }

    private static String focusedId(FxRobot robot) {
        Node focus = robot.lookup("#start-panel").query().getScene().getFocusOwner();
        return focus == null ? "" : focus.getId();
    }

    /** The window as the test saw it, under target/browser-shots/, to look at. */
    private void save(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "browser-shots");
            java.nio.file.Files.createDirectories(dir);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null), "png",
                    dir.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
