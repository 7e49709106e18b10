package org.speclab.app.vmatree;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
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

@ExtendWith(ApplicationExtension.class)
class VmaViewTest {
    private static final int CPU0 = 0;
    private static final int CPU1 = 1;

    private StepperViewModel stepper;
    private VmaViewModel vmaModel;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        stepper = new StepperViewModel();
        stepper.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        vmaModel = new VmaViewModel(stepper);
        Scene scene = new Scene(new VmaView(vmaModel), 640, 420);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** cpu0 finds vma[0] and loads vm_file (steps 1-6), then cpu1's munmap clears the range (steps 7-10). */
    private void readerFindsVmaThenMunmapUnlinksIt(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) stepper.step(CPU0);
            for (int i = 0; i < 4; i++) stepper.step(CPU1);
        });
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    private static boolean has(FxRobot robot, String id, PseudoClass pc) {
        return robot.lookup(id).query().getPseudoClassStates().contains(pc);
    }

    private static Node node(FxRobot robot, String id) { return robot.lookup(id).query(); }

    /** The lane a block is drawn in: the tree's ({@code mm_mt}) or the not-in-tree one. */
    private static VmaBlock.Lane lane(FxRobot robot, String id) {
        BlockNode block = robot.lookup(id).queryAs(BlockNode.class);
        assertThat(block.lane.get()).as("the block has settled in its lane").isIn(0.0, 1.0);
        return block.lane.get() == 0 ? VmaBlock.Lane.TREE : VmaBlock.Lane.DETACHED;
    }

    @Test
    void atTheStartVma0IsInTheTreeWithNoReaderPointer(FxRobot robot) {
        assertThat(text(robot, "#vma-block-vma0g1-title")).isEqualTo("vma[0] g1");
        // in the tree's lane; the slot list leaves the state to the strip
        assertThat(lane(robot, "#vma-block-vma0g1")).isEqualTo(VmaBlock.Lane.TREE);
        assertThat(robot.lookup("#vma-slot-0-status").tryQuery()).isEmpty();
        assertThat(text(robot, "#vma-slot-0-vm_start")).isEqualTo("0x400000");
        assertThat(robot.lookup("#vma-pointer-cpu0").tryQuery()).isEmpty();
    }

    @Test
    void vmaLookupDrawsASolidArrowFromCpu0ToItsVma(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) stepper.step(CPU0);
        });
        assertThat(has(robot, "#vma-pointer-cpu0", Styles.STALE)).isFalse();
        Line shaft = robot.lookup("#vma-pointer-cpu0 .vma-pointer-shaft").queryAs(Line.class);
        assertThat(shaft.getStrokeDashArray()).isEmpty();
        Node block = node(robot, "#vma-block-vma0g1");
        assertThat(shaft.getEndY()).isLessThanOrEqualTo(block.getLayoutY());
        // the arrow's tip touches vma[0]'s block, the pointer's one place (the slot list does not repeat it)
        javafx.scene.shape.Polygon head = robot.lookup("#vma-pointer-cpu0 .vma-pointer-head").queryAs(javafx.scene.shape.Polygon.class);
        double tipX = head.getPoints().get(0);
        double tipY = head.getPoints().get(1);
        assertThat(tipY).isEqualTo(block.getLayoutY());
        assertThat(tipX).isBetween(block.getLayoutX(), block.getLayoutX() + block.getBoundsInLocal().getWidth());
        assertThat(robot.lookup("#vma-slots .thread-tag").tryQuery()).isEmpty();
    }

    @Test
    void munmapUnlinksTheVmaAndTheArrowTurnsAmberDashedAndSaysUnlinked(FxRobot robot) {
        // given
        Node block = node(robot, "#vma-block-vma0g1");
        double inTree = block.getLayoutY();
        // when
        readerFindsVmaThenMunmapUnlinksIt(robot);
        // then: the block moved down to the not-in-tree lane, with its status word
        assertThat(node(robot, "#vma-block-vma0g1").getLayoutY()).isGreaterThan(inTree);
        assertThat(text(robot, "#vma-block-vma0g1-note")).isEqualTo("LIVE · unlinked");
        assertThat(has(robot, "#vma-block-vma0g1", Styles.CHANGED)).isTrue();
        assertThat(lane(robot, "#vma-block-vma0g1")).isEqualTo(VmaBlock.Lane.DETACHED);
        // and cpu0's arrow is amber (stale), dashed and captioned
        assertThat(has(robot, "#vma-pointer-cpu0", Styles.STALE)).isTrue();
        assertThat(has(robot, "#vma-pointer-cpu0-tag", Styles.STALE)).isTrue();
        assertThat(robot.lookup("#vma-pointer-cpu0 .vma-pointer-shaft").queryAs(Line.class).getStrokeDashArray()).isNotEmpty();
        assertThat(text(robot, "#vma-pointer-cpu0-caption")).isEqualTo("unlinked");
    }

    @Test
    void steppingBackPutsTheVmaBackInTheTreeAndTheArrowIsValidAgain(FxRobot robot) {
        readerFindsVmaThenMunmapUnlinksIt(robot);
        robot.interact(() -> stepper.stepBack());
        assertThat(lane(robot, "#vma-block-vma0g1")).isEqualTo(VmaBlock.Lane.TREE);
        assertThat(node(robot, "#vma-block-vma0g1-note").isVisible()).isFalse();
        assertThat(has(robot, "#vma-pointer-cpu0", Styles.STALE)).isFalse();
        assertThat(node(robot, "#vma-pointer-cpu0-caption").isVisible()).isFalse();
        assertThat(robot.lookup("#vma-pointer-cpu0 .vma-pointer-shaft").queryAs(Line.class).getStrokeDashArray()).isEmpty();
    }

    @Test
    void atTheEndTheUnlinkedVmaWaitsForRcuAndNoPointerIsLeft(FxRobot robot) {
        robot.interact(() -> stepper.runToEnd());
        assertThat(text(robot, "#vma-block-vma0g1-note")).isEqualTo("LIVE · unlinked, waits for RCU");
        assertThat(lane(robot, "#vma-block-vma0g1")).isEqualTo(VmaBlock.Lane.DETACHED);
        assertThat(robot.lookup("#vma-pointer-cpu0").tryQuery()).isEmpty();
    }

    @Test
    void eachSlotsStateIsSaidOnceInTheStripOrElseInTheList(FxRobot robot) {
        // given: B11, where munmap frees vma[0] at once and mmap reuses its slot; only the writer (cpu1) steps, so
        // no reader holds vma[0] when it is freed
        robot.interact(() -> stepper.load(LessonCatalog.byId("broken-torn-vm-file-load").orElseThrow()));
        java.util.List<String> inList = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            robot.interact(() -> stepper.step(CPU1));
            for (VmaRow row : vmaModel.scene().rows()) {
                boolean onStrip = robot.lookup("#vma-block-" + VmaModels.key(row.index(), row.gen())).tryQuery().isPresent();
                var status = robot.lookup("#vma-slot-" + row.index() + "-status").tryQuery();
                // then: a slot the strip shows has its state there; the list says the state of every other slot
                assertThat(status.isPresent()).as("step %d vma[%d]: a state in the list", i, row.index()).isEqualTo(!onStrip);
                if (status.isPresent()) {
                    assertThat(((Label) status.get()).getText()).isEqualTo(row.status().word());
                    inList.add(row.status().word());
                }
            }
        }
        // and the list did say one: vma[0] freed while no reader held it
        assertThat(inList).contains("FREE");
    }

    @Test
    void splitsInPlaceStoreOfVmStartIsMarkedStaleWhileTheTreeMapsTheOldRange(FxRobot robot) {
        // given
        robot.interact(() -> {
            stepper.load(LessonCatalog.byId("mprotect-split").orElseThrow());
            stepper.runToEnd();
        });
        // when: SPL3 (step 12) stores vm_start in place
        robot.interact(() -> stepper.goTo(12));
        // then
        assertThat(text(robot, "#vma-slot-0-vm_start")).isEqualTo("0x401000");
        assertThat(has(robot, "#vma-slot-0-vm_start", Styles.STALE)).isTrue();
        assertThat(has(robot, "#vma-slot-0-vm_start", Styles.CHANGED)).isTrue();
        assertThat(text(robot, "#vma-slot-0-vm_start-note")).contains("in-place store");
        assertThat(has(robot, "#vma-block-vma0g1", Styles.STALE)).isTrue();
        assertThat(text(robot, "#vma-block-vma0g1-note")).contains("in-place store");
        assertThat(text(robot, "#vma-block-vma1g1-note")).isEqualTo("LIVE · not in tree yet");
        // when vma_complete inserts the low half (step 22), nothing is stale any more
        robot.interact(() -> stepper.goTo(22));
        assertThat(has(robot, "#vma-slot-0-vm_start", Styles.STALE)).isFalse();
        assertThat(robot.lookup("#vma-slot-0-vm_start-note").tryQuery()).isEmpty();
        assertThat(has(robot, "#vma-block-vma1g1", Styles.CHANGED)).isTrue();
        assertThat(node(robot, "#vma-block-vma1g1").getLayoutY()).isEqualTo(node(robot, "#vma-block-vma0g1").getLayoutY());
    }
}
