package org.speclab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.app.layout.Cuts;
import org.speclab.app.theme.Motion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The check dialog as a lecturer meets it (issue #9): the verdict, the violated property and every outcome in
 * words next to their names, every button whole, a counterexample that opens on screen, and the header's check
 * line gone once another lesson is open.
 */
@ExtendWith(ApplicationExtension.class)
class CheckDialogTest {
    private ShellViewModel vm;
    private Stage window;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        vm = new ShellViewModel(); // the real dialogs and background jobs
        // a stage of its own at a laptop's size: the shared primary stage keeps other tests' sizes
        window = new Stage();
        window.setScene(ShellView.scene(vm, 1366, 768));
        window.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.lookup("#check-result").tryQuery().ifPresent(p -> p.getScene().getWindow().hide()));
        robot.interact(window::close);
    }

    private static DialogPane awaitDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#check-result").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#check-result").queryAs(DialogPane.class);
    }

    @Test
    void aViolationIsSaidInWordsItsButtonsReadWholeAndItsCounterexampleOpens(FxRobot robot) throws Exception {
        // given
        robot.interact(() -> vm.openArgument("broken-no-end-check"));
        // when
        robot.clickOn("#check");
        DialogPane dialog = awaitDialog(robot);
        // then: the verdict, and the property in words beside its name
        assertThat(dialog.getHeaderText()).startsWith("Violated: the shortest counterexample has ");
        // (display text: OutcomeWords.stable reads the names back with their stable hyphens)
        assertThat(OutcomeWords.stable(robot.lookup("#check-violation").queryAs(Label.class).getText()))
                .startsWith("P1 wrong-uprobe: the lookup returned a uprobe that was never mapped at the breakpoint");
        // every outcome found before the violation: its name, then a line of words that is not the name again
        for (Label o : robot.from(dialog).lookup(".check-outcome").queryAllAs(Label.class)) {
            String[] lines = o.getText().split("\n");
            assertThat(lines).as(o.getText()).hasSize(2);
            assertThat(lines[1]).as(o.getText()).isNotEqualTo(lines[0]).containsAnyOf("fell back because", "found the uprobe", "no uprobe", ": the lookup");
        }
        // nothing in the dialog is cut to "…" or scrolls, buttons included
        assertThat(Cuts.under(dialog)).isEmpty();
        assertThat(robot.from(dialog).lookup(".button").queryAllAs(javafx.scene.control.Button.class)).extracting(javafx.scene.control.Button::getText)
                .anyMatch(t -> t.startsWith("Open the counterexample (")).contains("Close");
        assertThat(robot.lookup("#check-message").queryAs(Label.class).getText()).startsWith("violated, ");

        // when: the counterexample is opened
        int steps = Integer.parseInt(dialog.getHeaderText().replaceAll("\\D+", ""));
        robot.clickOn("#open-counterexample");
        WaitForAsyncUtils.waitForFxEvents();
        // then: the dialog is gone and the window shows that run, ending in the violation
        assertThat(robot.lookup("#check-result").tryQuery()).isEmpty();
        assertThat(vm.stepper().frame().timeline().size()).isEqualTo(steps);
        assertThat(vm.stepper().frame().timeline().violation()).isNotNull();

        // when: another lesson opens
        robot.interact(() -> vm.openArgument("fast-path"));
        // then: the check line was about the other lesson, so it goes
        assertThat(robot.lookup("#check-message").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void aLessonThatHoldsListsItsOutcomesInWordsWithWholeButtons(FxRobot robot) throws Exception {
        // given
        robot.interact(() -> vm.openArgument("munmap-file-reuse"));
        // when
        robot.clickOn("#check");
        DialogPane dialog = awaitDialog(robot);
        // then
        assertThat(dialog.getHeaderText()).startsWith("Holds: no interleaving returns a wrong uprobe (P1)");
        assertThat(robot.lookup("#check-violation").tryQuery()).isEmpty();
        var outcomes = robot.from(dialog).lookup(".check-outcome").queryAllAs(Label.class);
        assertThat(outcomes).extracting(Label::getText).anyMatch(t -> OutcomeWords.stable(t).startsWith("speculative-hit\nfound the uprobe speculatively"));
        for (Label o : outcomes) {
            String[] lines = o.getText().split("\n");
            assertThat(lines).as(o.getText()).hasSize(2);
            assertThat(lines[1]).as(o.getText()).isNotEqualTo(lines[0]).containsAnyOf("fell back because", "found the uprobe", "no uprobe");
        }
        assertThat(Cuts.under(dialog)).isEmpty();
        assertThat(robot.from(dialog).lookup(".button").queryAllAs(javafx.scene.control.Button.class)).extracting(javafx.scene.control.Button::getText)
                .filteredOn(t -> t.startsWith("Open the shortest run (")).hasSize(outcomes.size());
        assertThat(robot.lookup("#check-message").queryAs(Label.class).getText()).startsWith("holds, ");
    }
}
