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
 * nothing of the line is lost, nothing is cut to "…" or drawn past the pane's right edge, and the type stays large.
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
            1280, 720,  true
            1024, 768,  true
            1366, 768,  false
            """)
    void everyDrawnCodeLineBreaksBetweenTokensAndFitsThePane(int width, int height, boolean projector, FxRobot robot) {
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = TestWindows.show(stage, vm, width, height);
        });
        List<String> problems = new ArrayList<>();
        int[] wrapped = new int[1];
        java.util.Set<Integer> smaller = new java.util.TreeSet<>();
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
                    // then: the listing's text, broken between tokens only
                    WrapCheck.problem(line.text(), lines).ifPresent(p -> problems.add(where + p));
                    // and drawn inside the pane, in large type
                    Bounds b = drawn.localToScene(drawn.getLayoutBounds());
                    if (b.getMaxX() > pane.getMaxX() + 0.5) problems.add(where + "drawn to x=" + b.getMaxX() + " past the pane's " + pane.getMaxX());
                    double px = label.getFont().getSize() * label.getLocalToSceneTransform().getMyy();
                    if (projector && width == 1280 && px < 20 && !longName(line.text(), columns(row.lookup(".code-text").getParent(), label))) {
                        problems.add(where + String.format("%.1f px", px));
                    }
                    if (px < 20) smaller.add(line.number());
                }
            });
        }
        assertThat(problems).isEmpty();
        // the test looked at wrapped lines, not only at lines that were short anyway
        assertThat(wrapped[0]).isPositive();
        System.out.printf("code at %dx%d projector=%s: %d of %d rows wrapped, rows drawn below 20 px: %s%n", width, height, projector,
                wrapped[0] / BUSIEST.size(), LISTING.lines().size(), smaller);
    }

    /**
     * The one reason a row may be drawn smaller: a name (with what must stay glued to it, and a comment's
     * {@code // }) longer than a line of the pane at full size.
     */
    private static boolean longName(String s, int columns) {
        String body = s.stripLeading();
        List<CodeWrap.Token> units = CodeWrap.units(CodeWrap.tokens(body));
        // the first name starts after the line's own indent (the nesting is kept), the others may start a line
        if (!units.isEmpty() && CodeWrap.indent(s.length() - body.length(), columns) + units.get(0).text().length() > columns) return true;
        for (CodeWrap.Token t : units) if (!t.space() && t.text().length() + 3 > columns) return true;
        return false;
    }

    /** Columns of the listing's type that the row's code area holds. */
    private static int columns(javafx.scene.Parent code, Label label) {
        Text m = new Text("0000000000");
        m.setFont(label.getFont());
        return (int) Math.floor(code.getLayoutBounds().getWidth() / (m.getLayoutBounds().getWidth() / 10));
    }

    /** The Text node the label's skin draws (its text is what is on screen, "…" included). */
    private static Text drawnText(Label label) {
        for (Node n : label.getChildrenUnmodifiable()) if (n instanceof Text t) return t;
        throw new AssertionError("no drawn text in " + label);
    }

}
