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

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        stepper = new StepperViewModel();
        stepper.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        Scene scene = new Scene(new VmaView(new VmaViewModel(stepper)), 640, 420);
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

    @Test
    void atTheStartVma0IsInTheTreeWithNoReaderPointer(FxRobot robot) {
        assertThat(text(robot, "#vma-block-vma0g1-title")).isEqualTo("vma[0] g1");
        assertThat(text(robot, "#vma-slot-0-status")).isEqualTo("LIVE · in tree");
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
        assertThat(robot.lookup("#vma-row-pointer-cpu0").tryQuery()).isPresent();
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
        assertThat(text(robot, "#vma-slot-0-status")).isEqualTo("LIVE · unlinked");
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
        assertThat(text(robot, "#vma-slot-0-status")).isEqualTo("LIVE · in tree");
        assertThat(has(robot, "#vma-pointer-cpu0", Styles.STALE)).isFalse();
        assertThat(node(robot, "#vma-pointer-cpu0-caption").isVisible()).isFalse();
        assertThat(robot.lookup("#vma-pointer-cpu0 .vma-pointer-shaft").queryAs(Line.class).getStrokeDashArray()).isEmpty();
    }

    @Test
    void atTheEndTheUnlinkedVmaWaitsForRcuAndNoPointerIsLeft(FxRobot robot) {
        robot.interact(() -> stepper.runToEnd());
        assertThat(text(robot, "#vma-slot-0-status")).isEqualTo("LIVE · unlinked, waits for RCU");
        assertThat(robot.lookup("#vma-pointer-cpu0").tryQuery()).isEmpty();
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
