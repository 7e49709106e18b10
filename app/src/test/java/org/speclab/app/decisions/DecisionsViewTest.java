package org.speclab.app.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

@ExtendWith(ApplicationExtension.class)
class DecisionsViewTest {
    private StepperViewModel stepper;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Motion.setInstant();
        stepper = new StepperViewModel();
        stepper.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        stepper.runToEnd();
        Scene scene = new Scene(new DecisionsView(new DecisionsViewModel(stepper)), 560, 360);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showCauseMovesTheTimelineToTheCauseStep(FxRobot robot) {
        // when: the fallback at step 27 was caused by munmap's mm_lock_seqcount_begin at step 8
        robot.clickOn("#show-cause-27");
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(stepper.frame().index()).isEqualTo(8);
        assertThat(robot.lookup("#decision-27").tryQuery()).isEmpty();
        assertThat(robot.lookup("#decisions-empty").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void aShortCardFoldsTheOldestDecisionsIntoOneLineAndNeverCallsThePlaceholderADecision(FxRobot robot) {
        // given: a card with room for about one decision
        DecisionsView view = new DecisionsView(new DecisionsViewModel(stepper));
        robot.interact(() -> {
            Scene small = new Scene(view, 560, 80);
            Theme.apply(small);
            stage.setScene(small);
        });
        WaitForAsyncUtils.waitForFxEvents();
        org.speclab.app.layout.TailList list = robot.from(view).lookup("#decisions-list").queryAs(org.speclab.app.layout.TailList.class);
        Label fold = robot.from(list).lookup(".tail-list-earlier").queryAs(Label.class);
        // then: the newest is whole, the older ones are counted, none scrolls
        assertThat(list.hidden()).isPositive();
        assertThat(fold.isVisible()).isTrue();
        assertThat(fold.getText()).isEqualTo("⋯ " + list.hidden() + " earlier decision" + (list.hidden() == 1 ? "" : "s") + " (← goes back)");
        assertThat(org.speclab.app.layout.Cuts.under(view)).isEmpty();
        // when: back before the first decision, in a card too short for the placeholder sentence
        robot.interact(() -> {
            stepper.goTo(1);
            stage.getScene().setRoot(new javafx.scene.layout.Pane());
            Scene narrow = new Scene(view, 200, 36);
            Theme.apply(narrow);
            stage.setScene(narrow);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then: it says there are none, not "1 earlier decision"
        assertThat(list.hidden()).isEqualTo(1);
        assertThat(fold.isVisible()).isTrue();
        assertThat(fold.getText()).isEqualTo("No decisions yet.");
    }

    @Test
    void theNewestDecisionIsNeverFoldedAwayEvenInACardTooShortForIt(FxRobot robot) {
        // given: the one decision of the run so far (the fallback at step 27), in a card a line high, scaled to fit
        DecisionsView view = new DecisionsView(new DecisionsViewModel(stepper));
        org.speclab.app.layout.FitPane fit = new org.speclab.app.layout.FitPane(view);
        robot.interact(() -> {
            stepper.goTo(27);
            Scene small = new Scene(fit, 560, 40);
            Theme.apply(small);
            stage.setScene(small);
        });
        WaitForAsyncUtils.waitForFxEvents();
        org.speclab.app.layout.TailList list = robot.from(view).lookup("#decisions-list").queryAs(org.speclab.app.layout.TailList.class);
        // then: the decision shows in its one-line form, and no line calls it "1 earlier decision"
        assertThat(list.hidden()).isZero();
        assertThat(list.compact()).isTrue();
        assertThat(robot.from(view).lookup("#decision-27-brief").query().isVisible()).isTrue();
        assertThat(robot.from(view).lookup("#decision-27-brief .kind").queryAs(Label.class).getText()).isEqualTo("↩ falls back");
        assertThat(robot.from(view).lookup("#show-cause-27-brief").tryQuery()).as("no link to cut in one short line").isEmpty();
        assertThat(org.speclab.app.layout.Cuts.under(fit)).isEmpty();
        assertThat(robot.from(list).lookup(".tail-list-earlier").queryAs(Label.class).isVisible()).isFalse();
        assertThat(fit.whole()).isTrue();
        // when: the card grows
        robot.interact(() -> {
            stage.getScene().setRoot(new javafx.scene.layout.Pane());
            Scene tall = new Scene(fit, 560, 240);
            Theme.apply(tall);
            stage.setScene(tall);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then: the whole decision, sentence and all
        assertThat(list.compact()).isFalse();
        assertThat(robot.from(view).lookup("#decision-27").query().isVisible()).isTrue();
    }

    @Test
    void aNarrowCardWrapsTheCauseLinkAndANarrowerOneScalesNeverCuttingAtItsEdge(FxRobot robot) {
        // given: the fallback at step 27 with its cause link, in a card too narrow for its head and link on one line
        DecisionsView view = new DecisionsView(new DecisionsViewModel(stepper));
        org.speclab.app.layout.FitPane fit = new org.speclab.app.layout.FitPane(view);
        showIn(robot, fit, 240, 320, 27);
        // then: the whole decision at full size, the link under its head, nothing past the card's edge
        javafx.scene.control.Hyperlink link = robot.from(view).lookup("#show-cause-27").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(robot.from(view).lookup("#decision-27").query().isVisible()).isTrue();
        assertThat(link.isVisible()).isTrue();
        assertThat(fit.scale()).isEqualTo(1.0);
        assertThat(org.speclab.app.layout.TailListTest.overhanging(fit)).isEmpty();
        assertThat(org.speclab.app.layout.Cuts.under(fit)).isEmpty();
        // when: a card narrower than the decision's head ("27", the CPU, "↩ falls back")
        showIn(robot, fit, 170, 320, 27);
        // then: the card scales its content to fit rather than letting the clip cut it
        assertThat(fit.scale()).isLessThan(1.0);
        assertThat(org.speclab.app.layout.TailListTest.overhanging(fit)).isEmpty();
        assertThat(org.speclab.app.layout.Cuts.under(fit)).isEmpty();
    }

    private void showIn(FxRobot robot, javafx.scene.Parent card, double w, double h, int step) {
        robot.interact(() -> {
            stepper.goTo(step);
            if (card.getScene() != null) card.getScene().setRoot(new javafx.scene.layout.Pane());
            Scene scene = new Scene(card, w, h);
            Theme.apply(scene);
            stage.setScene(scene);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fallbackShowsItsSentenceAndSymbolInTheFallbackStyle(FxRobot robot) {
        // then
        Node row = robot.lookup("#decision-27").query();
        assertThat(row.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("fallback"));
        assertThat(robot.from(row).lookup(".kind").queryAs(Label.class).getText()).isEqualTo("↩ falls back");
        assertThat(robot.from(row).lookup(".sentence").queryAs(Label.class).getText()).contains("mm_lock_seq moved 2 → 4");
        assertThat(robot.lookup("#show-cause-33").tryQuery()).isEmpty();
    }

    @Test
    void theNewestDecisionIsTheCurrentOneAfterSteppingBack(FxRobot robot) {
        // when
        robot.interact(() -> stepper.goTo(27));

        // then
        Node row = robot.lookup("#decision-27").query();
        assertThat(row.getPseudoClassStates()).contains(Styles.CURRENT);
        assertThat(robot.lookup("#decision-33").tryQuery()).isEmpty();
    }
}
