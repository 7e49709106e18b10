package org.speclab.app.rcu;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.List;
import org.speclab.app.layout.Beside;
import org.speclab.app.layout.FitPane;
import org.speclab.app.layout.Foldable;
import org.speclab.app.theme.ThreadBadge;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;

/**
 * RCU, one panel per flavour (classic RCU, RCU Tasks Trace): the readers inside a read-side section, the grace
 * period in progress with who it waits for, and the queued callbacks (deferred frees); a callback that runs at
 * this step flashes. Only binds and renders the view-model. When its card has too little room even scaled down,
 * an idle flavour folds into one line ({@link Foldable}).
 */
public final class RcuView extends VBox implements Foldable {
    private final RcuViewModel vm;
    private final FlavorPane classic;
    private final FlavorPane trace;

    public RcuView(RcuViewModel vm) {
        this.vm = vm;
        setId("rcu-view");
        classic = new FlavorPane(vm.classicProperty(), "rcu");
        trace = new FlavorPane(vm.traceProperty(), "trace");
        // side by side in a wide card (it spends its width, not its height), else one above the other
        Beside both = Beside.halves(classic, trace, 12, classic::em, 8);
        both.getStyleClass().add("flavors");
        // no scrolling: the fitted card scales both flavours down when they need more room
        getChildren().add(both);
    }

    /**
     * Its text is all at least the body size: below 0.7 of it the back row cannot read the grace period this card
     * is about, so an idle flavour folds into one line first.
     */
    @Override public double minScale() { return Math.max(FitPane.MIN_SCALE, READABLE_SCALE); }

    private static final double READABLE_SCALE = 0.7;

    /** The least it needs is its height folded (an idle flavour in one line): the card above may ask only that. */
    @Override
    protected double computeMinHeight(double width) {
        int level = foldLevel();
        fold(1);
        try {
            return super.computeMinHeight(width);
        } finally {
            fold(level);
        }
    }

    @Override
    public boolean fold(int level) {
        if (level < 0 || level > 1) return false;
        classic.fold(level == 1);
        trace.fold(level == 1);
        return true;
    }

    @Override public int foldLevel() { return classic.folded ? 1 : 0; }

    /** Stops listening to the view-model (the skin lifecycle's dispose()). */
    public void dispose() {
        classic.dispose();
        trace.dispose();
    }

    /** One flavour: title with GPs completed, readers, grace period, callbacks. Ids are prefixed rcu- or trace-. */
    private static final class FlavorPane extends VBox {
        private final ReadOnlyObjectProperty<RcuModel> model;
        private final Label completed = new Label();
        private final FlowPane readers = new FlowPane();
        private final Label gp = new Label();
        private final Label ran = new Label();
        private final VBox callbacks = new VBox();
        private final Label cbTitle = new Label();
        private final Label idle = new Label();
        private boolean folded;
        private final ChangeListener<RcuModel> onModel = (o, a, m) -> render(m);

        FlavorPane(ReadOnlyObjectProperty<RcuModel> model, String prefix) {
            this.model = model;
            setId(prefix + "-flavor");
            getStyleClass().add("flavor");
            Label title = new Label(model.get().title());
            title.getStyleClass().add("flavor-title");
            completed.setId(prefix + "-completed");
            completed.getStyleClass().add("muted");
            title.setMinWidth(Region.USE_PREF_SIZE);
            completed.setMinWidth(Region.USE_PREF_SIZE);
            // the count goes under the title when the card is narrow
            FlowPane head = new FlowPane(title, completed);
            head.getStyleClass().add("head");
            head.setAlignment(Pos.BASELINE_LEFT);
            head.setPrefWrapLength(10);
            readers.setId(prefix + "-readers");
            readers.getStyleClass().add("readers");
            readers.setPrefWrapLength(10);
            gp.setId(prefix + "-gp");
            gp.getStyleClass().add("gp");
            gp.setWrapText(true);
            gp.setMaxWidth(Double.MAX_VALUE);
            ran.setId(prefix + "-ran");
            ran.getStyleClass().add("ran");
            ran.setWrapText(true);
            ran.setMaxWidth(Double.MAX_VALUE);
            ran.managedProperty().bind(ran.visibleProperty());
            callbacks.setId(prefix + "-callbacks");
            callbacks.getStyleClass().add("callbacks");
            cbTitle.getStyleClass().add("section-title");
            callbacks.managedProperty().bind(callbacks.visibleProperty());
            idle.setId(prefix + "-idle");
            idle.getStyleClass().add("muted");
            idle.setWrapText(true);
            idle.setMaxWidth(Double.MAX_VALUE);
            getChildren().addAll(head, readers, gp, cbTitle, ran, callbacks, idle);
            model.addListener(onModel);
            render(model.get());
        }

        void dispose() { model.removeListener(onModel); }

        /** The size of its body type, in px (the grace period line's). */
        double em() { return gp.getFont().getSize(); }

        /** Folded and idle: the head and one line instead of readers, grace period and callbacks. */
        void fold(boolean on) {
            if (folded == on) return;
            folded = on;
            // only shows or hides what is there: a fold is asked for during layout, no new nodes then
            applyFold(model.get());
        }

        private void applyFold(RcuModel m) {
            boolean oneLine = folded && m.idle();
            for (Node n : List.of(readers, gp, cbTitle)) {
                n.setVisible(!oneLine);
                n.setManaged(!oneLine);
            }
            callbacks.setVisible(!oneLine && !m.callbacks().isEmpty());
            idle.setVisible(oneLine);
            idle.setManaged(oneLine);
        }

        private void render(RcuModel m) {
            completed.setText(m.completedText());
            readers.getChildren().clear();
            for (RcuModel.Reader r : m.readers()) readers.getChildren().add(reader(r));
            if (m.readers().isEmpty()) readers.getChildren().add(muted("no readers"));
            gp.setText((m.gpInProgress() ? "◔ " : "○ ") + m.gpText());
            gp.pseudoClassStateChanged(Styles.CURRENT, m.gpInProgress());
            Motion.flash(gp, m.gpChanged());
            ran.setVisible(m.callbackRan());
            ran.setText("▶ runs now: " + m.ran());
            Motion.flash(ran, m.callbackRan());
            callbacks.getChildren().clear();
            for (RcuModel.Callback c : m.callbacks()) callbacks.getChildren().add(callback(c));
            callbacks.setVisible(!m.callbacks().isEmpty());
            cbTitle.setText(m.callbacks().isEmpty() ? "deferred frees: none queued" : "deferred frees (queued callbacks)");
            idle.setText(m.idleText());
            applyFold(m);
        }

        private Node reader(RcuModel.Reader r) {
            ThreadBadge badge = new ThreadBadge(r.text() + (r.waitedFor() ? " · GP waits ◔" : ""), r.index(), ThreadBadge.Role.READER);
            badge.setId(getId().replace("-flavor", "") + "-reader-" + r.thread());
            badge.getStyleClass().add("reader-chip");
            badge.setMinWidth(Region.USE_PREF_SIZE);   // a chip is whole or on the next line, never "cpu0 in…"
            badge.pseudoClassStateChanged(Styles.CURRENT, r.inside());
            badge.pseudoClassStateChanged(Styles.STALE, r.waitedFor());
            Motion.flash(badge, r.changed());
            return badge;
        }

        private static Node callback(RcuModel.Callback c) {
            Label l = new Label((c.ready() ? "✓ " : "◔ ") + c.text());
            l.getStyleClass().addAll("callback", Styles.MONO);
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.pseudoClassStateChanged(Styles.HIT, c.ready());
            Motion.flash(l, c.added());
            return l;
        }

        private static Label muted(String text) {
            Label l = new Label(text);
            l.getStyleClass().add("muted");
            return l;
        }
    }

}
