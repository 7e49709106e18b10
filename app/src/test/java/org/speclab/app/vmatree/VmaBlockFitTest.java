package org.speclab.app.vmatree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.layout.Cuts;
import org.speclab.app.shell.TestWindows;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.theme.Motion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A VMA block in a short lane never loses its last lines silently: in the real window, the unlinked VMA of
 * munmap-file-reuse (step 23: a reader still holds it) shows its state word and its file whole, inside the block,
 * and no block in the card clips what it shows.
 */
@ExtendWith(ApplicationExtension.class)
class VmaBlockFitTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0}x{1} projector={2}")
    @CsvSource(textBlock = """
            1920, 1080, false
            1366, 768,  false
            1024, 768,  false
            1280, 720,  true
            1920, 1080, true
            """)
    void theUnlinkedBlockShowsItsStateAndFileWhole(int width, int height, boolean projector, FxRobot robot) {
        // given
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = TestWindows.show(stage, vm, width, height);
            TestWindows.openAt(vm, "munmap-file-reuse", 23);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cuts = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        robot.interact(() -> {
            HeadlessSnapshot.settle(scene[0]);
            // when
            Node card = scene[0].lookup("#vma-card");
            Cuts.under(card).forEach(c -> cuts.add(c.toString()));
            BlockNode block = (BlockNode) scene[0].lookup("#vma-block-vma0g1");
            Bounds inside = block.localToScene(block.getLayoutBounds());
            for (Node n : block.lookupAll(".label")) {
                Label l = (Label) n;
                if (!l.isVisible() || l.getText() == null || l.getText().isBlank()) continue;
                Bounds b = l.localToScene(l.getLayoutBounds());
                boolean whole = b.getMinY() >= inside.getMinY() - 0.5 && b.getMaxY() <= inside.getMaxY() + 0.5;
                if (whole) shown.add(l.getText().replace("\n", ""));
            }
        });
        // then: the teaching state is on screen, whole
        assertThat(cuts).isEmpty();
        assertThat(String.join(" | ", shown)).contains("LIVE · unlinked, waits for RCU").contains("f2");
    }

    @org.junit.jupiter.api.Test
    void aShortBlockLeavesOutTheRangeVisiblyAndSaysWhenEvenThatIsNotEnough(FxRobot robot) {
        // given: an unlinked VMA's block, wide but only about two lines high
        VmaBlock unlinked = new VmaBlock("vma0g1", 0, 1, VmaBlock.Lane.DETACHED, 0, 1, "0x400000–0x404000", "f1, slot now f2", "pgoff 0",
                VmaStatus.WAITS_FOR_RCU, false, null, Double.NaN);
        BlockNode block = new BlockNode(unlinked);
        block.setManaged(false);
        javafx.scene.layout.Pane box = new javafx.scene.layout.Pane(block);
        box.setId("vma-view");
        robot.interact(() -> {
            Scene scene = new Scene(box, 700, 300);
            org.speclab.app.theme.Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            block.applyCss();
        });
        double[] full = new double[1];
        robot.interact(() -> full[0] = block.prefHeight(600));
        // when: the lane is shorter than every line stacked
        robot.interact(() -> {
            block.resizeRelocate(0, 0, 600, full[0] * 0.6);
            block.layout();
        });
        // then: the state and the file stay, the range goes with a visible "⋯", the tooltip has every line
        assertThat(visibleTexts(block)).contains("LIVE · unlinked, waits for RCU", "f1, slot now f2 · pgoff 0", "⋯")
                .doesNotContain("0x400000–0x404000");
        assertThat(block.clipsContent()).isFalse();
        Tooltip tip = (Tooltip) block.getProperties().values().stream().filter(Tooltip.class::isInstance).findFirst()
                .orElseGet(() -> javafx.scene.control.Tooltip.class.cast(findTooltip(block)));
        assertThat(tip.getText()).contains("0x400000–0x404000", "LIVE · unlinked, waits for RCU", "f1, slot now f2");
        // and when: a lane too short even for the title and the state word, the block says it clips
        robot.interact(() -> {
            block.resizeRelocate(0, 0, 600, full[0] * 0.25);
            block.layout();
        });
        assertThat(block.clipsContent()).isTrue();
    }

    private static Object findTooltip(BlockNode block) {
        for (Object v : block.getProperties().values()) if (v instanceof Tooltip t) return t;
        throw new AssertionError("no tooltip on the block");
    }

    private static List<String> visibleTexts(Node root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".label")) {
            if (n instanceof Label l && l.isVisible() && l.isManaged() && l.getText() != null && !l.getText().isBlank()) out.add(l.getText());
        }
        return out;
    }

}
