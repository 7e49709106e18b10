package org.speclab.app.decisions;

import org.speclab.app.theme.ThreadBadge;
import javafx.animation.FadeTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.css.PseudoClass;
import org.speclab.app.layout.TailList;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;

/**
 * Every hit, fallback and violation as one plain sentence, newest at the bottom (the oldest fold into one line when
 * the card is full): hits blue with ✓, fallbacks green with ↩, violations red and bold with ⚠. "Show cause" jumps to
 * the step that caused it.
 */
public final class DecisionsView extends VBox {
    private static final PseudoClass FALLBACK = PseudoClass.getPseudoClass("fallback");

    private final DecisionsViewModel vm;
    /** Newest at the bottom; older decisions fold into one line rather than scroll. */
    private final TailList list = new TailList(this::folded);
    private final Label empty = new Label("No decisions yet. Each hit, fallback and violation of a reader appears here as one sentence.");
    private final ListChangeListener<DecisionRow> onRows = c -> render();

    public DecisionsView(DecisionsViewModel vm) {
        this.vm = vm;
        setId("decisions-view");
        list.setId("decisions-list");
        list.getStyleClass().add("decisions");
        VBox.setVgrow(list, Priority.ALWAYS);
        empty.setId("decisions-empty");
        empty.getStyleClass().add("empty");
        empty.setWrapText(true);
        getChildren().add(list);
        vm.rows().addListener(onRows);
        render();
    }

    /** The fold line; with no decisions the only item is the placeholder, and a short card says just that. */
    private String folded(int n) {
        if (vm.rows().isEmpty()) return "No decisions yet.";
        return "⋯ " + n + (n == 1 ? " earlier decision" : " earlier decisions") + " (← goes back)";
    }

    /** Stops listening to the view-model (the skin lifecycle's dispose()). */
    public void dispose() { vm.rows().removeListener(onRows); }

    private void render() {
        if (vm.rows().isEmpty()) {
            list.setPlaceholder(empty);
            return;
        }
        java.util.List<Node> rows = new java.util.ArrayList<>();
        for (DecisionRow r : vm.rows()) rows.add(row(r));
        list.setItems(rows, brief(vm.rows().get(vm.rows().size() - 1)));
    }

    private Node row(DecisionRow r) {
        Label sentence = new Label(r.sentence());
        sentence.getStyleClass().add("sentence");
        sentence.setWrapText(true);
        sentence.setMaxWidth(Double.MAX_VALUE);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(headWithCause(r), sentence);
        box.setId(r.id());
        return styled(box, r);
    }

    /**
     * The newest decision in one line (step, CPU, what it did), for a card too short for its sentence: what just
     * happened stays on screen; the sentence is in the tooltip, and in the code card's explanation. The cause link
     * is left to the whole row (the card shows it once it has room).
     */
    private Node brief(DecisionRow r) {
        // the cause link is the whole row's: one line this narrow has no room for it (it would be cut)
        VBox box = new VBox(head(r));
        box.setId(r.id() + "-brief");
        Tooltip.install(box, new Tooltip(r.sentence()));
        return styled(box, r);
    }

    private VBox styled(VBox box, DecisionRow r) {
        box.getStyleClass().add("decision");
        box.pseudoClassStateChanged(Styles.HIT, r.kind() == DecisionRow.Kind.HIT);
        box.pseudoClassStateChanged(FALLBACK, r.kind().fallback());
        box.pseudoClassStateChanged(Styles.VIOLATION, r.kind() == DecisionRow.Kind.VIOLATION || r.kind() == DecisionRow.Kind.UNLOCKED);
        box.pseudoClassStateChanged(Styles.CURRENT, r.current());
        if (r.current() && !Motion.instant()) {
            FadeTransition fade = new FadeTransition(Motion.duration(), box);
            fade.setFromValue(0.2);
            fade.setToValue(1);
            fade.play();
        }
        return box;
    }

    /**
     * The head and the link to the step that caused the decision: on one line when the card has room, else the link
     * goes under the head, so a narrow card wraps it rather than cutting it at its edge.
     */
    private Node headWithCause(DecisionRow r) {
        HBox head = head(r);
        if (!r.hasCause()) return head;
        Hyperlink link = new Hyperlink("Show cause → step " + r.causeStep());
        link.setId("show-cause-" + r.step());
        link.getStyleClass().add("show-cause");
        link.setTooltip(new Tooltip("Move the timeline to step " + r.causeStep() + ", the step that made this happen"));
        link.setOnAction(e -> vm.showCause(r));
        link.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane line = new FlowPane(8, 0, head, link);
        line.getStyleClass().add("head-line");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Step, CPU, what it did. */
    private HBox head(DecisionRow r) {
        Label step = new Label(Integer.toString(r.step()));
        step.getStyleClass().addAll("step", Styles.MONO);
        step.setMinWidth(Region.USE_PREF_SIZE);
        ThreadBadge who = new ThreadBadge(r.thread(), r.threadIndex(), r.role());
        Label tag = new Label(r.tag());
        tag.getStyleClass().add("kind");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(step, who, tag);
        head.getStyleClass().add("head");
        head.setAlignment(Pos.CENTER_LEFT);
        head.setMinWidth(Region.USE_PREF_SIZE);
        return head;
    }
}
