package org.speclab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.speclab.app.course.LessonProgress;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.layout.Cuts;
import org.speclab.app.theme.Motion;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The lesson browser at the four screen sizes, normal and projector: every title and question is shown whole
 * (wrapped, each row as tall as its text), never cut to "…". The list itself scrolls; nothing in it is cut.
 */
@ExtendWith(ApplicationExtension.class)
class StartPanelFitTest {
    private Stage window;
    private Scene scene;

    @Start
    void start(Stage stage) { Motion.setInstant(); }

    @AfterEach
    void close(FxRobot robot) { robot.interact(() -> window.close()); }

    @ParameterizedTest(name = "{0}x{1} projector={2}")
    @CsvSource(textBlock = """
            1024, 768, false
            1024, 768, true
            1280, 720, false
            1280, 720, true
            1366, 768, false
            1366, 768, true
            1920, 1080, false
            1920, 1080, true
            """)
    void everyLessonsTitleAndQuestionIsShownWhole(int width, int height, boolean projector, FxRobot robot) {
        // given: the browser a fresh window opens with, and again over an open lesson (with its Back button)
        for (boolean overALesson : new boolean[] {false, true}) {
            ShellViewModel vm = new ShellViewModel(Jobs.background(), TestWindows.QUIET, LessonProgress.inMemory());
            vm.projectorProperty().set(projector);
            robot.interact(() -> {
                // a stage of its own: the shared primary stage keeps other tests' sizes and minimums
                if (window != null) window.close();
                window = new Stage();
                scene = ShellView.scene(vm, width, height);
                window.setScene(scene);
                window.show();
                if (overALesson) {
                    vm.openArgument("broken-trust-speculative-null");
                    vm.showBrowser();
                }
                HeadlessSnapshot.settle(scene);
            });

            // then
            Node panel = scene.lookup("#start-panel");
            assertThat(panel.isVisible()).isTrue();
            assertThat(panel.lookupAll(".start-question")).hasSize(LessonCatalog.bundled().size());
            assertThat(Cuts.under(panel)).filteredOn(c -> !c.what().equals("scrollbar")).as("cut in the browser").isEmpty();
            for (Node q : panel.lookupAll(".start-question")) {
                Label l = (Label) q;
                assertThat(l.getHeight()).as(l.getText()).isGreaterThanOrEqualTo(l.prefHeight(l.getWidth()) - 0.5);
            }
            // and each row is as tall as its text, no taller: a screenful of lessons, not one stretched row
            for (Node n : panel.lookupAll(".start-lesson")) {
                Button row = (Button) n;
                Region text = (Region) row.getGraphic();
                double needed = text.prefHeight(text.getWidth()) + row.snappedTopInset() + row.snappedBottomInset();
                assertThat(row.getHeight()).as(row.getId()).isBetween(needed - 0.5, needed + 1);
            }
        }
    }

}
