package org.speclab.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.shell.TestWindows;
import org.speclab.app.theme.Motion;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.Reason;
import org.speclab.engine.step.Verdict;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No outcome name breaks across lines on screen ("locked-miss-res / tart"): at the end of the runs whose outcomes
 * are longest, every label in the window that shows an outcome name is read back from the lines its text is drawn
 * on, and each name's first and last character lie on one line.
 */
@ExtendWith(ApplicationExtension.class)
class OutcomeNamesOnScreenTest {
    private static final Pattern NAME = names();
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
    void noOutcomeNameIsBrokenAcrossLines(int width, int height, boolean projector, FxRobot robot) {
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene[] scene = {TestWindows.showOn(robot, stage, vm, width, height)};
        List<String> problems = new ArrayList<>();
        int[] names = new int[1];
        String[][] ends = {{"two-readers-two-writers", "47"}, {"retry-vs-fallback", "39"}, {"broken-no-end-check", "999"}};
        for (String[] end : ends) {
            // given: the run's last step, where the code card, the narration and the step bar name the outcome
            robot.interact(() -> TestWindows.openAt(vm, end[0], Integer.parseInt(end[1])));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                HeadlessSnapshot.settle(scene[0]);
                // when: each drawn text is read back; then: every outcome name in it lies on one line
                walk(scene[0].getRoot(), end[0], problems, names);
            });
        }
        assertThat(problems).isEmpty();
        // the test looked at names on screen, the code card's explanation among them
        assertThat(names[0]).isGreaterThan(3);
    }

    private static void walk(Node node, String where, List<String> problems, int[] names) {
        if (!node.isVisible()) return;
        if (node instanceof Labeled l && l.getSkin() != null) {
            for (Node child : l.getChildrenUnmodifiable()) if (child instanceof Text t) check(l, t, where, problems, names);
        }
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) walk(child, where, problems, names);
    }

    private static void check(Labeled owner, Text drawn, String where, List<String> problems, int[] names) {
        String s = drawn.getText();
        Matcher m = NAME.matcher(s);
        while (m.find()) {
            names[0]++;
            double first = lineY(drawn, m.start());
            double last = lineY(drawn, m.end() - 1);
            if (Math.abs(first - last) > 0.5) {
                problems.add(where + ": \"" + m.group() + "\" is broken across lines in " + (owner.getId() == null ? owner.getStyleClass() : "#" + owner.getId()));
            }
        }
        // a label's own line breaks ("\n") put the name's parts on two lines too
        if (s.matches("(?s).*[a-z]\\n[a-z\\u2011-].*") && NAME.matcher(s.replace("\n", "")).results().count() > NAME.matcher(s).results().count()) {
            problems.add(where + ": a line break inside an outcome name in " + owner.getId());
        }
    }

    /** The top of the line the character at {@code i} is drawn on. */
    private static double lineY(Text t, int i) {
        PathElement[] caret = t.caretShape(i, true);
        return caret.length > 0 && caret[0] instanceof MoveTo move ? move.getY() : Double.NaN;
    }

    /** Every outcome name, as the screen shows it (non-breaking hyphens) or as JSON has it (ASCII hyphens). */
    private static Pattern names() {
        List<String> out = new ArrayList<>();
        for (Property p : Property.values()) out.add(p.outcomeName());
        for (Reason r : Reason.values()) out.add(r.outcomeName());
        for (Verdict v : Verdict.values()) out.add(v.outcomeName());
        out.removeIf(n -> !n.contains("-"));
        out.sort((a, b) -> b.length() - a.length());
        List<String> alternatives = out.stream().map(n -> Pattern.quote(n).replace("-", "\\E[-\\u2011]\\Q")).toList();
        return Pattern.compile(String.join("|", alternatives));
    }
}
