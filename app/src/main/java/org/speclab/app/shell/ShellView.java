package org.speclab.app.shell;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.speclab.app.chart.ThroughputView;
import org.speclab.app.chart.ThroughputViewModel;
import org.speclab.app.code.CodeView;
import org.speclab.app.code.CodeViewModel;
import org.speclab.app.controls.PlaybackViewModel;
import org.speclab.app.controls.StepBar;
import org.speclab.app.decisions.DecisionsView;
import org.speclab.app.decisions.DecisionsViewModel;
import org.speclab.app.lanes.LanesView;
import org.speclab.app.lanes.LanesViewModel;
import org.speclab.app.narration.NarrationView;
import org.speclab.app.rcu.RcuView;
import org.speclab.app.rcu.RcuViewModel;
import org.speclab.app.seqcount.SeqcountView;
import org.speclab.app.seqcount.SeqcountViewModel;
import org.speclab.app.slab.SlabView;
import org.speclab.app.slab.SlabViewModel;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.theme.Card;
import org.speclab.app.theme.Theme;
import org.speclab.app.uprobes.UprobeTreeView;
import org.speclab.app.uprobes.UprobeTreeViewModel;
import org.speclab.app.vmatree.VmaView;
import org.speclab.app.vmatree.VmaViewModel;
import org.speclab.engine.EngineVersion;
import org.speclab.engine.variant.Variant;
import org.speclab.engine.variant.Variants;
import org.speclab.lessons.Panel;
import java.util.List;
import org.speclab.app.layout.LayoutModel;
import org.speclab.app.layout.PanelGrid;
import org.speclab.app.registers.RegistersView;
import org.speclab.app.registers.RegistersViewModel;

/**
 * The window's root: a header (the lesson browser, variant, Open, Check, themes), the views in a grid that scales with the
 * window, and the step bar. It only lays out and binds; {@link ShellViewModel} holds the commands.
 */
public final class ShellView extends BorderPane {
    private final ShellViewModel vm;
    private final StackPane blank = new StackPane();

    public ShellView(ShellViewModel vm) {
        this.vm = vm;
        setId("shell");
        setTop(header());
        StartPanel browser = new StartPanel(vm);
        PanelGrid views = views();
        StackPane centre = new StackPane(views, quizLayer(views), browser);
        centre.setMinHeight(0);
        setCenter(centre);
        StepBar stepBar = new StepBar(vm.stepper(), vm.playback());
        stepBar.compactProperty().bind(vm.projectorProperty());
        setBottom(new javafx.scene.layout.VBox(leftScriptBanner(), stepBar));
        blank.setId("blank-screen");
        blank.visibleProperty().bind(vm.blankProperty());
        blank.setMouseTransparent(false);
        blank.setOnMouseClicked(e -> vm.blankProperty().set(false));
        getChildren().add(blank);
        blank.setManaged(false);
        layoutBoundsProperty().addListener((o, a, b) -> blank.resizeRelocate(0, 0, b.getWidth(), b.getHeight()));
        new Keys(vm, browser).install(this);
        PresenterWindow presenterWindow = new PresenterWindow(vm, browser);
        vm.onTogglePresenter(() -> presenterWindow.toggle(getScene() == null ? null : getScene().getWindow()));
    }

    /** The themed scene shared by the window, the tests and headless snapshots. */
    public static Scene scene(ShellViewModel vm, double width, double height) {
        ShellView root = new ShellView(vm);
        Scene scene = new Scene(root, width, height);
        Theme.apply(scene, vm.darkProperty().get(), vm.projectorProperty().get());
        vm.darkProperty().addListener((o, a, b) -> Theme.apply(scene, b, vm.projectorProperty().get()));
        vm.projectorProperty().addListener((o, a, b) -> Theme.apply(scene, vm.darkProperty().get(), b));
        Timing.attach(scene, vm);
        // type size: the screen, projector mode and the user's scale (Ctrl+= / Ctrl+-); a number, so not a pseudo-class
        root.styleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "-fx-font-size: " + vm.layout().fontPx(scene.getWidth(), scene.getHeight(), vm.projectorProperty().get()) + "px;",
                scene.widthProperty(), scene.heightProperty(), vm.projectorProperty(), vm.layout().fontScaleProperty()));
        return scene;
    }

    /** A scene showing {@code lesson} (id or path), or nothing loaded when null. */
    public static Scene scene(String lesson, double width, double height) {
        ShellViewModel vm = new ShellViewModel();
        if (lesson != null) vm.openArgument(lesson);
        return scene(vm, width, height);
    }

    /**
     * An open quiz, large, in the story column's place (or the code column's), never over the machine's state the
     * class reads to answer it ({@link QuizLayer}); on a short screen it folds and scales down rather than cut.
     */
    private QuizLayer quizLayer(PanelGrid views) {
        return new QuizLayer(views, new org.speclab.app.narration.QuizView(vm.narration()));
    }

    /** Leaving the lesson's script is never silent: says where, and how to return. */
    private Label leftScriptBanner() {
        Label banner = new Label();
        banner.setId("left-script-banner");
        banner.getStyleClass().add("left-script-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(vm.stepper().leftAtProperty().map(n -> n.intValue() < 0 ? ""
                : "You left the lesson at step " + n + " (Home or Backspace returns; the lesson's run is under Branches)"));
        banner.visibleProperty().bind(vm.stepper().leftAtProperty().greaterThanOrEqualTo(0));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Below these widths (normal window, projector) the lesson's title takes a line of its own above the buttons. */
    private static final double TITLE_OWN_ROW = 1500;
    private static final double TITLE_OWN_ROW_PROJECTOR = 1200;

    private VBox header() {
        Label app = new Label("SpecLab");
        app.setId("app-title");
        Label title = new Label();
        title.setId("lesson-title");
        title.textProperty().bind(vm.stepper().titleProperty());
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button browser = new Button("Lessons");
        browser.setId("lessons-browser");
        browser.setTooltip(new Tooltip("All lessons in course order, with what is done (L)"));
        browser.setOnAction(e -> vm.showBrowser());

        Button presenter = new Button("Presenter");
        presenter.setId("presenter-toggle");
        presenter.setTooltip(new Tooltip("A second window with your notes, the next narration and the quiz's answer (N)"));
        presenter.setOnAction(e -> vm.togglePresenter());

        Button open = new Button("Open…");
        open.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        open.setId("open");
        open.setTooltip(new Tooltip("Open a lesson file or paste a trace code (Ctrl+O)"));
        open.setOnAction(e -> vm.openDialog(getScene().getWindow()));

        ComboBox<Variant> variants = new ComboBox<>();
        variants.setId("variant-picker");
        variants.getItems().setAll(Variants.all());
        variants.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(Variant v) { return v == null ? "" : v.name() + (v.tag().isEmpty() ? "" : " (" + v.tag() + ")"); }

            @Override public Variant fromString(String s) { return Variants.byName(s.split(" ")[0]).orElse(null); }
        });
        // The closed picker names a broken variant by its number only: the title already spells out the variant,
        // and a 36-character name does not fit the header at projector size. The list shows the full names.
        variants.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(Variant v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? "" : v.tag().isEmpty() ? v.name() : v.tag() + " · broken");
            }
        });
        VariantCommit.install(variants, vm.variantProperty());
        variants.setTooltip(new Tooltip("Re-run the lesson's run under another variant (Enter or a click commits)"));
        variants.disableProperty().bind(vm.loadedProperty().not());

        Button check = new Button("Check");
        check.setId("check");
        check.setTooltip(new Tooltip("Run the exhaustive checker in the background (C)"));
        check.setOnAction(e -> vm.check());
        check.disableProperty().bind(vm.loadedProperty().not().or(vm.checkingProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("check-progress");
        progress.progressProperty().bind(vm.checkProgressProperty());
        progress.visibleProperty().bind(vm.checkingProperty());
        progress.managedProperty().bind(vm.checkingProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("check-cancel");
        cancel.visibleProperty().bind(vm.checkingProperty());
        cancel.managedProperty().bind(vm.checkingProperty());
        cancel.setOnAction(e -> vm.cancelCheck());
        Button handout = new Button("Handout…");
        handout.setId("handout");
        handout.setTooltip(new Tooltip("Save a PDF handout: one page per narrated step with its frame, narration and quiz"));
        handout.setOnAction(e -> vm.exportHandout(getScene().getWindow()));
        handout.disableProperty().bind(vm.loadedProperty().not());
        Label checkMessage = new Label();
        checkMessage.setId("check-message");
        checkMessage.textProperty().bind(vm.checkMessageProperty());

        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("theme-dark");
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        dark.setTooltip(new Tooltip("Dark theme"));
        ToggleButton projector = new ToggleButton("Projector");
        projector.setId("projector");
        projector.selectedProperty().bindBidirectional(vm.projectorProperty());
        projector.setTooltip(new Tooltip("Large type for a lecture hall (P); B blanks the screen"));
        Label version = new Label("engine " + EngineVersion.version());
        version.setId("engine-version");
        // presentation mode needs the header's width for the lesson's title
        for (var n : List.of(version, app, open, dark, handout)) {
            n.visibleProperty().bind(vm.projectorProperty().not());
            n.managedProperty().bind(n.visibleProperty());
        }
        // so does a laptop screen: the app's name and version give way before the title wraps to five lines
        for (var n : List.of(version, app)) {
            n.visibleProperty().bind(vm.projectorProperty().not().and(widthProperty().greaterThanOrEqualTo(1500)));
        }

        HBox row = new HBox(app, title, browser, presenter, open, variants, check, progress, cancel, checkMessage, handout, dark, projector, version);
        row.setId("shell-header-row");
        for (var n : row.getChildren()) {
            if (n instanceof javafx.scene.control.ButtonBase || n instanceof ComboBox<?> || n == app || n == version) {
                ((javafx.scene.control.Control) n).setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            }
        }
        row.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(row);
        header.setId("shell-header");
        // a narrow window would squeeze the title into a column of single words, five lines tall: give it a line
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        Runnable place = () -> {
            boolean own = getWidth() > 0 && getWidth() < (vm.projectorProperty().get() ? TITLE_OWN_ROW_PROJECTOR : TITLE_OWN_ROW);
            if (own == (title.getParent() == header)) return;
            if (own) {
                row.getChildren().set(row.getChildren().indexOf(title), push);
                header.getChildren().add(0, title);
            } else {
                header.getChildren().remove(title);
                row.getChildren().set(row.getChildren().indexOf(push), title);
            }
        };
        widthProperty().addListener(o -> place.run());
        vm.projectorProperty().addListener(o -> place.run());
        return header;
    }

    /**
     * Code on the left; the machine's state in the middle; decisions, narration and the chart on the right. Which
     * of them show follows {@link LayoutModel}; every card but the code pane fits its view to the card.
     */
    private PanelGrid views() {
        var s = vm.stepper();
        PanelGrid grid = new PanelGrid();
        grid.put(Panel.CODE, new Card("code", "Code", new CodeView(new CodeViewModel(s))));
        grid.put(Panel.SEQCOUNT, Card.fitted("seqcount", "mm_lock_seq", new SeqcountView(new SeqcountViewModel(s))));
        grid.put(Panel.CPUS, Card.fitted("lanes", "CPUs", new LanesView(new LanesViewModel(s))));
        grid.put(Panel.VMA, Card.fitted("vma", "Address space · VMA tree", new VmaView(new VmaViewModel(s))));
        grid.put(Panel.SLAB, Card.fitted("slab", "File slab (filp · bfilp)", new SlabView(new SlabViewModel(s))));
        grid.put(Panel.UPROBES, Card.fitted("uprobes", "Inodes · uprobes tree", new UprobeTreeView(new UprobeTreeViewModel(s))));
        grid.put(Panel.RCU, Card.fitted("rcu", "RCU", new RcuView(new RcuViewModel(s))));
        grid.put(Panel.REGISTERS, Card.fitted("registers", "Reader registers", new RegistersView(new RegistersViewModel(s))));
        grid.put(Panel.NARRATION, Card.fitted("narration", "Narration", new NarrationView(vm.narration())));
        grid.put(Panel.DECISIONS, Card.fitted("decisions", "Decisions", new DecisionsView(new DecisionsViewModel(s))));
        ThroughputViewModel throughput = new ThroughputViewModel(s, vm.jobs());
        vm.onSettle(throughput::drain);
        // not fitted: the chart lays itself out for its card's size (a simplified plot when small), never scaled down
        grid.put(Panel.THROUGHPUT, new Card("throughput", "uprobe-nop throughput (model)", new ThroughputView(throughput)));
        for (Panel p : Panel.values()) {
            grid.card(p).setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) vm.layout().toggleMaximised(p);
            });
        }
        // the width the last layout was made for decides, not the previous width: the window is 0 wide until shown
        vm.windowWidthProperty().bind(widthProperty());
        boolean[] laidOutWide = new boolean[1];
        Runnable relayout = () -> {
            laidOutWide[0] = vm.windowWidthProperty().get() >= LayoutModel.ALL_PANELS_WIDTH;
            List<Panel> shown = vm.shownPanels();
            grid.show(shown, vm.projectorProperty().get());
            for (Panel p : Panel.values()) ((Card) grid.card(p)).setNumber(shown.size() > 1 ? shown.indexOf(p) + 1 : 0);
        };
        grid.typeFloorProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> vm.layout().typeFloorPx(getWidth(), getHeight(), vm.projectorProperty().get()),
                widthProperty(), heightProperty(), vm.projectorProperty(), vm.layout().fontScaleProperty()));
        // the width first: the first layout must see this window's width, not the view-model's default
        vm.windowWidthProperty().bind(widthProperty());
        relayout.run();
        vm.projectorProperty().addListener((o, a, b) -> relayout.run());
        vm.layout().maximisedProperty().addListener((o, a, b) -> relayout.run());
        vm.layout().allPanelsProperty().addListener((o, a, b) -> relayout.run());
        // relayout when crossing the width at which every panel fits
        widthProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0 && (b.doubleValue() >= LayoutModel.ALL_PANELS_WIDTH) != laidOutWide[0]) relayout.run();
        });
        s.titleProperty().addListener((o, a, b) -> relayout.run());
        return grid;
    }
}
