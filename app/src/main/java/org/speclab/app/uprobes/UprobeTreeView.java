package org.speclab.app.uprobes;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.speclab.app.theme.ThreadBadge;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;
import org.speclab.app.uprobes.UprobeTreeModel.Fate;
import org.speclab.app.uprobes.UprobeTreeModel.Held;
import org.speclab.app.uprobes.UprobeTreeModel.InodeRow;
import org.speclab.app.uprobes.UprobeTreeModel.NodeRow;
import org.speclab.app.uprobes.UprobeTreeModel.ReaderTag;
import org.speclab.app.uprobes.UprobeTreeModel.SlotRow;
import org.speclab.app.uprobes.UprobeTreeModel.Status;

/**
 * Inodes and the uprobes tree: {@code uprobes_seqcount} (shaded while odd) and the treelock on top, the inode
 * slots on the left, the tree's nodes in key order on the right with the uprobes that left it below. A reader's
 * held uprobe carries its marker: "cpu0 ✓", or red "✗ wrong uprobe". Only binds and renders the model.
 */
public final class UprobeTreeView extends VBox {
    private final UprobeTreeViewModel vm;
    private final Label seq = new Label();
    private final Label seqState = new Label();
    private final Label lock = new Label();
    private final Label wrong = new Label();
    private final FlowPane inodes = new FlowPane();
    private final ScrollPane scroll = new ScrollPane();
    private final VBox tree = new VBox();
    private final VBox nodes = new VBox();
    private final VBox outOfTree = new VBox();
    private final Label outTitle = new Label("out of the tree");
    private final ChangeListener<UprobeTreeModel> onModel = (o, a, m) -> render(m);

    public UprobeTreeView(UprobeTreeViewModel vm) {
        this.vm = vm;
        setId("uprobes-view");
        createView();
        vm.modelProperty().addListener(onModel);
        render(vm.model());
    }

    private void createView() {
        Label seqName = new Label("uprobes_seqcount");
        seqName.getStyleClass().addAll("seq-name", Styles.MONO);
        seq.setId("uprobes-seq");
        seq.getStyleClass().addAll("seq-value", Styles.MONO);
        seqState.setId("uprobes-seq-state");
        seqState.getStyleClass().add("seq-state");
        lock.setId("uprobes-lock");
        lock.getStyleClass().addAll("lock", Styles.MONO);
        HBox seqBox = new HBox(seqName, seq, seqState);
        seqBox.getStyleClass().add("seq-box");
        seqBox.setAlignment(Pos.BASELINE_LEFT);
        seqBox.setMinWidth(Region.USE_PREF_SIZE);
        lock.setMinWidth(Region.USE_PREF_SIZE);
        // the lock goes to a second line when the card is narrow, instead of both being cut short
        FlowPane top = new FlowPane(seqBox, lock);
        top.setId("uprobes-top");
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPrefWrapLength(10);

        wrong.setId("uprobes-wrong");
        wrong.getStyleClass().add("wrong-banner");
        wrong.setWrapText(true);
        wrong.setMaxWidth(Double.MAX_VALUE);
        wrong.setMinHeight(Region.USE_PREF_SIZE);
        wrong.managedProperty().bind(wrong.visibleProperty());

        inodes.setId("uprobes-inodes");
        inodes.getStyleClass().add("inode-strip");
        inodes.setPrefWrapLength(10);   // wrap at the card's width
        nodes.setId("uprobes-nodes");
        nodes.getStyleClass().add("rows");
        outOfTree.setId("uprobes-out");
        outOfTree.getStyleClass().add("rows");
        outTitle.getStyleClass().add("section-title");
        outTitle.managedProperty().bind(outTitle.visibleProperty());
        tree.setId("uprobes-tree");
        tree.getStyleClass().add("tree-box");
        tree.getChildren().addAll(title("uprobes_tree · sorted by (inode address, offset)"), nodes, outTitle, outOfTree);

        // inodes are few: one strip of chips on top, so the tree gets the card's full width
        VBox content = new VBox(inodes, tree);
        content.getStyleClass().add("content");
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, wrong, scroll);
        setMinSize(0, 0);
    }

    /**
     * As tall as its parts at this width: the scroll pane would ask its content's height for no width, every chip on
     * a line of its own (the fitted card above scales this view by it, so an inflated height shrinks the card).
     */
    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? -1 : Math.max(0, width - snappedLeftInset() - snappedRightInset());
        double h = snappedTopInset() + snappedBottomInset();
        int shown = 0;
        for (Node c : getManagedChildren()) {
            h += c == scroll ? scroll.snappedTopInset() + scroll.getContent().prefHeight(w) + scroll.snappedBottomInset() : c.prefHeight(w);
            shown++;
        }
        return h + getSpacing() * Math.max(0, shown - 1);
    }

    private void render(UprobeTreeModel m) {
        seq.setText(Integer.toString(m.seq()));
        seqState.setText(m.seqText());
        seq.pseudoClassStateChanged(Styles.ODD, m.seqOdd());
        seqState.pseudoClassStateChanged(Styles.ODD, m.seqOdd());
        tree.pseudoClassStateChanged(Styles.ODD, m.seqOdd());
        Motion.flash(seq, m.seqChanged());
        lock.setText(m.lockText());
        lock.pseudoClassStateChanged(Styles.CURRENT, m.lockHeld());
        wrong.setText(m.wrongText());
        wrong.setTooltip(m.wrong() ? new Tooltip(m.wrongDetail()) : null);
        wrong.setVisible(m.wrong());
        wrong.pseudoClassStateChanged(Styles.VIOLATION, m.wrong());

        inodes.getChildren().setAll(title("inodes"));
        inodes.getChildren().addAll(m.inodes().stream().map(this::inodeRow).toList());
        nodes.getChildren().setAll(m.nodes().stream().map(this::nodeRow).toList());
        if (m.nodes().isEmpty()) nodes.getChildren().add(muted("empty"));
        outOfTree.getChildren().setAll(m.outOfTree().stream().map(this::slotRow).toList());
        outTitle.setVisible(!m.outOfTree().isEmpty());
        Node held = firstHeld();
        if (held != null) Platform.runLater(() -> ensureVisible(held));
    }

    /** The first row a reader holds, a wrong one first: it must not hide below the card's edge. */
    private Node firstHeld() {
        Node hit = null;
        for (VBox box : List.of(nodes, outOfTree)) {
            for (Node n : box.getChildren()) {
                if (n.getPseudoClassStates().contains(Styles.VIOLATION)) return n;
                if (hit == null && n instanceof Pane p && p.getChildren().stream().anyMatch(c -> c.getStyleClass().contains("reader-tag"))) hit = n;
            }
        }
        return hit;
    }

    private void ensureVisible(Node node) {
        Node content = scroll.getContent();
        double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (extra <= 0 || node.getScene() == null) return;
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double view = scroll.getViewportBounds().getHeight();
        double top = scroll.getVvalue() * extra;
        double y;
        if (b.getMinY() < top) y = b.getMinY() - 4;
        else if (b.getMaxY() > top + view) y = Math.min(b.getMinY() - 4, b.getMaxY() - view + 4);
        else return;
        scroll.setVvalue(Math.max(0, Math.min(1, y / extra)));
    }

    private Node inodeRow(InodeRow r) {
        Label addr = mono(r.address(), "address");
        Label name = new Label(r.name());
        name.getStyleClass().add("name");
        Label detail = muted("i_count " + r.count() + " · gen " + r.gen());
        Label status = new Label(r.status().name());
        status.getStyleClass().add("status");
        HBox line = new HBox(addr, name, detail, status);
        line.getStyleClass().add("chip-line");
        line.setAlignment(Pos.CENTER_LEFT);
        detail.setMinWidth(0);
        // a chip is as wide as its text; a reader's marker goes on a second line so the chip stays narrow
        VBox row = new VBox(line);
        row.setId("inode-" + r.index());
        row.getStyleClass().addAll("row", "inode-chip");
        row.maxWidthProperty().bind(inodes.widthProperty());
        row.pseudoClassStateChanged(Styles.FREE, r.status() == Status.FREE);
        row.pseudoClassStateChanged(Styles.RETURNED, r.status() == Status.RETURNED);
        if (!r.readers().isEmpty()) {
            FlowPane marks = new FlowPane();
            marks.getStyleClass().add("chip-tags");
            marks.setPrefWrapLength(10);   // as wide as the widest marker, not 400 px
            row.getChildren().add(marks);
            tags(row, marks, r.readers(), "inode-tag-", true);
        }
        Motion.flash(row, r.changed());
        return row;
    }

    private Node nodeRow(NodeRow r) {
        Label key = mono(r.text(), "key");
        Label detail = muted(r.inodeName() + " · " + r.detail());
        FlowPane row = row("unode-" + r.uprobe(), key, detail);
        tags(row, row, r.readers(), "held-", true);
        Motion.flash(row, r.changed());
        return row;
    }

    private Node slotRow(SlotRow r) {
        Label name = mono(r.name() + " " + r.address(), "key");
        Label fate = new Label((r.fate() == Fate.ERASED_WAITING ? "◔ " : r.fate() == Fate.ERASED ? "− " : "✕ ") + r.fateText());
        fate.getStyleClass().add("fate");
        Label detail = muted(r.detail());
        // identity and values first (one line where the card is wide enough), then its fate: a line saved where the
        // quiz about this uprobe leaves the state little height
        FlowPane row = row("uprobe-slot-" + r.index(), name, detail, fate);
        row.getStyleClass().add("slot-row");
        row.pseudoClassStateChanged(Styles.FREE, r.fate() == Fate.FREED);
        row.pseudoClassStateChanged(Styles.RETURNED, r.fate() == Fate.RETURNED);
        row.pseudoClassStateChanged(Styles.STALE, r.fate() == Fate.ERASED_WAITING || r.fate() == Fate.ERASED);
        tags(row, row, r.readers(), "held-", false);
        Motion.flash(row, r.changed());
        return row;
    }

    /**
     * Reader markers on a row. The row turns red (and bold) when a tag is a wrong uprobe; with {@code markRow} it
     * also takes the tag's state (blue = held/pointed at, amber = stale), else it keeps its own (an erased slot).
     */
    private static void tags(Node row, Pane into, List<ReaderTag> tags, String idPrefix, boolean markRow) {
        boolean wrongTag = false;
        boolean stale = false;
        boolean hit = false;
        for (ReaderTag t : tags) {
            ThreadBadge badge = new ThreadBadge(t.text(), t.threadIndex(), ThreadBadge.Role.READER);
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.setId(idPrefix + t.thread());
            badge.getStyleClass().add("reader-tag");
            badge.pseudoClassStateChanged(Styles.VIOLATION, t.held() == Held.WRONG);
            badge.pseudoClassStateChanged(Styles.STALE, t.held() == Held.STALE || t.held() == Held.UNVALIDATED);
            badge.pseudoClassStateChanged(Styles.HIT, t.held() == Held.CORRECT);
            wrongTag |= t.held() == Held.WRONG;
            stale |= t.held() == Held.STALE || t.held() == Held.UNVALIDATED;
            hit |= t.held() == Held.CORRECT;
            into.getChildren().add(badge);
        }
        row.pseudoClassStateChanged(Styles.VIOLATION, wrongTag);
        if (!markRow) return;
        row.pseudoClassStateChanged(Styles.STALE, stale && !wrongTag);
        row.pseudoClassStateChanged(Styles.HIT, hit && !stale && !wrongTag);
    }

    private static FlowPane row(String id, Node... children) {
        FlowPane row = new FlowPane(children);
        row.setId(id);
        row.getStyleClass().add("row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(0);
        row.setPrefWrapLength(10);   // wrap to the column's width instead of a fixed 400 px
        return row;
    }


    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label mono(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClass, Styles.MONO);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    /** Stops listening to the view-model (the skin lifecycle's dispose()). */
    public void dispose() { vm.modelProperty().removeListener(onModel); }
}
