package org.speclab.app.shell;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard and presenter clicker: Space/→/PageDown step the selected CPU, ←/PageUp step back, 1–9 choose the
 * CPU, Home/End jump, R runs/pauses, C checks, P projector mode, B (or .) blanks the screen. Z then a panel's
 * number maximises it, Z then 0 shows every panel, Esc returns; Ctrl+= / Ctrl+- / Ctrl+0 scale the type.
 */
final class Keys {
    private final ShellViewModel vm;
    /** Z was pressed: the next digit names a panel to maximise. */
    private boolean zoomPending;

    Keys(ShellViewModel vm) { this.vm = vm; }

    void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
    }

    private void handle(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) return;
        var s = vm.stepper();
        KeyCode k = e.getCode();
        boolean used = true;
        boolean zoom = zoomPending;
        zoomPending = false;
        if (layoutKey(e, k, zoom)) {
            e.consume();
            return;
        }
        if (vm.blankProperty().get() && k != KeyCode.B && k != KeyCode.PERIOD) {
            vm.blankProperty().set(false);
        } else if (k == KeyCode.SPACE || k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN) {
            s.stepSelected();
        } else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP) {
            s.stepBack();
        } else if (k == KeyCode.HOME) {
            s.home();
        } else if (k == KeyCode.END) {
            s.end();
        } else if (k == KeyCode.B || k == KeyCode.PERIOD) {
            vm.blankProperty().set(!vm.blankProperty().get());
        } else if (k == KeyCode.R) {
            vm.playback().toggle();
        } else if (k == KeyCode.C && !e.isShortcutDown()) {
            vm.check();
        } else if (k == KeyCode.P) {
            vm.projectorProperty().set(!vm.projectorProperty().get());
        } else if (k == KeyCode.O && e.isShortcutDown()) {
            vm.openDialog(((Node) e.getSource()).getScene().getWindow());
        } else if (k.isDigitKey() && digit(k) >= 1 && digit(k) <= s.choices().size()) {
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

    private static int digit(KeyCode k) {
        String name = k.getName();
        return Character.isDigit(name.charAt(name.length() - 1)) ? name.charAt(name.length() - 1) - '0' : -1;
    }
}
