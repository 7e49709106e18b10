package org.speclab.app.rcu;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Theme;
import org.speclab.engine.program.Machine;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RcuViewTest {
    private StepperViewModel stepper;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        stepper = new StepperViewModel();
        stepper.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        stepper.runToEnd();
        stepper.goTo(19);
        Scene scene = new Scene(new RcuView(new RcuViewModel(stepper)), 360, 420);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aStartedGracePeriodShowsWhoItWaitsForAndTheDeferredFree(FxRobot robot) {
        // when: the rcu kthread starts GP 1 while cpu0 is inside rcu_read_lock()
        robot.interact(() -> stepper.step(stepper.session().machine().indexOf(Machine.RCU)));

        // then
        assertThat(robot.lookup("#rcu-gp").queryAs(Label.class).getText()).contains("GP 1 in progress · waits for cpu0");
        assertThat(robot.lookup("#rcu-reader-cpu0 .thread-name").queryAs(Label.class).getText()).isEqualTo("cpu0 inside · GP waits ◔");
        VBox callbacks = robot.lookup("#rcu-callbacks").queryAs(VBox.class);
        assertThat(((Label) callbacks.getChildren().get(0)).getText()).contains("free vma[0] · waits for GP 1");
        assertThat(robot.lookup("#trace-gp").queryAs(Label.class).getText()).contains("no grace period in progress");
        assertThat(robot.lookup("#rcu-ran").queryAs(Label.class).isVisible()).isFalse();
    }
}
