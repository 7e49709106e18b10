package org.speclab.app.controls;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.layout.Cuts;
import org.speclab.app.layout.FitPane;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.shell.TestWindows;
import org.speclab.app.theme.Motion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the end of a broken lesson every CPU "cannot move: the run stopped at a violation": four long reasons shrank
 * the step bar's CPU row to about 7 px on a 1024×768 projector. The row folds the blocked CPUs' reasons (the
 * tooltip keeps them) before it scales below {@link CpuButtons#MIN_SCALE}; where there is room it shows them.
 */
@ExtendWith(ApplicationExtension.class)
class StepBarFoldTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0}x{1} projector={2}")
    @CsvSource(textBlock = """
            1024, 768,  true,  true
            1280, 720,  true,  true
            1920, 1080, false, false
            """)
    void blockedCpusSayTheirNameOnlyRatherThanShrinkTheRow(int width, int height, boolean projector, boolean folds, FxRobot robot) {
        // given: B11 at its end, where the run stopped at a violation
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene scene = TestWindows.showOn(robot, stage, vm, width, height);
        robot.interact(() -> TestWindows.openAt(vm, "broken-torn-vm-file-load", Integer.MAX_VALUE));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> HeadlessSnapshot.settle(scene));
        // when
        Node row = scene.lookup("#cpu-buttons");
        FitPane fit = (FitPane) row.getParent();
        Button cpu0 = (Button) scene.lookup("#step-cpu0");
        // then: readable, whole, and the reason still one hover away
        assertThat(fit.scale()).isGreaterThanOrEqualTo(CpuButtons.MIN_SCALE - 1e-9);
        assertThat(Cuts.under(scene.lookup("#step-bar"))).isEmpty();
        assertThat(cpu0.getTooltip().getText()).contains("the run stopped at a violation");
        if (folds) assertThat(cpu0.getText()).isEqualTo("1  cpu0");
        else assertThat(cpu0.getText()).contains("the run stopped at a violation");
    }
}
