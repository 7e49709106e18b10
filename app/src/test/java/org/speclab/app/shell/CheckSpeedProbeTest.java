package org.speclab.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.jobs.Jobs;
import org.speclab.engine.check.CheckResult;
import org.speclab.engine.check.ModelChecker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check: a measurement of the window's Check against a direct ModelChecker run, printed as PROBE lines.
 * Runs only when asked: {@code mvn -B -o -pl app -am test -Dtest=CheckSpeedProbeTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dspeclab.checkProbe=true [-Dprobe.warm=true] [-Dprobe.lesson=ID]}.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "speclab.checkProbe", matches = "true")
class CheckSpeedProbeTest {
    private ShellViewModel vm;
    private final List<CheckResult> checks = new ArrayList<>();

    @Start
    void start(Stage stage) {
        vm = new ShellViewModel(Jobs.background(), new ShellUi() {
            @Override public Optional<String> askOpen(Window owner) { return Optional.empty(); }
            @Override public void showProblem(String line) { }
            @Override public void showCheck(String lesson, CheckResult result, Consumer<List<String>> open) { checks.add(result); }
        });
        stage.setScene(ShellView.scene(vm, 1366, 768));
        stage.show();
    }

    @Test
    void probe(FxRobot robot) throws Exception {
        if (Boolean.getBoolean("probe.warm")) vm.warmUpCheckerOnFirstOpen();
        robot.interact(() -> vm.openArgument(System.getProperty("probe.lesson", "munmap-file-reuse")));
        if (Boolean.getBoolean("probe.warm")) WaitForAsyncUtils.sleep(8, TimeUnit.SECONDS);
        if (Boolean.getBoolean("probe.idle")) WaitForAsyncUtils.sleep(15, TimeUnit.SECONDS);
        for (int i = 0; i < 4; i++) {
            int n = checks.size();
            long t0 = System.nanoTime();
            robot.interact(() -> vm.check());
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> checks.size() > n);
            CheckResult r = checks.get(n);
            System.err.printf("PROBE gui check %d: %,d states in %.3f s = %,.0f states/s (wall incl. dispatch %.3f s)%n", i, r.states(), r.seconds(), r.statesPerSecond(), (System.nanoTime() - t0) / 1e9);
        }
        var s = vm.stepper().session();
        for (int i = 0; i < 3; i++) {
            CheckResult r = new ModelChecker(s.engine(), new ModelChecker.Options(3_000_000, Runtime.getRuntime().availableProcessors(), true), new org.speclab.engine.check.CheckProgress() {
                @Override public void explored(long st, long f, double rate) { }
                @Override public boolean cancelled() { return false; }
            }).check(s.initial());
            System.err.printf("PROBE direct check %d: %,d states in %.3f s = %,.0f states/s%n", i, r.states(), r.seconds(), r.statesPerSecond());
        }
    }
}
