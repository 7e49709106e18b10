package org.speclab.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
 * The code pane shows whole rows only: in the real window, every row drawn in the listing's viewport lies wholly
 * inside it (a row the edge would cut is not drawn), the line just executed is whole and drawn, and a cue above
 * or below says when lines are out of view. Read back from the rows' bounds on screen, after steps and after the
 * wheel moved the listing by an arbitrary amount.
 */
@ExtendWith(ApplicationExtension.class)
class CodeWholeRowsOnScreenTest {
    private static final int LINES = Listing.load().lines().size();
    private Stage stage;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0}x{1} projector={2}")
    @CsvSource(textBlock = """
            1280, 720,  true
            1024, 768,  true
            1366, 768,  false
            1920, 1080, true
            """)
    void theListingShowsWholeRowsAndSaysWhatIsOutOfView(int width, int height, boolean projector, FxRobot robot) {
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene[] scene = {TestWindows.showOn(robot, stage, vm, width, height)};
        List<String> problems = new ArrayList<>();
        // the steps of the issue: the S9 line at munmap's end check, the quiz, both readers' ends, a retry's end
        String[][] moments = {{"munmap-file-reuse", "23"}, {"munmap-file-reuse", "27"}, {"uprobe-unregister", "28"},
                {"two-readers-two-writers", "47"}, {"retry-vs-fallback", "39"}, {"munmap-file-reuse", "4"}};
        for (String[] m : moments) {
            // given: the lesson at that step
            robot.interact(() -> TestWindows.openAt(vm, m[0], Integer.parseInt(m[1])));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                HeadlessSnapshot.settle(scene[0]);
                // then: whole rows, the current one among them
                problems.addAll(check(scene[0], m[0] + " step " + m[1], true));
            });
            // and when: the wheel scrolls the listing to anywhere, it still shows whole rows only (after a real pulse)
            for (double v : new double[] {0, 0.137, 0.5, 0.861, 1}) {
                robot.interact(() -> ((ScrollPane) scene[0].lookup("#code-scroll")).setVvalue(v));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> problems.addAll(check(scene[0], m[0] + " step " + m[1] + " scrolled to " + v, false)));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What on screen breaks "whole rows only", if anything. */
    private static List<String> check(Scene scene, String where, boolean current) {
        List<String> problems = new ArrayList<>();
        Node viewport = scene.lookup("#code-scroll").lookup(".viewport");
        Bounds pane = viewport.localToScene(viewport.getLayoutBounds());
        boolean firstWhole = false;
        boolean lastWhole = false;
        int whole = 0;
        for (int n = 1; n <= LINES; n++) {
            Node row = scene.lookup("#code-line-" + n);
            Bounds b = row.localToScene(row.getLayoutBounds());
            boolean inside = b.getMinY() >= pane.getMinY() - 0.5 && b.getMaxY() <= pane.getMaxY() + 0.5;
            boolean overlaps = b.getMaxY() > pane.getMinY() + 0.5 && b.getMinY() < pane.getMaxY() - 0.5;
            if (row.isVisible() && overlaps && !inside) {
                problems.add(where + ": line " + n + " is drawn cut, " + b.getMinY() + ".." + b.getMaxY() + " in a viewport of " + pane.getMinY() + ".." + pane.getMaxY());
            }
            if (inside && !row.isVisible()) problems.add(where + ": line " + n + " would fit whole but is hidden");
            boolean shown = row.isVisible() && inside;
            if (shown) whole++;
            if (n == 1) firstWhole = shown;
            if (n == LINES) lastWhole = shown;
            if (current && row.getStyleClass().contains(CodeRow.CURRENT_LINE) && !shown) problems.add(where + ": the current line " + n + " is not shown whole");
        }
        if (whole < 2) problems.add(where + ": only " + whole + " whole rows shown");
        Label above = (Label) scene.lookup("#code-more-above");
        Label below = (Label) scene.lookup("#code-more-below");
        if (above.isVisible() == firstWhole) problems.add(where + ": the cue above is " + (above.isVisible() ? "shown" : "hidden") + " with line 1 " + (firstWhole ? "in" : "out of") + " view");
        if (below.isVisible() == lastWhole) problems.add(where + ": the cue below is " + (below.isVisible() ? "shown" : "hidden") + " with the last line " + (lastWhole ? "in" : "out of") + " view");
        if (above.isVisible() && !above.getText().matches("⋯ \\d+ lines? above")) problems.add(where + ": cue above reads " + above.getText());
        if (below.isVisible() && !below.getText().matches("⋯ \\d+ lines? below")) problems.add(where + ": cue below reads " + below.getText());
        return problems;
    }
}
