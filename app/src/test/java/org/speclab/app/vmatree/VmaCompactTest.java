package org.speclab.app.vmatree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.layout.Cuts;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.shell.TestWindows;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Theme;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The VMA card is compact, so a projector shows it in large type: an empty tree is one line that says so, a block
 * says its name and state only (the values are the slot list's), the slot list takes its shortest form for the
 * width it gets, and in the window every text of the card is at least 0.7 of the base type.
 */
@ExtendWith(ApplicationExtension.class)
class VmaCompactTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        this.stage = stage;
    }

    private VmaView showView(FxRobot robot, String lesson, int step, double width, double height) {
        VmaView[] view = new VmaView[1];
        robot.interact(() -> {
            StepperViewModel stepper = new StepperViewModel();
            stepper.load(LessonCatalog.byId(lesson).orElseThrow());
            stepper.runToEnd();
            stepper.goTo(step);
            view[0] = new VmaView(new VmaViewModel(stepper));
            Scene scene = new Scene(view[0], width, height);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    @Test
    void anEmptyTreeIsOneLineThatSaysSoAndTheUnlinkedBlockSaysOnlyItsNameAndState(FxRobot robot) {
        // given: munmap-file-reuse step 27, munmap has cleared the tree and vma[0] waits for RCU
        VmaView view = showView(robot, "munmap-file-reuse", 27, 640, 420);
        // when
        Label empty = robot.lookup("#vma-lane-tree-empty").queryAs(Label.class);
        Label laneName = robot.lookup("#vma-lane-tree-label").queryAs(Label.class);
        Region treeLane = robot.lookup(".vma-lane-tree").queryAs(Region.class);
        BlockNode unlinked = robot.lookup("#vma-block-vma0g1").queryAs(BlockNode.class);
        // then: the tree lane is one line of type, and says "empty"
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("empty");
        assertThat(treeLane.getHeight()).isLessThanOrEqualTo(laneName.getHeight() * 1.5);
        assertThat(unlinked.model().lane()).isEqualTo(VmaBlock.Lane.DETACHED);
        // the block says what it is; its range, file and pgoff are the slot list's (and the tooltip's)
        assertThat(unlinked.shownTexts()).containsExactly("vma[0] g1", "LIVE · unlinked, waits for RCU");
        assertThat(robot.lookup("#vma-slot-0-vm_file").queryAs(Label.class).getText()).isEqualTo("filp[0] f2");
        // and the whole view, strip and list, needs less than half the 420 px it had to share
        assertThat(view.prefHeight(640)).isLessThan(210);
    }

    @Test
    void aTreeWithARangeHidesTheEmptyWord(FxRobot robot) {
        showView(robot, "munmap-file-reuse", 0, 640, 420);
        assertThat(robot.lookup("#vma-lane-tree-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#vma-block-vma0g1").queryAs(BlockNode.class).shownTexts()).containsExactly("vma[0] g1");
    }

    @Test
    void theSlotListTakesItsShortestFormForTheWidthAndItsMinimumWidthIsHonest(FxRobot robot) {
        // given: mprotect-split at its torn pair (step 13): two slots, vm_start stored in place, a reader on vma[0]
        VmaView view = showView(robot, "mprotect-split", 13, 900, 420);
        SlotTable table = robot.lookup("#vma-slots").queryAs(SlotTable.class);
        double min = table.minWidth(-1);
        double pref = table.prefWidth(-1);
        // then: wide, a row is one line; narrow, vm_end goes under vm_start (the strip says both slots' states, so
        // the list has none to wrap)
        assertThat(table.form(pref)).isEqualTo(SlotTable.Form.ONE_LINE);
        assertThat(table.form(min)).isEqualTo(SlotTable.Form.RANGE_STACKED);
        assertThat(robot.lookup("#vma-slots .vma-slot-status").tryQuery()).isEmpty();
        assertThat(min).isLessThan(pref * 0.85);
        assertThat(table.prefHeight(min)).isGreaterThan(table.prefHeight(pref));
        assertThat(view.minWidth(-1)).isEqualTo(min);
        // when: the view laid out at its minimum width
        robot.interact(() -> {
            stage.setWidth(view.minWidth(-1) + 1);
            stage.setHeight(view.prefHeight(view.minWidth(-1)) + 40);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then: every text is whole and inside the list, the torn vm_start and its note still there
        assertThat(Cuts.under(view)).isEmpty();
        Bounds inside = table.localToScene(table.getLayoutBounds());
        for (Node n : table.lookupAll(".label")) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertThat(b.getMaxX()).as(((Label) n).getText()).isLessThanOrEqualTo(inside.getMaxX() + 0.5);
            assertThat(b.getMaxY()).as(((Label) n).getText()).isLessThanOrEqualTo(inside.getMaxY() + 0.5);
        }
        assertThat(robot.lookup("#vma-slot-0-vm_start").queryAs(Label.class).getText()).isEqualTo("0x401000");
        assertThat(robot.lookup("#vma-slot-0-vm_start-note").queryAs(Label.class).getText())
                .isEqualTo("⚠ vm_start: in-place store · tree still maps 0x400000");
        assertThat(robot.lookup("#vma-block-vma0g1-note").queryAs(Label.class).getText()).contains("in-place store");
    }

    @ParameterizedTest(name = "{0}x{1} projector={2} {3} step {4}")
    @CsvSource(textBlock = """
            1280, 720,  true,  munmap-file-reuse, 27
            1024, 768,  true,  munmap-file-reuse, 27
            1280, 720,  true,  munmap-file-reuse, 9
            """)
    void everyTextOfTheCardIsAtLeastSevenTenthsOfTheBaseType(int width, int height, boolean projector, String lesson, int step, FxRobot robot) {
        // given
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = TestWindows.show(stage, vm, width, height);
            TestWindows.openAt(vm, lesson, step);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> small = new ArrayList<>();
        List<String> cuts = new ArrayList<>();
        double floor = 0.7 * vm.layout().fontPx(width, height, projector);
        robot.interact(() -> {
            HeadlessSnapshot.settle(scene[0]);
            // when
            Node card = scene[0].lookup("#vma-card");
            Cuts.under(card).forEach(c -> cuts.add(c.toString()));
            shown(card, floor, small);
        });
        // then
        assertThat(cuts).isEmpty();
        assertThat(small).as("texts of the VMA card below %.1f px", floor).isEmpty();
    }

    /** Every visible text under {@code node} drawn below {@code floor} px on screen (its font times the scales above it). */
    private static void shown(Node node, double floor, List<String> small) {
        if (!node.isVisible() || node.getOpacity() == 0) return;
        if (node instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            Transform s = t.getLocalToSceneTransform();
            double px = t.getFont().getSize() * Math.hypot(s.getMxy(), s.getMyy());
            if (px < floor - 0.05) small.add(String.format("%.1f px \"%s\"", px, t.getText()));
        }
        if (node instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) shown(c, floor, small);
    }
}
