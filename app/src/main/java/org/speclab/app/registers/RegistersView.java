package org.speclab.app.registers;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.speclab.app.layout.Beside;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;
import org.speclab.app.theme.ThreadBadge;

/**
 * Reader registers: a table with one row per reader CPU and one column per lookup local (one reader: each local's
 * name beside its value, wrapping like words), filled in as the
 * reader loads them; the local this step loaded flashes, and a torn vm_start/vm_pgoff pair is amber with a note.
 */
public final class RegistersView extends VBox {
    private final RegistersViewModel vm;
    /** One column per local (its name over each reader's value); columns wrap into a second band when narrow. */
    private final FlowPane table = new FlowPane();
    private final VBox notes = new VBox();

    public RegistersView(RegistersViewModel vm) {
        this.vm = vm;
        setId("registers-view");
        table.setId("registers-table");
        notes.setId("registers-notes");
        // one band of columns (wide enough), the notes beside it when the card is wide, else below it
        table.setPrefWrapLength(Double.MAX_VALUE);
        getChildren().add(Beside.rest(table, notes, 16, this::em, 12));
        vm.rows().addListener((ListChangeListener<RegistersViewModel.Row>) c -> render());
        render();
    }

    private void render() {
        table.getChildren().clear();
        notes.getChildren().clear();
        if (vm.rows().size() == 1) {
            oneReader(vm.rows().get(0));
        } else {
            table();
        }
        notes();
    }

    /** One reader: its badge, then each local's name beside its value, wrapping like words (half the height of columns). */
    private void oneReader(RegistersViewModel.Row row) {
        table.getChildren().add(cell(new ThreadBadge(row.name(), row.thread(), ThreadBadge.Role.READER)));
        for (int c = 0; c < RegistersViewModel.HEADS.size(); c++) {
            Label head = head(RegistersViewModel.HEADS.get(c));
            javafx.scene.layout.HBox pair = new javafx.scene.layout.HBox(head, value(row, c));
            pair.getStyleClass().add("register-pair");
            pair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            pair.setMinWidth(Label.USE_PREF_SIZE);
            table.getChildren().add(cell(pair));
        }
    }

    /** Readers: the badges head each row; the locals follow as columns that wrap like words. */
    private void table() {
        VBox names = column(null);
        for (RegistersViewModel.Row row : vm.rows()) names.getChildren().add(cell(new ThreadBadge(row.name(), row.thread(), ThreadBadge.Role.READER)));
        table.getChildren().add(names);
        for (int c = 0; c < RegistersViewModel.HEADS.size(); c++) {
            VBox col = column(RegistersViewModel.HEADS.get(c));
            for (RegistersViewModel.Row row : vm.rows()) col.getChildren().add(cell(value(row, c)));
            table.getChildren().add(col);
        }
    }

    /** A reader's local {@code c}: amber when torn, muted while not loaded, flashing when this step loaded it. */
    private static Label value(RegistersViewModel.Row row, int c) {
        RegistersViewModel.Cell cell = row.cells().get(c);
        Label value = new Label(cell.text());
        value.setId("register-" + row.name() + "-" + RegistersViewModel.HEADS.get(c));
        value.getStyleClass().addAll("register-value", Styles.MONO);
        value.setMinWidth(Label.USE_PREF_SIZE);
        value.pseudoClassStateChanged(Styles.STALE, cell.torn());
        value.pseudoClassStateChanged(EMPTY, !cell.loaded());
        Motion.flash(value, cell.changed());
        return value;
    }

    private void notes() {
        for (RegistersViewModel.Row row : vm.rows()) {
            if (!row.note().isEmpty()) {
                Label note = new Label(row.name() + ": " + row.note());
                note.setId("register-note-" + row.name());
                note.getStyleClass().add("register-note");
                note.pseudoClassStateChanged(Styles.STALE, row.note().startsWith("⚠"));
                note.setWrapText(true);
                note.setMinHeight(Label.USE_PREF_SIZE);
                notes.getChildren().add(note);
            }
        }
        if (vm.rows().isEmpty()) {
            Label none = new Label("No reader CPU in this lesson.");
            none.getStyleClass().add("register-note");
            notes.getChildren().add(none);
        }
        notes.setManaged(!notes.getChildren().isEmpty());
        notes.setVisible(notes.isManaged());
    }

    /** The size of the values' type, in px: the notes go beside the table when they get 16 of it. */
    private double em() {
        for (javafx.scene.Node n : table.lookupAll(".register-value")) if (n instanceof Label l) return l.getFont().getSize();
        return javafx.scene.text.Font.getDefault().getSize();
    }

    /** A column: the local's name (blank over the badges), then one cell per reader. */
    private static VBox column(String head) {
        VBox col = new VBox(head(head == null ? " " : head));
        col.getStyleClass().add("register-column");
        return col;
    }

    private static Label head(String text) {
        Label name = new Label(text);
        name.getStyleClass().addAll("register-head", Styles.MONO);
        name.setMinWidth(Label.USE_PREF_SIZE);
        return name;
    }

    /** Every cell of a row has the same height, so badges and values line up across columns. */
    private static javafx.scene.Node cell(javafx.scene.Node content) {
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(content);
        box.getStyleClass().add("register-cell");
        javafx.scene.layout.StackPane.setAlignment(content, javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static final javafx.css.PseudoClass EMPTY = javafx.css.PseudoClass.getPseudoClass("empty");
}
