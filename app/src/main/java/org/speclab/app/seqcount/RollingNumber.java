package org.speclab.app.seqcount;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.speclab.app.theme.Motion;

/**
 * A big number that rolls to its new value: the new text slides in (up when the count grows, down when it
 * shrinks, as on stepping back) while the old one slides out and fades. The label always holds the target text,
 * so tests and screen readers see the snapshot at once. The text is scaled to fit the box, so it stays the
 * largest thing in the window at any window size.
 */
final class RollingNumber extends Region {
    private static final double MIN_SCALE = 0.3;
    private static final double MAX_SCALE = 1.8;

    private final Label value = new Label();
    private final Label previous = new Label();
    private final Timeline roll = new Timeline();

    RollingNumber(String valueId) {
        value.setId(valueId);
        previous.setId(valueId.replace("-value", "-previous"));
        value.getStyleClass().add("big-number");
        previous.getStyleClass().addAll("big-number", "previous");
        previous.setVisible(false);
        getChildren().addAll(previous, value);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(0, 0);
    }

    Label label() { return value; }

    /** Shows {@code text}; when it replaces a different number, rolls from {@code from} in the direction of the change. */
    void show(String text, long from, long to) {
        String old = value.getText();
        value.setText(text);
        roll.stop();
        if (old == null || old.isEmpty() || old.equals(text) || Motion.instant()) {
            settle();
            return;
        }
        previous.setText(old);
        previous.setVisible(true);
        double dist = getHeight() * 0.55 * (to >= from ? 1 : -1);
        Duration d = Motion.duration();
        roll.getKeyFrames().setAll(
                new KeyFrame(Duration.ZERO,
                        new KeyValue(value.translateYProperty(), dist), new KeyValue(value.opacityProperty(), 0),
                        new KeyValue(previous.translateYProperty(), 0), new KeyValue(previous.opacityProperty(), 1)),
                new KeyFrame(d,
                        new KeyValue(value.translateYProperty(), 0, Interpolator.EASE_OUT), new KeyValue(value.opacityProperty(), 1),
                        new KeyValue(previous.translateYProperty(), -dist, Interpolator.EASE_OUT), new KeyValue(previous.opacityProperty(), 0)));
        roll.setOnFinished(e -> settle());
        roll.playFromStart();
    }

    private void settle() {
        value.setTranslateY(0);
        value.setOpacity(1);
        previous.setVisible(false);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double vw = value.prefWidth(-1);
        double vh = value.prefHeight(-1);
        // one scale for both texts, from the target's size, so the old number leaves at the size it had
        double s = vw <= 0 || vh <= 0 ? 1 : Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.min(w * 0.92 / vw, h * 0.98 / vh)));
        for (Label l : new Label[] {value, previous}) {
            double pw = l.prefWidth(-1);
            double ph = l.prefHeight(-1);
            l.resizeRelocate(snappedLeftInset() + (w - pw) / 2, snappedTopInset() + (h - ph) / 2, pw, ph);
            l.setScaleX(s);
            l.setScaleY(s);
        }
    }

    @Override protected double computePrefWidth(double height) { return 60; }

    @Override protected double computePrefHeight(double width) { return 60; }
}
