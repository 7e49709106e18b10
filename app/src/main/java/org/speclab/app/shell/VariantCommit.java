package org.speclab.app.shell;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.speclab.engine.variant.Variant;

/**
 * The variant picker commits a choice on Enter or a click, never on the highlight: arrowing through the list
 * re-runs nothing. Leaving the picker without committing shows the variant that is running again.
 */
final class VariantCommit {
    private final ComboBox<Variant> picker;
    private final ObjectProperty<Variant> running;
    private boolean syncing;

    private VariantCommit(ComboBox<Variant> picker, ObjectProperty<Variant> running) {
        this.picker = picker;
        this.running = running;
    }

    static void install(ComboBox<Variant> picker, ObjectProperty<Variant> running) {
        new VariantCommit(picker, running).wire();
    }

    private void wire() {
        show(running.get());
        running.addListener((o, a, b) -> show(b));
        // the popup closes on a click or Enter on an entry
        picker.setOnHidden(e -> commit());
        picker.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !picker.isShowing()) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !picker.isShowing()) {
                show(running.get());
            }
        });
        picker.focusedProperty().addListener((o, a, focused) -> {
            if (!focused && !picker.isShowing()) show(running.get());
        });
    }

    private void commit() {
        Variant v = picker.getValue();
        if (syncing || v == null || v.equals(running.get())) return;
        running.set(v);
    }

    private void show(Variant v) {
        syncing = true;
        picker.setValue(v);
        syncing = false;
    }
}
