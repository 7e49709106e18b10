package org.speclab.app.slab;

import static org.assertj.core.api.Assertions.assertThat;

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
class SlabViewTest {
    private static final int CPU0 = 0;
    private static final int CPU1 = 1;
    private static final int CPU2 = 2;

    private StepperViewModel stepper;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        stepper = new StepperViewModel();
        stepper.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        Scene scene = new Scene(new SlabView(new SlabViewModel(stepper)), 420, 640);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** The canonical race up to the reopen: cpu0 loads f1, cpu1's munmap frees it, cpu2's open() reuses the slot. */
    private void raceToTheReopen(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) stepper.step(CPU0);
            for (int i = 0; i < 12; i++) stepper.step(CPU1);
            stepper.step(CPU2);   // alloc_empty_file → init_file: f_inode = NULL
            stepper.step(CPU2);   // do_dentry_open: f_inode = libbar's inode
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    private static boolean has(FxRobot robot, String id, javafx.css.PseudoClass pc) {
        return robot.lookup(id).query().getPseudoClassStates().contains(pc);
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible() && n.getScene() != null;
    }

    @Test
    void atTheStartFilp0IsALiveGenerationOneFileOfLibfoo(FxRobot robot) {
        assertThat(text(robot, "#slot-filp-0-gen")).isEqualTo("gen 1");
        assertThat(text(robot, "#slot-filp-0-state")).isEqualTo("LIVE");
        assertThat(text(robot, "#slot-filp-0-name")).isEqualTo("f1 → inode libfoo");
        assertThat(shown(robot, "#slot-filp-0-ghost")).isFalse();
        assertThat(robot.lookup("#pointer-cpu0").tryQuery()).isEmpty();
        assertThat(text(robot, "#slot-filp-1-6")).as("the never-used slots, as one chip").isEqualTo("filp[1–6] never used");
    }

    @Test
    void theReaderPointerAppearsOnTheSlotWhenItLoadsVmFile(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) stepper.step(CPU0);
        });
        assertThat(robot.lookup("#pointer-cpu0").queryAs(ThreadTag.class).text()).isEqualTo("cpu0 →");
        assertThat(has(robot, "#pointer-cpu0", Styles.STALE)).isFalse();
    }

    @Test
    void afterTheReopenTheSlotShowsGenerationTwoTheGhostOfF1AndAnAmberPointer(FxRobot robot) {
        // when
        raceToTheReopen(robot);
        // then
        assertThat(text(robot, "#slot-filp-0-gen")).isEqualTo("gen 2");
        assertThat(text(robot, "#slot-filp-0-name")).isEqualTo("f2 → inode libbar");
        assertThat(shown(robot, "#slot-filp-0-ghost")).isTrue();
        assertThat(text(robot, "#slot-filp-0-ghost")).isEqualTo("was f1 · libfoo · gen 1");
        assertThat(has(robot, "#pointer-cpu0", Styles.STALE)).isTrue();
        assertThat(has(robot, "#pointer-cpu0", Styles.VIOLATION)).isFalse();
        assertThat(text(robot, "#pointer-cpu0-caption")).contains("still a struct file, no longer your file");
        assertThat(has(robot, "#slot-filp-0-name", Styles.CHANGED)).as("do_dentry_open just set f_inode").isTrue();
    }

    @Test
    void steppingBackBeforeTheReopenRestoresF1(FxRobot robot) {
        // given
        raceToTheReopen(robot);
        // when: back over do_dentry_open and alloc_empty_file
        robot.interact(() -> {
            stepper.stepBack();
            stepper.stepBack();
        });
        // then: filp[0] is f1 again, freed; the pointer is amber for "freed", and no ghost
        assertThat(text(robot, "#slot-filp-0-gen")).isEqualTo("gen 1");
        assertThat(text(robot, "#slot-filp-0-state")).isEqualTo("FREE");
        assertThat(has(robot, "#slot-filp-0", Styles.FREE)).isTrue();
        assertThat(shown(robot, "#slot-filp-0-ghost")).isFalse();
        assertThat(text(robot, "#pointer-cpu0-caption")).contains("freed");
        // and one more step back: the file is LIVE and the pointer valid
        robot.interact(() -> stepper.stepBack());
        assertThat(text(robot, "#slot-filp-0-state")).isEqualTo("LIVE");
        assertThat(has(robot, "#pointer-cpu0", Styles.STALE)).isFalse();
        assertThat(robot.lookup("#pointer-cpu0-caption").tryQuery()).isEmpty();
    }

    @Test
    void goToTheEndDropsThePointerAndTheGhost(FxRobot robot) {
        robot.interact(() -> stepper.runToEnd());
        assertThat(text(robot, "#slot-filp-0-gen")).isEqualTo("gen 2");
        assertThat(robot.lookup("#pointer-cpu0").tryQuery()).isEmpty();
        assertThat(shown(robot, "#slot-filp-0-ghost")).isFalse();
        robot.interact(() -> stepper.goTo(22));
        assertThat(has(robot, "#pointer-cpu0", Styles.STALE)).isTrue();
    }

    @Test
    void plainKfreeAtItsViolationShowsReturnedMemoryAndARedPointer(FxRobot robot) {
        // given
        robot.interact(() -> stepper.load(LessonCatalog.byId("broken-filp-plain-kfree").orElseThrow()));
        // when
        robot.interact(() -> stepper.runToEnd());
        // then
        assertThat(stepper.frame().step().violation()).isNotNull();
        assertThat(text(robot, "#slot-filp-0-state")).isEqualTo("RETURNED");
        assertThat(has(robot, "#slot-filp-0", Styles.RETURNED)).isTrue();
        assertThat(shown(robot, "#slot-filp-0-returned")).isTrue();
        assertThat(shown(robot, "#slot-filp-0-name")).isFalse();
        assertThat(shown(robot, "#slot-filp-0-count")).isFalse();
        assertThat(has(robot, "#pointer-cpu0", Styles.VIOLATION)).isTrue();
        assertThat(text(robot, "#pointer-cpu0-caption")).contains("not a struct file any more");
        assertThat(text(robot, "#cache-filp-freeing")).contains("plain kfree");
    }
}
