package org.speclab.app.vmatree;

import java.util.List;
import javafx.animation.FadeTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.HBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.speclab.app.slab.ThreadTag;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;

/**
 * The VMA slots (every slot ever allocated) with their own fields: where a field differs from what the tree still
 * maps, it is marked stale with a note under the row; fields the last step wrote are highlighted and fade in.
 */
final class SlotTable extends GridPane {
    private static final List<String> FIELDS = List.of("vm_start", "vm_end", "vm_pgoff", "vm_file");

    SlotTable() {
        setId("vma-slots");
        getStyleClass().add("vma-slots");
        for (int c = 0; c < 5; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(c == 4 ? Priority.ALWAYS : Priority.SOMETIMES);
            getColumnConstraints().add(cc);
        }
    }

    void show(VmaScene scene) {
        getChildren().clear();
        int r = 0;
        add(header("slot"), 0, r);
        for (int c = 0; c < FIELDS.size(); c++) add(header(FIELDS.get(c)), c + 1, r);
        for (VmaRow row : scene.rows()) {
            r++;
            String id = "vma-slot-" + row.index();
            add(title(row, id), 0, r);
            for (int c = 0; c < FIELDS.size(); c++) add(value(row, row.field(FIELDS.get(c)), id), c + 1, r);
            for (VmaField f : row.fields()) {
                if (!f.stale()) continue;
                r++;
                Label note = new Label("⚠ " + f.name() + ": " + f.note());
                note.setId(id + "-" + f.name() + "-note");
                note.getStyleClass().add("vma-slot-note");
                note.setWrapText(true);
                note.pseudoClassStateChanged(Styles.STALE, true);
                // under the whole row, so it stays on one line where the field columns alone are too narrow
                add(note, 0, r, 5, 1);
            }
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll("vma-slot-header", Styles.MONO);
        return l;
    }

    private static Node title(VmaRow row, String id) {
        Label name = new Label(row.title());
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setId(id);
        name.getStyleClass().add("vma-slot-title");
        Label status = new Label(row.status().word());
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.setId(id + "-status");
        status.getStyleClass().add("vma-slot-status");
        status.pseudoClassStateChanged(Styles.CHANGED, row.statusChanged());
        status.pseudoClassStateChanged(Styles.FREE, row.status() == VmaStatus.FREE);
        status.pseudoClassStateChanged(Styles.RETURNED, row.status() == VmaStatus.RETURNED);
        status.pseudoClassStateChanged(Styles.STALE, row.status() == VmaStatus.UNLINKED || row.status() == VmaStatus.WAITS_FOR_RCU);
        if (row.statusChanged()) fadeIn(status);
        HBox head = new HBox(name, pointers(row));
        head.getStyleClass().add("vma-slot-head");
        VBox box = new VBox(head, status);
        box.getStyleClass().add("vma-slot-cell");
        return box;
    }

    private static Node value(VmaRow row, VmaField f, String id) {
        Label v = new Label(f.value());
        v.setMinWidth(Region.USE_PREF_SIZE);
        v.setId(id + "-" + f.name());
        v.getStyleClass().addAll("vma-slot-value", Styles.MONO);
        v.pseudoClassStateChanged(Styles.CHANGED, f.changed());
        v.pseudoClassStateChanged(Styles.STALE, f.stale());
        v.pseudoClassStateChanged(Styles.FREE, !row.status().live());
        if (f.changed()) fadeIn(v);
        return v;
    }

    /** Readers holding this slot, beside its name. */
    private static Node pointers(VmaRow row) {
        HBox tags = new HBox();
        tags.getStyleClass().add("vma-slot-pointers");
        for (VmaPointer p : row.pointers()) {
            ThreadTag t = new ThreadTag("vma-row-pointer-" + p.threadName(), p.threadName(), p.thread(), Styles.READER, "");
            t.pseudoClassStateChanged(Styles.STALE, p.state().stale());
            t.pseudoClassStateChanged(Styles.VIOLATION, p.state().violation());
            tags.getChildren().add(t);
        }
        return tags;
    }

    private static void fadeIn(Node n) {
        if (Motion.instant()) return;
        FadeTransition f = new FadeTransition(Motion.duration(), n);
        f.setFromValue(0.15);
        f.setToValue(1);
        f.play();
    }
}
