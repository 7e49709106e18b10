package org.speclab.app.vmatree;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;

/**
 * The VMA slots (every slot ever allocated) with their own fields: where a field differs from what the tree still
 * maps, it is marked stale with a note under the row; fields the last step wrote are highlighted and fade in. What
 * the strip shows is not said again: a slot's state word is here only when the strip has no block for it (freed,
 * no reader on it), and the readers' pointers are the strip's arrows.
 * <p>
 * It takes the form that is shortest in the width it gets, so a narrow card keeps its type large: a row on one
 * line (name, state, the fields, and a note beside them when it fits); the state under the name, wrapped as the
 * width needs; and, when even that is too wide, {@code vm_start} over {@code vm_end} in one column. Notes under a
 * row wrap to the table's width.
 * Its minimum width is that of the narrowest form, so the card above sees what it really needs.
 */
final class SlotTable extends Region {
    /** The row's forms, most room-hungry in width first. */
    enum Form { ONE_LINE, STATE_UNDER, RANGE_STACKED }

    private final Label slotHead = header("slot");
    private final Label startHead = header("vm_start");
    private final Label endHead = header("vm_end");
    private final Label pgoffHead = header("vm_pgoff");
    private final Label fileHead = header("vm_file");
    private final List<Cells> rows = new ArrayList<>();

    /**
     * One slot's nodes: its name, its state (null when the strip shows the slot: its lane
     * and its block say the state there), its four fields and its notes.
     */
    private record Cells(Label name, Label status, Label start, Label end, Label pgoff, Label file, List<Label> notes) {
        List<Label> values() { return List.of(start, end, pgoff, file); }

        double statusWidth() { return status == null ? 0 : w(status); }

        double statusWord() { return status == null ? 0 : longestWord(status); }

        /** The state's height on one line, or wrapped at {@code width} (0: no state here). */
        double statusHeight(double width) { return status == null ? 0 : Math.ceil(status.prefHeight(width)); }
    }

    /** The form and the slot column's width for a width, and the table's height so. */
    private record Plan(Form form, double slot, double height) {}

    SlotTable() {
        setId("vma-slots");
        getStyleClass().add("vma-slots");
    }

    void show(VmaScene scene) {
        rows.clear();
        List<Node> children = new ArrayList<>(List.of(slotHead, startHead, endHead, pgoffHead, fileHead));
        for (VmaRow row : scene.rows()) {
            String id = "vma-slot-" + row.index();
            List<Label> notes = new ArrayList<>();
            for (VmaField f : row.fields()) {
                if (!f.stale()) continue;
                Label note = new Label("⚠ " + f.name() + ": " + f.note());
                note.setId(id + "-" + f.name() + "-note");
                note.getStyleClass().add("vma-slot-note");
                note.setWrapText(true);
                note.setMinWidth(0);
                note.pseudoClassStateChanged(Styles.STALE, true);
                notes.add(note);
            }
            // a slot the strip shows has its state there (its lane, its block's word); the list says it for the others
            Label status = scene.blocksOf(row.index()).isEmpty() ? status(row, id) : null;
            Cells c = new Cells(name(row, id), status, value(row, row.field("vm_start"), id), value(row, row.field("vm_end"), id),
                    value(row, row.field("vm_pgoff"), id), value(row, row.field("vm_file"), id), notes);
            rows.add(c);
            children.add(c.name());
            if (status != null) children.add(status);
            children.addAll(c.values());
            children.addAll(notes);
        }
        getChildren().setAll(children);
        requestLayout();
    }

    /** The form the rows take at {@code width}. */
    Form form(double width) { return plan(width).form(); }

    @Override public Orientation getContentBias() { return Orientation.HORIZONTAL; }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + oneLineWidth() + in.getRight();
    }

    /** The narrowest form, its state wrapped at its longest word. */
    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + slotFloor() + gap() + stackedValuesWidth() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) { return plan(width < 0 ? prefWidth(-1) : width).height(); }

    @Override
    protected double computeMinHeight(double width) { return computePrefHeight(width); }

    // ---- measuring

    private double gap() { return startHead.getFont().getSize() * 0.6; }

    private double rowGap() { return startHead.getFont().getSize() * 0.25; }

    /** A node's width on one line (a label's skin's own measure, so it is never cut to "…"). */
    private static double w(Node n) {
        if (n instanceof Label l && (l.getText() == null || l.getText().isEmpty())) return 0;
        return Math.ceil(n.prefWidth(-1));
    }

    private static double h(Node n) { return Math.ceil(n.prefHeight(-1)); }

    private static double longestWord(Label l) {
        double widest = 0;
        for (String word : l.getText().split(" ")) {
            Text probe = new Text(word);
            probe.setFont(l.getFont());
            widest = Math.max(widest, Math.ceil(probe.getLayoutBounds().getWidth()) + l.snappedLeftInset() + l.snappedRightInset());
        }
        return widest;
    }

    private double column(Label head, java.util.function.Function<Cells, Label> cell) {
        double width = w(head);
        for (Cells c : rows) width = Math.max(width, w(cell.apply(c)));
        return width;
    }

    private double headWidth(Cells c) { return w(c.name()); }

    /** The slot column's least width: the name and the state's longest word. */
    private double slotFloor() {
        double width = w(slotHead);
        for (Cells c : rows) width = Math.max(width, Math.max(w(c.name()), c.statusWord()));
        return width;
    }

    /** The slot column's width with nothing wrapped: the name on a line, the state on the next. */
    private double slotFull() {
        double width = w(slotHead);
        for (Cells c : rows) width = Math.max(width, Math.max(headWidth(c), c.statusWidth()));
        return width;
    }

    private double oneLineSlotWidth() {
        double width = w(slotHead);
        for (Cells c : rows) width = Math.max(width, headWidth(c) + (c.status() == null ? 0 : gap() + c.statusWidth()));
        return width;
    }

    private double startW() { return column(startHead, Cells::start); }

    private double endW() { return column(endHead, Cells::end); }

    private double pgoffW() { return column(pgoffHead, Cells::pgoff); }

    private double fileW() { return column(fileHead, Cells::file); }

    private double valuesWidth() { return startW() + endW() + pgoffW() + fileW() + 3 * gap(); }

    private double stackedValuesWidth() { return Math.max(startW(), endW()) + pgoffW() + fileW() + 2 * gap(); }

    private double oneLineWidth() { return oneLineSlotWidth() + gap() + valuesWidth(); }

    /** The shortest form that fits {@code width} (the narrowest when none does), with its slot column's width. */
    private Plan plan(double width) {
        Insets in = getInsets();
        double inner = Math.max(1, width - in.getLeft() - in.getRight());
        List<Plan> fitting = new ArrayList<>();
        if (oneLineWidth() <= inner + 0.5) fitting.add(new Plan(Form.ONE_LINE, oneLineSlotWidth(), 0));
        double floor = slotFloor();
        double under = inner - gap() - valuesWidth();
        if (under >= floor - 0.5) fitting.add(new Plan(Form.STATE_UNDER, Math.min(slotFull(), under), 0));
        double stacked = inner - gap() - stackedValuesWidth();
        fitting.add(new Plan(Form.RANGE_STACKED, Math.min(slotFull(), Math.max(floor, stacked)), 0));
        Plan best = null;
        for (Plan p : fitting) {
            Plan measured = new Plan(p.form(), p.slot(), in.getTop() + height(p.form(), p.slot(), inner) + in.getBottom());
            if (best == null || measured.height() < best.height() - 0.5) best = measured;
        }
        return best;
    }

    private double headerHeight(Form form) { return form == Form.RANGE_STACKED ? 2 * h(startHead) : h(startHead); }

    /** Where the columns start: slot, vm_start, vm_end (under vm_start when stacked), vm_pgoff, vm_file, and after. */
    private double[] columns(Form form, double slot) {
        boolean stacked = form == Form.RANGE_STACKED;
        double gap = gap();
        double xStart = slot + gap;
        double xEnd = stacked ? xStart : xStart + startW() + gap;
        double xPgoff = stacked ? xStart + Math.max(startW(), endW()) + gap : xEnd + endW() + gap;
        double xFile = xPgoff + pgoffW() + gap;
        return new double[] {0, xStart, xEnd, xPgoff, xFile, xFile + fileW() + gap};
    }

    /** A row on one line: its first note beside its fields when it fits there. */
    private boolean noteBeside(Cells c, Form form, double slot, double width) {
        return form == Form.ONE_LINE && !c.notes().isEmpty() && columns(form, slot)[5] + w(c.notes().get(0)) <= width + 0.5;
    }

    private double rowHeight(Cells c, Form form, double slot, double width) {
        double value = h(c.start());
        double line = h(c.name());
        if (form == Form.ONE_LINE) {
            double one = Math.max(Math.max(line, c.statusHeight(-1)), value);
            return noteBeside(c, form, slot, width) ? Math.max(one, h(c.notes().get(0))) : one;
        }
        double left = line + c.statusHeight(slot);
        return Math.max(left, form == Form.RANGE_STACKED ? 2 * value : value);
    }

    private double height(Form form, double slot, double width) {
        double total = headerHeight(form);
        for (Cells c : rows) {
            total += rowGap() + rowHeight(c, form, slot, width);
            List<Label> below = noteBeside(c, form, slot, width) ? c.notes().subList(1, c.notes().size()) : c.notes();
            for (Label n : below) total += Math.ceil(n.prefHeight(width));
        }
        return total;
    }

    // ---- placing

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = Math.max(1, getWidth() - in.getLeft() - in.getRight());
        Plan p = plan(getWidth());
        Form form = p.form();
        boolean stacked = form == Form.RANGE_STACKED;
        double x0 = in.getLeft();
        double[] x = columns(form, p.slot());
        double y = in.getTop();
        double line = h(startHead);
        place(slotHead, x0, y);
        place(startHead, x0 + x[1], y);
        place(endHead, x0 + x[2], stacked ? y + line : y);
        place(pgoffHead, x0 + x[3], y);
        place(fileHead, x0 + x[4], y);
        y += headerHeight(form);
        for (Cells c : rows) {
            y += rowGap();
            double rowH = rowHeight(c, form, p.slot(), width);
            double firstH = h(c.name());
            place(c.name(), x0, y);
            if (c.status() == null) {
                // the strip says this slot's state
            } else if (form == Form.ONE_LINE) {
                place(c.status(), x0 + headWidth(c) + gap(), y + (firstH - h(c.status())) / 2);
            } else {
                c.status().resizeRelocate(x0, y + firstH, p.slot(), c.statusHeight(p.slot()));
            }
            double valueH = h(c.start());
            double vy = y + Math.max(0, (firstH - valueH) / 2);
            place(c.start(), x0 + x[1], vy);
            place(c.end(), x0 + x[2], stacked ? vy + valueH : vy);
            place(c.pgoff(), x0 + x[3], vy);
            place(c.file(), x0 + x[4], vy);
            List<Label> below = c.notes();
            if (noteBeside(c, form, p.slot(), width)) {
                Label n = c.notes().get(0);
                place(n, x0 + x[5], y + (firstH - h(n)) / 2);
                below = c.notes().subList(1, c.notes().size());
            }
            y += rowH;
            for (Label n : below) {
                double nh = Math.ceil(n.prefHeight(width));
                n.resizeRelocate(x0, y, width, nh);
                y += nh;
            }
        }
    }

    private static void place(Label l, double x, double y) { l.resizeRelocate(x, y, w(l), h(l)); }

    // ---- cells

    private static Label header(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll("vma-slot-header", Styles.MONO);
        return l;
    }

    private static Label name(VmaRow row, String id) {
        Label name = new Label(row.title());
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setId(id);
        name.getStyleClass().add("vma-slot-title");
        return name;
    }

    private static Label status(VmaRow row, String id) {
        Label status = new Label(row.status().word());
        status.setId(id + "-status");
        status.getStyleClass().add("vma-slot-status");
        status.setWrapText(true);
        status.setMinWidth(0);
        status.pseudoClassStateChanged(Styles.CHANGED, row.statusChanged());
        status.pseudoClassStateChanged(Styles.FREE, row.status() == VmaStatus.FREE);
        status.pseudoClassStateChanged(Styles.RETURNED, row.status() == VmaStatus.RETURNED);
        status.pseudoClassStateChanged(Styles.STALE, row.status() == VmaStatus.UNLINKED || row.status() == VmaStatus.WAITS_FOR_RCU);
        if (row.statusChanged()) fadeIn(status);
        return status;
    }

    private static Label value(VmaRow row, VmaField f, String id) {
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

    private static void fadeIn(Node n) {
        if (Motion.instant()) return;
        FadeTransition f = new FadeTransition(Motion.duration(), n);
        f.setFromValue(0.15);
        f.setToValue(1);
        f.play();
    }
}
