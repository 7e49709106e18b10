package org.speclab.app.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Theme;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The CPUs card when it is short (a projector or a small window squeezes it): the labels the canvas draws, read
 * back as boxes, never overlap; the CPUs' names are kept while lesser labels (step names, values) give way.
 */
@ExtendWith(ApplicationExtension.class)
class LanesLabelsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0} at step {1}")
    @CsvSource({"munmap-file-reuse, 23", "munmap-file-reuse, -1", "two-readers-two-writers, -1", "mprotect-split, 13"})
    void labelsNeverOverlapAtSmallCardHeights(String lesson, int step, FxRobot robot) {
        // given: the lesson at the step, the card at widths and heights from roomy down to cramped
        StepperViewModel stepper = new StepperViewModel();
        LanesView view = new LanesView(new LanesViewModel(stepper));
        robot.interact(() -> {
            Scene scene = new Scene(view, 700, 240);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            stepper.load(LessonCatalog.byId(lesson).orElseThrow());
            stepper.runToEnd();
            if (step >= 0) stepper.goTo(step);
        });
        List<String> problems = new ArrayList<>();
        int[][] sizes = {{700, 240}, {560, 150}, {560, 120}, {420, 100}, {420, 80}, {340, 64}};
        int tallCount = -1;
        for (int[] size : sizes) {
            List<LabelBoard.Box> labels = new ArrayList<>();
            double[] least = new double[2];
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
                view.resize(size[0], size[1]);
                view.layout();
                labels.addAll(view.labels());
                least[0] = view.minHeight(size[0]);
                least[1] = view.smallestFontPx();
            });
            // no label shrinks below the card's small type (a card lower than the view's minimum scales it whole)
            for (LabelBoard.Box b : labels) {
                if (b.px() < least[1] - 0.01) problems.add(size[0] + "x" + size[1] + ": " + b.text() + " drawn at " + b.px() + " px, below " + least[1]);
            }
            // when / then: no two drawn labels share a pixel
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    if (labels.get(i).overlaps(labels.get(j))) problems.add(size[0] + "x" + size[1] + ": " + labels.get(i) + " overlaps " + labels.get(j));
                }
            }
            List<String> texts = labels.stream().map(LabelBoard.Box::text).toList();
            String current = view.viewModel().model().marks().stream().filter(LanesModel.Mark::current).map(LanesModel.Mark::label).findFirst().orElse(null);
            if (current != null && size[1] >= 100 && !texts.contains(current)) problems.add(size[0] + "x" + size[1] + ": the step just run (" + current + ") has no label in " + texts);
            if (size[1] >= Math.max(100, least[0])) {
                for (LanesModel.Lane lane : view.viewModel().model().lanes()) {
                    if (lane.role() != LanesModel.Role.DAEMON && !texts.contains(lane.name())) problems.add(size[0] + "x" + size[1] + ": no name for " + lane.name() + " in " + texts);
                }
            }
            if (tallCount < 0) tallCount = labels.size();
            else if (size[1] < 100 && labels.size() > tallCount) problems.add(size[0] + "x" + size[1] + ": more labels than when tall");
        }
        assertThat(problems).isEmpty();
        assertThat(tallCount).as("labels drawn when the card is roomy").isGreaterThan(4);
    }
}
