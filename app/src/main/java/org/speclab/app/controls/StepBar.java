package org.speclab.app.controls;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.stepper.ThreadChoice;
import org.speclab.app.theme.Styles;

/**
 * The bottom bar: Back, one Step button per CPU (showing what it will do next), Run/Pause with a speed, Reset,
 * and the timeline scrubber with the status line. Compact (projector mode, where every line of a 720 px screen
 * counts): one row, with a short scrubber and the step count ("12/35") in place of the status line, which the
 * narration and the code's step note say in large type anyway.
 */
public final class StepBar extends VBox {
    private final StepperViewModel vm;
    private final PlaybackViewModel playback;
    private final CpuButtons cpus = new CpuButtons();
    private final Slider scrubber = new Slider(0, 1, 0);
    private final javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty(false);
    private final HBox row = new HBox();
    private final HBox timeline = new HBox();
    private final Label count = new Label();
    private Slider speed;
    private Label status;
    private boolean updatingScrubber;

    public StepBar(StepperViewModel vm, PlaybackViewModel playback) {
        this.vm = vm;
        this.playback = playback;
        setId("step-bar");
        createView();
        init();
    }

    private void createView() {
        Button back = button("step-back", "◀ Back", "Step back one step (← or PageUp)");
        back.setOnAction(e -> vm.stepBack());
        back.disableProperty().bind(vm.canStepBackProperty().not());
        Button run = button("run-pause", "▶ Run", "Run the lesson's schedule (R); again to pause");
        run.textProperty().bind(playback.runningProperty().map(r -> r ? "❚❚ Pause" : "▶ Run"));
        run.setOnAction(e -> playback.toggle());
        run.disableProperty().bind(vm.frameProperty().isNull());
        speed = new Slider(0.5, 10, 2);
        speed.setId("speed");
        speed.setPrefWidth(110);
        speed.valueProperty().bindBidirectional(playback.speedProperty());
        speed.setTooltip(new Tooltip("Run speed: steps per second"));
        Button reset = button("reset", "⟲ Reset", "Back to the initial state; forgets the timeline");
        reset.disableProperty().bind(vm.frameProperty().isNull());
        reset.setOnAction(e -> {
            playback.pause();
            vm.reset();
        });
        MenuButton branches = new MenuButton("Branches");
        branches.setId("branches");
        branches.setTooltip(new Tooltip("Futures you left by stepping back and taking another CPU: open one to compare"));
        branches.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.branches()));
        vm.branches().addListener((ListChangeListener<org.speclab.engine.run.Trace>) c -> {
            branches.getItems().clear();
            int n = 1;
            for (var t : vm.branches()) {
                MenuItem item = new MenuItem(vm.branchLabel(t, n++));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> vm.switchBranch(t));
                branches.getItems().add(item);
            }
        });
        // the commands never shrink to "…"; the CPU buttons share what is left and wrap their text
        for (var b : java.util.List.of(back, run, reset, branches)) b.setMinWidth(Button.USE_PREF_SIZE);
        speed.setMinWidth(40);
        org.speclab.app.layout.FitPane cpuRow = new org.speclab.app.layout.FitPane(cpus);
        HBox.setHgrow(cpuRow, Priority.ALWAYS);
        count.setId("step-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        count.setTooltip(new Tooltip("The step shown, of the run's steps (G goes to a step)"));
        row.getChildren().setAll(back, cpuRow, run, speed, reset, branches, count);
        row.getStyleClass().add("step-row");
        row.setAlignment(Pos.CENTER_LEFT);

        scrubber.setId("scrubber");
        scrubber.setBlockIncrement(1);
        scrubber.setMajorTickUnit(1);
        scrubber.setSnapToTicks(true);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        status = new Label();
        status.setId("status-text");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        // a long status wraps to a second line rather than being cut to "…"
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.SOMETIMES);
        timeline.getChildren().setAll(scrubber, status);
        timeline.getStyleClass().add("timeline-row");
        timeline.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, timeline);
        compact.addListener(o -> place());
        place();
    }

    /** One row (projector mode): no status line, a shorter speed slider and scrubber beside the step count. */
    public javafx.beans.property.BooleanProperty compactProperty() { return compact; }

    private void place() {
        boolean one = compact.get();
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("compact"), one);
        count.setVisible(one);
        count.setManaged(one);
        speed.setPrefWidth(one ? 60 : 110);
        scrubber.setPrefWidth(one ? 110 : Region.USE_COMPUTED_SIZE);
        scrubber.setMinWidth(one ? 80 : Region.USE_COMPUTED_SIZE);
        if (one && scrubber.getParent() != row) row.getChildren().add(row.getChildren().indexOf(count), scrubber);
        if (!one && scrubber.getParent() != timeline) timeline.getChildren().add(0, scrubber);
        timeline.setVisible(!one);
        timeline.setManaged(!one);
    }

    private void init() {
        vm.choices().addListener((ListChangeListener<ThreadChoice>) c -> rebuildCpus());
        vm.selectedProperty().addListener((o, a, b) -> rebuildCpus());
        vm.frameProperty().addListener((o, a, f) -> syncScrubber());
        syncScrubber();
        scrubber.valueProperty().addListener((o, a, b) -> {
            if (!updatingScrubber) vm.goTo((int) Math.round(b.doubleValue()));
        });
        rebuildCpus();
    }

    private void syncScrubber() {
        var f = vm.frame();
        if (f == null) return;
        updatingScrubber = true;
        scrubber.setMax(Math.max(1, f.timeline().size()));
        scrubber.setValue(f.index());
        count.setText(f.index() + "/" + f.timeline().size());
        updatingScrubber = false;
    }

    private void rebuildCpus() {
        cpus.getChildren().clear();
        for (ThreadChoice c : vm.choices()) {
            Button b = cpuButton(c);
            // folded (a narrow bar): a CPU that cannot move says its name only; its tooltip says why
            cpus.add(b, c.enabled() ? null : keyOf(c) + c.name());
        }
    }

    private static String keyOf(ThreadChoice c) { return c.thread() < 9 ? (c.thread() + 1) + "  " : ""; }

    private Button cpuButton(ThreadChoice c) {
        String key = keyOf(c);
        Button b = new Button(key + c.name() + "\n" + (c.enabled() ? shorten(c.preview()) : shorten(c.blocked())));
        b.setMnemonicParsing(false);
        b.setId("step-" + c.name());
        b.getStyleClass().add("cpu-button");
        b.getStyleClass().add(c.daemon() ? Styles.DAEMON : c.reader() ? Styles.READER : Styles.WRITER);
        b.pseudoClassStateChanged(Styles.SELECTED, c.thread() == vm.selectedProperty().get());
        b.pseudoClassStateChanged(Styles.BLOCKED, !c.enabled());
        b.setDisable(!c.enabled());
        b.setTooltip(new Tooltip(c.enabled() ? "Step " + c.name() + ": " + c.preview() + "  (key " + (c.thread() + 1) + " selects, Space steps)"
                : c.name() + " cannot move: " + c.blocked()));
        b.setOnAction(e -> {
            vm.selectedProperty().set(c.thread());
            vm.step(c.thread());
        });
        // whole labels: the row of CPU buttons scales down as one when the bar is narrow (FitPane), and folds
        // the blocked CPUs' reasons before it gets too small (CpuButtons)
        b.setMinWidth(Button.USE_PREF_SIZE);
        HBox.setHgrow(b, Priority.ALWAYS);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    /** A long phrase goes on two lines, broken at the space nearest its middle: whole words, never "…". */
    static String shorten(String s) {
        if (s.length() <= 34) return s;
        int mid = s.length() / 2;
        int best = -1;
        for (int i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) if (best < 0 || Math.abs(i - mid) < Math.abs(best - mid)) best = i;
        return best < 0 ? s : s.substring(0, best) + "\n" + s.substring(best + 1);
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
