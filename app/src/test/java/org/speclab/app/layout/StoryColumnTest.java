package org.speclab.app.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.shell.TestWindows;
import org.speclab.app.theme.Motion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The story column tells the end of a lesson with both its cards: the narration (the result and the lesson's answer)
 * in large type and, under it, the decisions card with at least its newest decision whole; the narration folds its
 * lesser parts rather than push the decisions off the screen.
 */
@ExtendWith(ApplicationExtension.class)
class StoryColumnTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0} at {1}x{2} projector={3}")
    @CsvSource(textBlock = """
            two-readers-two-writers, 1280, 720,  true
            two-readers-two-writers, 1024, 768,  true
            two-readers-two-writers, 1366, 768,  true
            two-readers-two-writers, 1280, 720,  false
            munmap-file-reuse,       1280, 720,  true
            """)
    void theEndShowsTheNarrationAndTheNewestDecision(String lesson, int width, int height, boolean projector, FxRobot robot) {
        // given: the lesson's last step
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene scene = TestWindows.showOn(robot, stage, vm, width, height);
        robot.interact(() -> TestWindows.openAt(vm, lesson, Integer.MAX_VALUE));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> HeadlessSnapshot.settle(scene));
        robot.interact(() -> {
            // then: both cards on screen, in the story column, nothing cut
            Node decisions = scene.lookup("#decisions-card");
            Node narration = scene.lookup("#narration-card");
            assertThat(vm.shownPanels()).contains(org.speclab.lessons.Panel.DECISIONS, org.speclab.lessons.Panel.NARRATION);
            assertThat(decisions.isVisible()).as("the decisions card shows").isTrue();
            Bounds card = decisions.localToScene(decisions.getLayoutBounds());
            assertThat(card.getHeight()).isGreaterThan(0);
            assertThat(Cuts.under(decisions)).isEmpty();
            assertThat(Cuts.under(narration)).isEmpty();
            // the newest decision, whole or in its one-line form, inside the card
            List<Node> shown = decisions.lookupAll(".decision").stream().filter(StoryColumnTest::showing).toList();
            assertThat(shown).as("a decision row shows").isNotEmpty();
            Node newest = shown.get(shown.size() - 1);
            Bounds row = newest.localToScene(newest.getLayoutBounds());
            assertThat(card.contains(row.getMinX(), row.getMinY()) && card.contains(row.getMaxX() - 1, row.getMaxY() - 1))
                    .as("the newest decision %s lies inside its card %s", row, card).isTrue();
            // and its text is not shrunk to fit: at least the type floor
            for (Node t : newest.lookupAll(".label")) {
                if (showing(t)) assertThat(shownPx((Label) t)).isGreaterThanOrEqualTo(vm.layout().typeFloorPx(width, height, projector) - 0.05);
            }
            // the narration keeps its large type
            double floor = projector ? (width == 1280 && height == 720 ? 20 : 16) : 14;
            assertThat(shownPx((Label) scene.lookup("#narration-text"))).isGreaterThanOrEqualTo(floor - 0.05);
        });
    }

    private static boolean showing(Node n) {
        for (Node at = n; at != null; at = at.getParent()) if (!at.isVisible()) return false;
        return true;
    }

    private static double shownPx(Label label) {
        double px = label.getFont().getSize();
        for (Node n = label; n != null; n = n.getParent()) {
            if (n.getParent() instanceof FitPane fit) px *= fit.scale();
        }
        return px;
    }

    @org.junit.jupiter.api.Test
    void aCardWithItsOwnShareKeepsItBesideANarrationThatWantsEverything(FxRobot robot) {
        // given: a narration that would take the whole column and a chart-like card that asks little by itself
        javafx.scene.layout.Region narration = new javafx.scene.layout.Region();
        narration.setPrefHeight(2000);
        javafx.scene.layout.Region chart = new javafx.scene.layout.Region();
        chart.setPrefHeight(40);
        StoryColumn column = new StoryColumn(0);
        column.add(narration, true, 0);
        column.add(chart, false, 0.3);
        // when
        robot.interact(() -> {
            column.resize(300, 1000);
            column.layout();
        });
        // then
        assertThat(chart.getHeight()).isGreaterThanOrEqualTo(300);
        assertThat(narration.getHeight() + chart.getHeight()).isLessThanOrEqualTo(1000);
    }
}
