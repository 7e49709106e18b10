package org.speclab.app.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.speclab.app.jobs.Jobs;
import org.speclab.engine.check.CheckResult;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the layout tests open it: no background jobs, no dialogs, at a given size on the test's own stage. */
public final class TestWindows {
    /** Opens no file; a problem dialog fails the test; check results are dropped. */
    public static final ShellUi QUIET = new ShellUi() {
        @Override public Optional<String> askOpen(Window owner) { return Optional.empty(); }

        @Override public void showProblem(String line) { throw new AssertionError(line); }

        @Override public void showCheck(String lesson, CheckResult result, Consumer<List<String>> open) {}
    };

    private TestWindows() {}

    /** A window model whose background jobs (the throughput sweep) never run: for tests about layout. */
    public static ShellViewModel quiet(boolean projector) {
        ShellViewModel vm = new ShellViewModel(new Jobs(job -> { }), QUIET);
        vm.projectorProperty().set(projector);
        return vm;
    }

    /** Opens {@code lesson}, runs its script and shows step {@code step} (past the end: the last), settled (FX thread). */
    public static void openAt(ShellViewModel vm, String lesson, int step) {
        vm.openArgument(lesson);
        vm.stepper().runToEnd();
        vm.stepper().goTo(step);
        vm.settle();
    }

    /** As {@link #openAt}, at the pause before the lesson's first quiz, with the quiz open (FX thread). */
    public static void openAtQuiz(ShellViewModel vm, String lesson) {
        vm.openArgument(lesson);
        vm.stepper().runToEnd();
        vm.stepper().goTo(quizPause(vm));
        vm.settle();
    }

    /** The step at which the open lesson pauses for its first quiz (the quiz shows there). */
    public static int quizPause(ShellViewModel vm) { return vm.stepper().session().lesson().quizzes().get(0).step() - 1; }

    /** The window at this size on the test's own stage (FX thread). */
    public static Scene show(Stage stage, ShellViewModel vm, double width, double height) {
        Scene scene = ShellView.scene(vm, width, height);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        // the keyboard's window: an earlier test's presenter window, focused and since closed, may still hold it,
        // and a key a robot types then goes nowhere (seen once in a full run, ScalabilityChartTest's slider keys)
        stage.toFront();
        stage.requestFocus();
        return scene;
    }

    /** {@link #show}, from the test's thread: the window at this size on the test's own stage. */
    public static Scene showOn(FxRobot robot, Stage stage, ShellViewModel vm, double width, double height) {
        Scene[] scene = new Scene[1];
        robot.interact(() -> scene[0] = show(stage, vm, width, height));
        return scene[0];
    }

    /**
     * A key typed on {@code window}, focused first (as a clicker plugged into the lecturer's laptop sends it): the
     * glass robot's key goes to that window's focus owner, or to its scene when nothing in it has the focus.
     */
    public static void typeOn(FxRobot robot, Window window, KeyCode k) {
        robot.interact(window::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        if (!window.isFocused()) throw new AssertionError("the window did not take the keyboard");
        robot.type(k);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
