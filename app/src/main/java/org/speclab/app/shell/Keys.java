package org.speclab.app.shell;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard and presenter clicker: Space/→/PageDown step the selected CPU, ←/PageUp step back, 1–9 choose the
 * CPU, Home/End jump, R runs/pauses, C checks, P projector mode, B (or .) blanks the screen.
 */
final class Keys {
    private final ShellViewModel vm;

    Keys(ShellViewModel vm) { this.vm = vm; }

    void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::handle);
    }

    private void handle(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) return;
        var s = vm.stepper();
        KeyCode k = e.getCode();
        boolean used = true;
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

    private static int digit(KeyCode k) {
        String name = k.getName();
        return Character.isDigit(name.charAt(name.length() - 1)) ? name.charAt(name.length() - 1) - '0' : -1;
    }
}
