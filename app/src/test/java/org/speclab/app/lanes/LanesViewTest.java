package org.speclab.app.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.lanes.LanesModel.Status;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Theme;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lanes view alone on a real stepper: the drawn model through the view-model, the pixels through a snapshot. */
@ExtendWith(ApplicationExtension.class)
class LanesViewTest {
    private final StepperViewModel stepper = new StepperViewModel();
    private LanesView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Motion.setInstant();
        stepper.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        view = new LanesView(new LanesViewModel(stepper));
        Scene scene = new Scene(view, 700, 280);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private int distinctColours() throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> view.canvas().snapshot(null, null)).get();
        PixelReader r = img.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) colours.add(r.getArgb(x, y));
        }
        return colours.size();
    }

    @Test
    void runToTheEndDrawsCpu0sBracketAsOverlapped(FxRobot robot) throws Exception {
        // when
        robot.interact(stepper::runToEnd);
        WaitForAsyncUtils.waitForFxEvents();
        // then
        var cpu0 = view.viewModel().model().bracketsOf("cpu0");
        assertThat(cpu0).hasSize(1);
        assertThat(cpu0.get(0).status()).isEqualTo(Status.OVERLAPPED);
        assertThat(cpu0.get(0).label()).startsWith("✗");
        assertThat(distinctColours()).isGreaterThan(10);
    }

    @Test
    void canvasFillsTheViewAndFollowsItsSize(FxRobot robot) {
        assertThat(view.canvas().getWidth()).isEqualTo(Math.floor(view.getWidth()));
        robot.interact(() -> stage.setWidth(stage.getWidth() - 200));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.canvas().getWidth()).isEqualTo(Math.floor(view.getWidth()));
        assertThat(view.canvas().getHeight()).isEqualTo(Math.floor(view.getHeight()));
    }

    @Test
    void eachStepAddsAMarkAndStepBackRemovesIt(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) stepper.step(0);
            stepper.step(1);
        });
        assertThat(view.viewModel().model().marks()).hasSize(7);
        assertThat(view.viewModel().model().marksOf(1)).singleElement().satisfies(m -> assertThat(m.current()).isTrue());
        robot.interact(stepper::stepBack);
        assertThat(view.viewModel().model().marksOf(1)).isEmpty();
        assertThat(view.viewModel().model().bracketsOf("cpu0").get(0).status()).isEqualTo(Status.OPEN);
    }
}
