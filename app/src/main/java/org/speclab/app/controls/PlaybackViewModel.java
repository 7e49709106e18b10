package org.speclab.app.controls;

import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.speclab.app.stepper.StepperViewModel;

/**
 * Run/Pause: plays the lesson's script ({@link StepperViewModel#next()}) at {@code speed} steps per second until
 * the run finishes, and stops at every quiz until it is revealed ({@link #holdWhile}).
 */
public final class PlaybackViewModel {
    private final StepperViewModel stepper;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(2);
    private Timeline ticker;
    private BooleanSupplier hold = () -> false;

    public PlaybackViewModel(StepperViewModel stepper) {
        this.stepper = stepper;
        speed.addListener((o, a, b) -> {
            if (running.get()) restart();
        });
    }

    public BooleanProperty runningProperty() { return running; }

    /** Run pauses (and will not start) while {@code held} says so: an open quiz waits for its reveal. */
    public void holdWhile(BooleanSupplier held) { this.hold = held; }

    /** Steps per second, 0.5–10. */
    public DoubleProperty speedProperty() { return speed; }

    public void toggle() {
        if (running.get()) pause();
        else play();
    }

    public void play() {
        if (stepper.session() == null || stepper.finishedProperty().get() || hold.getAsBoolean()) return;
        running.set(true);
        restart();
    }

    public void pause() {
        running.set(false);
        if (ticker != null) ticker.stop();
    }

    /** One tick: false (and pause) when nothing more can run. */
    public boolean tick() {
        if (hold.getAsBoolean()) {
            pause();
            return false;
        }
        boolean moved = stepper.next();
        if (!moved || stepper.finishedProperty().get() || hold.getAsBoolean()) pause();
        return moved;
    }

    private void restart() {
        if (ticker != null) ticker.stop();
        ticker = new Timeline(new KeyFrame(Duration.seconds(1 / Math.max(0.1, speed.get())), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }
}
