package org.speclab.app.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.lanes.LanesView;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.shell.TestWindows;
import org.speclab.app.theme.Motion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How the window shares its room among the panels where it is tight: the chart keeps a plot a room can read
 * beside all the other panels, every CPU lane stays named in a low card, and the state cards of a column show
 * their smallest type alike (one card is not left tiny while its neighbour stands large).
 */
@ExtendWith(ApplicationExtension.class)
class RoomSharingTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        this.stage = stage;
    }

    private Scene open(FxRobot robot, String lesson, int width, int height, boolean projector) {
        return open(robot, lesson, Integer.MAX_VALUE, width, height, projector);
    }

    private Scene open(FxRobot robot, String lesson, int step, int width, int height, boolean projector) {
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene scene = TestWindows.showOn(robot, stage, vm, width, height);
        robot.interact(() -> TestWindows.openAt(vm, lesson, step));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> HeadlessSnapshot.settle(scene));
        return scene;
    }

    @Test
    void theThroughputPlotIsReadableBesideEveryOtherPanelAt1920x1080(FxRobot robot) {
        // given: a normal 1080p window, which shows all ten panels, the chart under the narration and decisions
        Scene scene = open(robot, "two-readers-two-writers", 1920, 1080, false);
        // when
        Region plot = (Region) scene.lookup("#throughput-chart .chart-plot-background");
        double narration = scene.lookup("#narration-card").getLayoutBounds().getHeight();
        // then: a plot the back row can read (it had 20 px, only its axes and caption showed), and the narration
        // still has most of the column
        assertThat(plot.getHeight()).isGreaterThanOrEqualTo(140);
        assertThat(narration).isGreaterThan(plot.getHeight());
        assertThat(Cuts.under(scene.lookup("#views"))).isEmpty();
    }

    @Test
    void everyLaneIsNamedInTheLowCpusCardOfA1280x720Projector(FxRobot robot) {
        // given: the end of two-readers-two-writers, six lanes (four CPUs, the two RCU machines) in a low card
        Scene scene = open(robot, "two-readers-two-writers", 1280, 720, true);
        LanesView lanes = (LanesView) scene.lookup("#lanes-view");
        // when
        List<String> lanesOfTheRun = lanes.viewModel().model().lanes().stream().map(l -> l.name()).toList();
        List<String> drawn = lanes.drawnText().stream().map(d -> d.text()).toList();
        // then: the RCU lanes' names too (they were left out, two unnamed grey bands)
        assertThat(lanesOfTheRun).contains("cpu0", "cpu1", "cpu2", "cpu3", "rcu", "rcu-trace");
        assertThat(drawn).containsAll(lanesOfTheRun);
    }

    @Test
    void theStateCardsOfA1920x1080WindowShowTheirSmallestTypeAlikeAndAtLeast70PercentOfTheBase(FxRobot robot) {
        // given: all ten panels, the middle column holding seven state cards
        Scene scene = open(robot, "two-readers-two-writers", 1920, 1080, false);
        // when: each state card's smallest text on screen
        java.util.Map<String, Double> least = new java.util.TreeMap<>();
        for (TypeSurvey.Shown s : TypeSurvey.under(scene.lookup(".state-panels"))) least.merge(s.where(), s.px(), Math::min);
        // then: the registers, the RCU and the slab are no longer the tiny ones (6.9, 7.2 and 7.9 px before):
        // every card at 0.7 of the 14 px base at least, the vma tree aside (its own work)
        least.remove("#vma-card");
        assertThat(least).containsKeys("#registers-card", "#rcu-card", "#slab-card", "#lanes-card", "#uprobes-card", "#seqcount-card");
        assertThat(least.values()).allSatisfy(px -> assertThat(px).isGreaterThanOrEqualTo(9.8 - 0.05));
    }

    @Test
    void theDecisionsCardShowsTheNewestDecisionWholeBesideTheChartAt1920x1080(FxRobot robot) {
        // given: munmap-file-reuse at its fallback, all ten panels (the chart under the narration and decisions)
        Scene scene = open(robot, "munmap-file-reuse", 27, 1920, 1080, false);
        // when
        List<Node> shown = scene.getRoot().lookupAll(".decision").stream().filter(RoomSharingTest::showing).toList();
        // then: the fallback with its reason and its cause link, not the one-line brief (the card was given the
        // height of its rows unwrapped, so its newest row did not fit whole)
        assertThat(shown).extracting(Node::getId).containsExactly("decision-27");
        assertThat(scene.lookup("#show-cause-27")).matches(RoomSharingTest::showing);
        assertThat(Cuts.under(scene.lookup("#decisions-card"))).isEmpty();
    }

    private static boolean showing(Node n) {
        for (Node at = n; at != null; at = at.getParent()) if (!at.isVisible()) return false;
        return n.getScene() != null;
    }
}
