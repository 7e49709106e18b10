package org.speclab.app.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;

/**
 * Code: our pseudo-C with each CPU's program counter in the gutter, the line just executed highlighted and kept
 * centred, and the step's explanation in a fixed area underneath. All ~350 rows are built once; a step only
 * moves marker nodes and flips two rows' state, so stepping stays cheap.
 */
public final class CodeView extends VBox {
    private final CodeViewModel vm;
    /** Applies a pending scroll right after the rows are laid out, when every row's position is final. */
    private final VBox rows = new VBox() {
        // wrapped lines: the height depends on the width, so the scroll pane must ask for the height at its width
        @Override
        public javafx.geometry.Orientation getContentBias() { return javafx.geometry.Orientation.HORIZONTAL; }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // after this pass: the scroll pane sizes its content and only then maps vvalue to a position
            applyScroll();
            showWholeRows();
            javafx.application.Platform.runLater(CodeView.this::applyScroll);
        }
    };
    /** Once its skin has placed the rows for the scroll position: whole rows only (also in a snapshot, which has no pulse). */
    private final ScrollPane scroll = new ScrollPane(rows) {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            showWholeRows();
        }
    };
    private final List<CodeRow> byLine = new ArrayList<>();
    private final Map<Integer, MarkerNode> markerNodes = new HashMap<>();
    private final Set<CodeRow> withMarkers = new HashSet<>();
    private final VBox explanationBox = new VBox();
    /** "⋯ 12 lines above" / "⋯ 40 lines below": rows the pane does not show, since it shows whole rows only. */
    private final Label moreAbove = new Label();
    private final Label moreBelow = new Label();
    private Timeline scrolling;
    private CodeRow current;
    private int scrollLine;
    private boolean scrollAnimated;
    private double lastTarget = Double.NaN;

    public CodeView(CodeViewModel vm) {
        this.vm = vm;
        createView();
        registerListeners();
        showMarkers();
        showCurrent();
        scrollTo(vm.focusLineProperty().get(), false);
    }

    private void createView() {
        setId("code-view");
        setMinSize(0, 0);
        rows.setId("code-listing");
        for (Listing.Line line : vm.lines()) {
            CodeRow row = new CodeRow(line);
            byLine.add(row);
            rows.getChildren().add(row);
        }
        scroll.setId("code-scroll");
        // long lines wrap instead of running off the right; the view keeps the current line centred, so no
        // scrollbars (the wheel still scrolls)
        // rows exactly as wide as the viewport: long lines wrap, the current line's background spans it
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            rows.setMinWidth(b.getWidth());
            rows.setPrefWidth(b.getWidth());
            rows.setMaxWidth(b.getWidth());
        });
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(0);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        explanationBox.setId("code-explanation");
        explanationBox.setMinHeight(VBox.USE_PREF_SIZE);
        Label heading = label("code-explanation-heading", vm.headingProperty());
        heading.getStyleClass().add(Styles.MONO);
        Label text = label("code-explanation-text", vm.explanationProperty());
        Label violation = label("code-violation", vm.violationTextProperty());
        violation.visibleProperty().bind(vm.violationProperty());
        violation.managedProperty().bind(vm.violationProperty());
        explanationBox.getChildren().addAll(heading, text, violation);
        // the cues keep their room when hidden: showing one never changes the viewport, so never the rows shown
        for (Label cue : List.of(moreAbove, moreBelow)) {
            cue.getStyleClass().add("code-more");
            cue.setText(" ");
            cue.setVisible(false);
            cue.setMinHeight(Label.USE_PREF_SIZE);
            cue.setMaxWidth(Double.MAX_VALUE);
        }
        moreAbove.setId("code-more-above");
        moreBelow.setId("code-more-below");
        VBox listing = new VBox(moreAbove, scroll, moreBelow);
        listing.setMinHeight(0);
        VBox.setVgrow(listing, Priority.ALWAYS);
        getChildren().addAll(listing, explanationBox);
    }

    private static Label label(String id, javafx.beans.value.ObservableStringValue value) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.textProperty().bind(value);
        return l;
    }

    private void registerListeners() {
        vm.markers().addListener((ListChangeListener<PcMarker>) c -> showMarkers());
        vm.currentLineProperty().addListener((o, a, b) -> showCurrent());
        vm.violationProperty().addListener((o, a, b) -> showCurrent());
        vm.currentRoleProperty().addListener((o, a, b) -> showCurrent());
        vm.focusLineProperty().addListener((o, a, b) -> scrollTo(b.intValue(), true));
        ChangeListener<Bounds> resized = (o, a, b) -> scrollTo(vm.focusLineProperty().get(), false);
        scroll.viewportBoundsProperty().addListener(resized);
        // and after every pulse's layout (a step's scroll, the wheel, an animation frame, a re-wrap), from where the
        // rows really are on screen
        Runnable wholeRows = this::showWholeRows;
        sceneProperty().addListener((o, a, b) -> {
            if (a != null) a.removePostLayoutPulseListener(wholeRows);
            if (b != null) b.addPostLayoutPulseListener(wholeRows);
        });
        // a new width re-wraps long lines and moves every row below: centre the line again
        rows.widthProperty().addListener((o, a, b) -> scrollTo(vm.focusLineProperty().get(), false));
    }

    /** Moves each thread's badge to the row of its next step; badges of finished threads go away. */
    private void showMarkers() {
        Map<CodeRow, List<MarkerNode>> next = new HashMap<>();
        Set<Integer> alive = new HashSet<>();
        for (PcMarker m : vm.markers()) {
            CodeRow row = row(m.line());
            if (row == null) continue;
            alive.add(m.thread());
            MarkerNode node = markerNodes.computeIfAbsent(m.thread(), t -> new MarkerNode(m));
            int before = node.getParent() == null ? -1 : node.marker().line();
            node.show(m);
            next.computeIfAbsent(row, r -> new ArrayList<>()).add(node);
            if (m.moved() && before != m.line()) arrive(node);
        }
        markerNodes.keySet().retainAll(alive);
        for (CodeRow row : withMarkers) if (!next.containsKey(row)) row.setMarkers(List.of());
        next.forEach(CodeRow::setMarkers);
        withMarkers.clear();
        withMarkers.addAll(next.keySet());
    }

    /** The badge that just moved fades in at its new line, so the eye finds it. */
    private static void arrive(MarkerNode node) {
        if (Motion.instant()) {
            node.setOpacity(1);
            return;
        }
        FadeTransition fade = new FadeTransition(Motion.duration(), node);
        fade.setFromValue(0.2);
        fade.setToValue(1);
        fade.play();
    }

    private void showCurrent() {
        if (current != null) current.setCurrent(null, false);
        current = row(vm.currentLineProperty().get());
        PcMarker.Role role = vm.currentRoleProperty().get();
        if (current != null && role != null) current.setCurrent(role, vm.violationProperty().get());
        explanationBox.getStyleClass().removeAll(Styles.READER, Styles.WRITER, Styles.DAEMON);
        if (role != null) explanationBox.getStyleClass().add(role.styleClass());
        explanationBox.pseudoClassStateChanged(Styles.VIOLATION, vm.violationProperty().get());
    }

    private CodeRow row(int line) { return line >= 1 && line <= byLine.size() ? byLine.get(line - 1) : null; }

    /** Asks for {@code line} to be centred once the rows are laid out. */
    private void scrollTo(int line, boolean animate) {
        scrollLine = line;
        lastTarget = Double.NaN;
        scrollAnimated = animate;
        rows.requestLayout();
    }

    /** Centres the pending line in the viewport (as far as the ends of the listing allow). */
    private void applyScroll() {
        CodeRow row = row(scrollLine);
        double viewport = scroll.getViewportBounds().getHeight();
        double content = rows.getHeight();
        if (row == null || viewport <= 0 || content <= viewport) return;
        // the line stays pending: a later layout (a row re-wrapped, a marker moved in) re-centres it; the wheel
        // scrolls without a layout, so it is not undone
        Bounds b = row.getBoundsInParent();
        double top = b.getMinY();
        double bottom = b.getMaxY();
        // keep the next line of the CPU that just stepped in view too, when both fit (wrapped lines spread them)
        for (PcMarker m : vm.markers()) {
            CodeRow next = m.moved() ? row(m.line()) : null;
            if (next == null) continue;
            Bounds n = next.getBoundsInParent();
            if (Math.max(bottom, n.getMaxY()) - Math.min(top, n.getMinY()) <= viewport * 0.9) {
                top = Math.min(top, n.getMinY());
                bottom = Math.max(bottom, n.getMaxY());
            }
        }
        double target = snap(row, clamp(((top + bottom) / 2 - viewport / 2) / (content - viewport)), viewport, content);
        if (Math.abs(target - lastTarget) < 1e-6 && (scrolling != null && scrolling.getStatus() == javafx.animation.Animation.Status.RUNNING
                || Math.abs(scroll.getVvalue() - target) < 1e-6)) return;
        lastTarget = target;
        if (scrolling != null) scrolling.stop();
        scroll.setHvalue(0);
        if (!scrollAnimated || Motion.instant()) {
            scroll.setVvalue(target);
            return;
        }
        scrolling = new Timeline(new KeyFrame(Motion.duration(), new KeyValue(scroll.vvalueProperty(), target)));
        scrolling.play();
    }

    private static double clamp(double v) { return Math.max(0, Math.min(1, v)); }

    /**
     * The scroll position nearest {@code target} that puts a row's top at the viewport's top edge (so the pane starts
     * with a whole row), and keeps {@code focus} whole: the top of the row at the edge, or of the next one.
     */
    private double snap(CodeRow focus, double target, double viewport, double content) {
        double y = target * (content - viewport);
        if (y >= content - viewport - 0.5) return target;   // the listing's end: its last row is whole at the bottom
        for (CodeRow r : byLine) {
            if (r.getLayoutY() + r.getHeight() <= y + 0.5) continue;
            double snapped = r.getLayoutY();
            if (focus.getLayoutY() + focus.getHeight() > snapped + viewport + 0.5) snapped += r.getHeight();
            return clamp(snapped / (content - viewport));
        }
        return target;
    }

    /**
     * Hides the rows the viewport would cut at its top or bottom edge, so what the room sees is whole lines, and
     * says above and below the pane how many lines are out of view.
     */
    /** Pixels beyond the viewport's edge in which a row is still hidden (what its glyphs may draw past its box). */
    private static final double EDGE = 8;

    private void showWholeRows() {
        Node viewport = scroll.lookup(".viewport");
        if (viewport == null || rows.getScene() == null) return;
        // the viewport's edges in the rows' coordinates (the skin has placed the rows for the scroll position)
        Bounds edges = rows.sceneToLocal(viewport.localToScene(viewport.getLayoutBounds()));
        double top = edges.getMinY();
        double bottom = edges.getMaxY();
        int first = -1;
        int last = -1;
        for (int i = 0; i < byLine.size(); i++) {
            CodeRow r = byLine.get(i);
            double y = r.getLayoutY();
            double h = r.getHeight();
            boolean whole = y >= top - 0.5 && y + h <= bottom + 0.5;
            // a row just outside an edge is hidden too: its glyphs' descenders reach past its box into the pane
            r.setVisible(whole || y >= bottom + EDGE || y + h <= top - EDGE);
            if (!whole) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (edges.getHeight() <= 0 || first < 0) return;
        cue(moreAbove, first, "above");
        cue(moreBelow, byLine.size() - 1 - last, "below");
    }

    private static void cue(Label cue, int hidden, String where) {
        cue.setVisible(hidden > 0);
        if (hidden > 0) cue.setText("⋯ " + hidden + (hidden == 1 ? " line " : " lines ") + where);
    }
}
