package org.speclab.app.registers;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;
import org.speclab.app.theme.ThreadBadge;

/**
 * Reader registers: a table with one row per reader CPU and one column per lookup local, filled in as the
 * reader loads them; the local this step loaded flashes, and a torn vm_start/vm_pgoff pair is amber with a note.
 */
public final class RegistersView extends VBox {
    private final RegistersViewModel vm;
    private final GridPane table = new GridPane();
    private final VBox notes = new VBox();

    public RegistersView(RegistersViewModel vm) {
        this.vm = vm;
        setId("registers-view");
        table.setId("registers-table");
        notes.setId("registers-notes");
        getChildren().addAll(table, notes);
        vm.rows().addListener((ListChangeListener<RegistersViewModel.Row>) c -> render());
        render();
    }

    private void render() {
        table.getChildren().clear();
        notes.getChildren().clear();
        for (int c = 0; c < RegistersViewModel.HEADS.size(); c++) {
            Label head = new Label(RegistersViewModel.HEADS.get(c));
            head.getStyleClass().addAll("register-head", Styles.MONO);
            head.setMinWidth(Label.USE_PREF_SIZE);
            table.add(head, c + 1, 0);
        }
        int r = 1;
        for (RegistersViewModel.Row row : vm.rows()) {
            ThreadBadge badge = new ThreadBadge(row.name(), row.thread(), ThreadBadge.Role.READER);
            table.add(badge, 0, r);
            for (int c = 0; c < row.cells().size(); c++) {
                RegistersViewModel.Cell cell = row.cells().get(c);
                Label value = new Label(cell.text());
                value.setId("register-" + row.name() + "-" + RegistersViewModel.HEADS.get(c));
                value.getStyleClass().addAll("register-value", Styles.MONO);
                value.setMinWidth(Label.USE_PREF_SIZE);
                value.pseudoClassStateChanged(Styles.STALE, cell.torn());
                value.pseudoClassStateChanged(EMPTY, !cell.loaded());
                Motion.flash(value, cell.changed());
                table.add(value, c + 1, r);
            }
            if (!row.note().isEmpty()) {
                Label note = new Label(row.name() + ": " + row.note());
                note.setId("register-note-" + row.name());
                note.getStyleClass().add("register-note");
                note.pseudoClassStateChanged(Styles.STALE, row.note().startsWith("⚠"));
                note.setWrapText(true);
                note.setMinHeight(Label.USE_PREF_SIZE);
                notes.getChildren().add(note);
            }
            r++;
        }
        if (vm.rows().isEmpty()) {
            Label none = new Label("No reader CPU in this lesson.");
            none.getStyleClass().add("register-note");
            notes.getChildren().add(none);
        }
    }

    private static final javafx.css.PseudoClass EMPTY = javafx.css.PseudoClass.getPseudoClass("empty");
}
