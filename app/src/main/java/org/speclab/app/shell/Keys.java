package org.speclab.app.shell;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.speclab.app.theme.Styles;

/**
 * Keyboard and presenter clicker. The lesson drives: Space/→/PageDown take the next step of the lesson's script
 * (held while a quiz waits), ←/PageUp step back, Home/End go to its first/last step, G or Ctrl+G to step N,
 * Backspace back onto the script where the run left it. Stepping a chosen CPU is explicit: 1–9 select it, Enter
 * steps it. While a quiz is open, digits pick a choice and Enter (or a clicker's F5) reveals. R runs/pauses,
 * C checks, P projector mode, B (or .) blanks the screen, L opens the lesson browser (Esc returns), N the
 * presenter view, Ctrl+O a file or trace code. While the browser shows, ↑/↓ (or a clicker's PageUp/PageDown) move
 * between its rows and Enter or Space open the focused one; the keys that step a lesson do nothing behind it.
 * Z then a panel's number maximises it, Z then 0 shows every panel, Esc returns; Ctrl+= / Ctrl+- / Ctrl+0 scale the type.
 * A chart slider focused by Tab keeps the arrows, PageUp/PageDown and Home/End (Esc gives them back); one moved with
 * the mouse gives them back on release.
 */
final class Keys {
    private final ShellViewModel vm;
    /** The lesson browser whose rows the keys drive while it shows; null in a window without one. */
    private final StartPanel browser;
    /** The keys that step or run the lesson: behind the browser they would move a lesson nobody sees. */
    private static final java.util.Set<KeyCode> LESSON_KEYS = java.util.EnumSet.of(KeyCode.SPACE, KeyCode.RIGHT, KeyCode.LEFT,
            KeyCode.PAGE_DOWN, KeyCode.PAGE_UP, KeyCode.HOME, KeyCode.END, KeyCode.BACK_SPACE, KeyCode.G, KeyCode.ENTER, KeyCode.F5, KeyCode.R);
    /** The keys a focused {@link Styles#OWNS_KEYS} control keeps; Space, Enter and the rest still drive the lesson. */
    private static final java.util.Set<KeyCode> SLIDER_KEYS = java.util.EnumSet.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN,
            KeyCode.KP_LEFT, KeyCode.KP_RIGHT, KeyCode.KP_UP, KeyCode.KP_DOWN, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN, KeyCode.HOME, KeyCode.END);

    /** Z was pressed: the next digit names a panel to maximise. */
    private boolean zoomPending;

    Keys(ShellViewModel vm, StartPanel browser) {
        this.vm = vm;
        this.browser = browser;
    }

    void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
        root.getProperties().put(Styles.LESSON_KEYS, Boolean.TRUE);
    }

    private void handle(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) return;
        // a focused chart slider moves with these keys, and the lesson must not move with it
        if (e.getTarget() instanceof Node n && n.getStyleClass().contains(Styles.OWNS_KEYS) && SLIDER_KEYS.contains(e.getCode())) return;
        var s = vm.stepper();
        var quiz = vm.narration();
        KeyCode k = e.getCode();
        boolean quizOpen = quiz.holding();
        boolean used = true;
        boolean zoom = zoomPending;
        zoomPending = false;
        if (layoutKey(e, k, zoom)) {
            e.consume();
            return;
        }
        if (browser != null && vm.browsingProperty().get() && !vm.blankProperty().get()) {
            if (browser.key(k)) {
                e.consume();
                return;
            }
            // consumed: nor may an arrow move the focus off the browser's row
            if (LESSON_KEYS.contains(k) || digit(k) >= 1) {
                e.consume();
                return;
            }
        }
        if (vm.blankProperty().get() && k != KeyCode.B && k != KeyCode.PERIOD) {
            vm.blankProperty().set(false);
        } else if (k == KeyCode.SPACE || k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN) {
            vm.next();
        } else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP) {
            s.stepBack();
        } else if (k == KeyCode.HOME) {
            s.home();
        } else if (k == KeyCode.END) {
            s.end();
        } else if (k == KeyCode.BACK_SPACE) {
            s.backToScript();
        } else if (k == KeyCode.G) {
            vm.goToStepDialog(window(e));
        } else if ((k == KeyCode.ENTER || k == KeyCode.F5) && quizOpen) {
            quiz.reveal();
        } else if (k == KeyCode.ENTER) {
            s.stepSelected();
        } else if (quizOpen && digit(k) >= 1) {
            quiz.pick(digit(k));
        } else if (k == KeyCode.B || k == KeyCode.PERIOD) {
            vm.blankProperty().set(!vm.blankProperty().get());
        } else if (k == KeyCode.R || k == KeyCode.F5) {
            vm.playback().toggle();
        } else if (k == KeyCode.C && !e.isShortcutDown()) {
            vm.check();
        } else if (k == KeyCode.P) {
            vm.projectorProperty().set(!vm.projectorProperty().get());
        } else if (k == KeyCode.N) {
            vm.togglePresenter();
        } else if (k == KeyCode.L) {
            vm.showBrowser();
        } else if (k == KeyCode.ESCAPE && vm.browsingProperty().get() && vm.loadedProperty().get()) {
            vm.closeBrowser();
        } else if (k == KeyCode.O && e.isShortcutDown()) {
            vm.openDialog(window(e));
        } else if (digit(k) >= 1 && digit(k) <= s.choices().size()) {
            s.selectedProperty().set(digit(k) - 1);
        } else {
            used = false;
        }
        if (used) e.consume();
    }

    /** Panel and type-size keys; true when the key was one of them. */
    private boolean layoutKey(KeyEvent e, KeyCode k, boolean zoom) {
        var layout = vm.layout();
        if (e.isShortcutDown() && (k == KeyCode.EQUALS || k == KeyCode.PLUS || k == KeyCode.ADD)) layout.zoomIn();
        else if (e.isShortcutDown() && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) layout.zoomOut();
        else if (e.isShortcutDown() && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) layout.zoomReset();
        else if (k == KeyCode.Z && !e.isShortcutDown()) zoomPending = true;
        else if (zoom && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) layout.allPanelsProperty().set(!layout.allPanelsProperty().get());
        else if (zoom && k.isDigitKey() && digit(k) >= 1 && digit(k) <= vm.shownPanels().size()) layout.toggleMaximised(vm.shownPanels().get(digit(k) - 1));
        else return k == KeyCode.ESCAPE && layout.restore();
        return true;
    }


    private static javafx.stage.Window window(KeyEvent e) { return ((Node) e.getSource()).getScene().getWindow(); }

    /** 1–9 from the digit row or the keypad, else -1. */
    private static int digit(KeyCode k) {
        if (!k.isDigitKey()) return -1;
        String name = k.getName();
        char c = name.charAt(name.length() - 1);
        return Character.isDigit(c) ? c - '0' : -1;
    }
}
