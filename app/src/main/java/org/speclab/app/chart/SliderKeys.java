package org.speclab.app.chart;

import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.speclab.app.theme.Styles;

/**
 * The chart's sliders by keyboard or clicker: ←/→ (and ↑/↓) one step and Home/End the ends (the slider's own keys),
 * PageUp/PageDown a big step. While a slider has focus reached by the keyboard (Tab) the window's lesson keys give
 * way to these ({@link Styles#OWNS_KEYS}); Space still steps the lesson, and Esc (or Tab) hands the keys back.
 * In a window whose keys drive a lesson ({@link Styles#LESSON_KEYS}) a slider moved with the mouse hands them back
 * as soon as the button is released: a lecturer who dragged it must not find the clicker's "next" moving the slider
 * instead of the lesson. In the chart's own window a click and then the arrows still move it.
 */
final class SliderKeys {
    private SliderKeys() {}

    static void install(Slider slider, double pageStep) {
        slider.getStyleClass().add(Styles.OWNS_KEYS);
        slider.setFocusTraversable(true);
        slider.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.PAGE_UP) slider.adjustValue(Math.min(slider.getMax(), slider.getValue() + pageStep));
            else if (e.getCode() == KeyCode.PAGE_DOWN) slider.adjustValue(Math.max(slider.getMin(), slider.getValue() - pageStep));
            else if (e.getCode() == KeyCode.HOME) slider.adjustValue(slider.getMin());
            else if (e.getCode() == KeyCode.END) slider.adjustValue(slider.getMax());
            else if (e.getCode() == KeyCode.ESCAPE) handBack(slider);
            else return;
            e.consume();
        });
        // a filter: the thumb's own release handler may consume the event before it bubbles up to the slider
        slider.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (underLessonKeys(slider)) handBack(slider);
        });
    }

    private static boolean underLessonKeys(Slider slider) {
        for (javafx.scene.Node n = slider; n != null; n = n.getParent()) {
            if (n.getProperties().containsKey(Styles.LESSON_KEYS)) return true;
        }
        return false;
    }

    /** Focus to the window's root, where the lesson's keys are. */
    private static void handBack(Slider slider) {
        if (slider.getScene() != null && slider.isFocused()) slider.getScene().getRoot().requestFocus();
    }
}
