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
 * A VMA block in a short lane never loses its lines silently: in the real window, the unlinked VMA of
 * munmap-file-reuse (step 23: a reader still holds it) shows its state word whole inside its block, its slot's
 * row shows the reused file whole, and no block in the card clips what it shows.
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
    void theUnlinkedBlockShowsItsStateWholeAndItsRowTheReusedFile(int width, int height, boolean projector, FxRobot robot) {
        // given
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = TestWindows.show(stage, vm, width, height);
            TestWindows.openAt(vm, "munmap-file-reuse", 23);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cuts = new ArrayList<>();
        List<String> inBlock = new ArrayList<>();
        List<String> inCard = new ArrayList<>();
        robot.interact(() -> {
            HeadlessSnapshot.settle(scene[0]);
            // when
            Node card = scene[0].lookup("#vma-card");
            Cuts.under(card).forEach(c -> cuts.add(c.toString()));
            inBlock.addAll(wholeInside(scene[0].lookup("#vma-block-vma0g1")));
            inCard.addAll(wholeInside(card));
        });
        // then: the teaching state is on screen, whole: the state in the block, the reused file in its slot's row
        assertThat(cuts).isEmpty();
        assertThat(inBlock).contains("LIVE · unlinked, waits for RCU");
        assertThat(inCard).contains("filp[0] f2", "⚠ vm_file: slot reused since it was stored: held f1 (gen 1), now f2 (gen 2)");
    }

    /** The visible labels' texts drawn wholly inside {@code box}. */
    private static List<String> wholeInside(Node box) {
        List<String> out = new ArrayList<>();
        Bounds inside = box.localToScene(box.getLayoutBounds());
        for (Node n : box.lookupAll(".label")) {
            Label l = (Label) n;
            if (!l.isVisible() || l.getText() == null || l.getText().isBlank()) continue;
            Bounds b = l.localToScene(l.getLayoutBounds());
            boolean whole = b.getMinY() >= inside.getMinY() - 0.5 && b.getMaxY() <= inside.getMaxY() + 0.5
                    && b.getMinX() >= inside.getMinX() - 0.5 && b.getMaxX() <= inside.getMaxX() + 0.5;
            if (whole && !Cuts.under(l).stream().findAny().isPresent()) out.add(l.getText().replace("\n", ""));
        }
        return out;
    }

    @org.junit.jupiter.api.Test
    void aNarrowBlockWrapsItsStateUnderItsTitleAndSaysWhenItsLaneIsTooShort(FxRobot robot) {
        // given: an unlinked VMA's block
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
        double[] h = new double[3];
        robot.interact(() -> {
            h[0] = block.prefHeight(600);
            h[1] = block.prefHeight(block.wantedWidth(false));
            h[2] = block.wantedWidth(false);
        });
        // when: wide, the title and the state share a line; the values are the slot list's, not the block's
        robot.interact(() -> {
            block.resizeRelocate(0, 0, 600, h[0]);
            block.layout();
        });
        // then
        assertThat(block.shownTexts()).containsExactly("vma[0] g1", "LIVE · unlinked, waits for RCU");
        assertThat(block.clipsContent()).isFalse();
        Label title = (Label) block.lookup("#vma-block-vma0g1-title");
        Label note = (Label) block.lookup("#vma-block-vma0g1-note");
        assertThat(note.getLayoutY()).isLessThan(title.getLayoutY() + title.getHeight());
        // and the tooltip keeps every value
        Tooltip tip = (Tooltip) findTooltip(block);
        assertThat(tip.getText()).contains("0x400000–0x404000", "LIVE · unlinked, waits for RCU", "f1, slot now f2", "pgoff 0");
        // when: as narrow as its words allow, the state wraps under the title, whole
        robot.interact(() -> {
            block.resizeRelocate(0, 0, h[2], h[1]);
            block.layout();
        });
        assertThat(h[1]).isGreaterThan(h[0]);
        assertThat(note.getLayoutY()).isGreaterThanOrEqualTo(title.getLayoutY() + title.getHeight() - 0.5);
        assertThat(block.clipsContent()).isFalse();
        assertThat(Cuts.under(block)).isEmpty();
        // and when: a lane too short for the wrapped state, or a block narrower than its title, the block says it clips
        robot.interact(() -> {
            block.resizeRelocate(0, 0, h[2], h[0]);
            block.layout();
        });
        assertThat(block.clipsContent()).isTrue();
        robot.interact(() -> {
            block.resizeRelocate(0, 0, 20, h[1] * 3);
            block.layout();
        });
        assertThat(block.clipsContent()).isTrue();
    }

    private static Object findTooltip(BlockNode block) {
        for (Object v : block.getProperties().values()) if (v instanceof Tooltip t) return t;
        throw new AssertionError("no tooltip on the block");
    }
}
