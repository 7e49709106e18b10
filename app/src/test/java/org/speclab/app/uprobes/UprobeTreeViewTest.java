package org.speclab.app.uprobes;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
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
class UprobeTreeViewTest {
    private StepperViewModel stepper;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        stepper = new StepperViewModel();
        stepper.load(LessonCatalog.byId("broken-no-end-check").orElseThrow());
        stepper.runToEnd();
        Scene scene = new Scene(new UprobeTreeView(new UprobeTreeViewModel(stepper)), 560, 320);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static boolean red(Color c) { return c.getRed() > 0.6 && c.getGreen() < 0.4 && c.getBlue() < 0.4; }

    @Test
    void theWrongUprobeIsRedOnScreenAtTheViolation(FxRobot robot) {
        // then: u2's node (uprobe[1]) is marked, its border is red, and the tag says so in words
        Region node = robot.lookup("#unode-1").queryAs(Region.class);
        assertThat(node.getPseudoClassStates()).contains(Styles.VIOLATION);
        assertThat(red((Color) node.getBorder().getStrokes().get(0).getTopStroke())).isTrue();
        assertThat(robot.lookup("#held-cpu0 .thread-name").queryAs(Label.class).getText()).isEqualTo("cpu0 ✗ wrong uprobe");
        Label banner = robot.lookup("#uprobes-wrong").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("✗ WRONG UPROBE: cpu0's lookup returned u2");
        assertThat(red((Color) banner.getTextFill())).isTrue();
        assertThat(robot.lookup("#unode-0").queryAs(Region.class).getPseudoClassStates()).doesNotContain(Styles.VIOLATION);
    }

    @Test
    void beforeTheReaderFindsAUprobeNothingIsMarked(FxRobot robot) {
        // when: back to S8 (step 20), before T2
        robot.interact(() -> stepper.goTo(20));

        // then
        assertThat(robot.lookup("#held-cpu0").tryQuery()).isEmpty();
        assertThat(robot.lookup("#uprobes-wrong").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#unode-1").queryAs(Region.class).getPseudoClassStates()).doesNotContain(Styles.VIOLATION);
        assertThat(robot.lookup("#uprobes-seq").queryAs(Label.class).getText()).isEqualTo("0");
    }
}
