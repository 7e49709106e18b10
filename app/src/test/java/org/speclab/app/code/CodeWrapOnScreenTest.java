package org.speclab.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
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
 * The code pane as the room sees it: in the real window, at projector sizes, every row of the listing is read back
 * from the text its label draws and compared with the listing's line: no drawn line starts or ends inside a name,
 * nothing of the line is lost, nothing is cut to "…" or drawn past the pane's right edge, and no row is drawn below
 * the room's floor (20 px at a 1280x720 projector, the floor; 16 px at 1024x768 and 1366x768).
 */
@ExtendWith(ApplicationExtension.class)
class CodeWrapOnScreenTest {
    private static final Listing LISTING = Listing.load();
    private static final List<String> BUSIEST = List.of("munmap-file-reuse", "mprotect-split", "two-readers-two-writers", "uprobe-unregister");
    private Stage stage;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0}x{1} projector={2}")
    @CsvSource(textBlock = """
            1280, 720,  true,  20
            1024, 768,  true,  16
            1366, 768,  true,  16
            1366, 768,  false,  0
            1920, 1080, true,   0
            """)
    void everyDrawnCodeLineBreaksBetweenTokensAndFitsThePaneInLargeType(int width, int height, boolean projector, double floor, FxRobot robot) {
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = TestWindows.show(stage, vm, width, height);
        });
        List<String> problems = new ArrayList<>();
        int[] wrapped = new int[1];
        double[] smallest = {Double.MAX_VALUE};
        for (String lesson : BUSIEST) {
            // given: the lesson at its first quiz (the busiest moment a class sees)
            robot.interact(() -> TestWindows.openAtQuiz(vm, lesson));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                HeadlessSnapshot.settle(scene[0]);
                // when: every row's drawn text is read back
                Node view = scene[0].lookup("#code-view");
                Cuts.under(view).forEach(c -> problems.add(lesson + ": " + c));
                Bounds pane = view.lookup("#code-scroll").localToScene(view.lookup("#code-scroll").getLayoutBounds());
                for (Listing.Line line : LISTING.lines()) {
                    Node row = view.lookup("#code-line-" + line.number());
                    Label label = (Label) row.lookup(".code-text");
                    Text drawn = drawnText(label);
                    List<String> lines = Arrays.asList(drawn.getText().split("\n", -1));
                    if (lines.size() > 1) wrapped[0]++;
                    String where = lesson + " line " + line.number() + " " + lines + ": ";
                    // then: the listing's text, broken between tokens only (a name longer than a line: after an underscore, marked)
                    WrapCheck.problem(line.text(), lines).ifPresent(p -> problems.add(where + p));
                    // and drawn inside the pane, in type the room reads: no row is drawn smaller than the floor
                    Bounds b = drawn.localToScene(drawn.getLayoutBounds());
                    if (b.getMaxX() > pane.getMaxX() + 0.5) problems.add(where + "drawn to x=" + b.getMaxX() + " past the pane's " + pane.getMaxX());
                    double px = label.getFont().getSize() * label.getLocalToSceneTransform().getMyy();
                    if (px < floor - 1e-6) problems.add(where + String.format("%.1f px, below the %.0f px floor", px, floor));
                    smallest[0] = Math.min(smallest[0], px);
                }
            });
        }
        System.out.printf("code at %dx%d projector=%s: %d of %d rows wrapped, smallest row %.1f px%n", width, height, projector,
                wrapped[0] / BUSIEST.size(), LISTING.lines().size(), smallest[0]);
        assertThat(problems).isEmpty();
        // the test looked at wrapped lines, not only at lines that were short anyway
        assertThat(wrapped[0]).isPositive();
    }

    /** The Text node the label's skin draws (its text is what is on screen, "…" included). */
    private static Text drawnText(Label label) {
        for (Node n : label.getChildrenUnmodifiable()) if (n instanceof Text t) return t;
        throw new AssertionError("no drawn text in " + label);
    }

}
