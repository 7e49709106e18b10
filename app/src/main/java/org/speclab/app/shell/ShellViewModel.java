package org.speclab.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.stage.Window;
import org.speclab.app.controls.PlaybackViewModel;
import org.speclab.app.jobs.CheckTask;
import org.speclab.app.course.LessonProgress;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.narration.NarrationViewModel;
import org.speclab.app.stepper.Session;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.check.CheckResult;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.variant.Variant;
import org.speclab.engine.variant.Variants;
import org.speclab.app.layout.LayoutModel;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.Panel;
import org.speclab.lessons.LessonCatalog;
import org.speclab.lessons.LessonException;
import org.speclab.lessons.LessonArguments;

/**
 * The window's commands and state beyond the stepper: which lesson and variant, opening files and trace codes
 * (a problem is one located line in a dialog; the current lesson stays), the background check, themes, and the
 * presenter's blank screen. Dialogs go through {@link ShellUi}, so this class is testable without a stage.
 */
public final class ShellViewModel {
    public static final long CHECK_MAX_STATES = 3_000_000;

    private final StepperViewModel stepper = new StepperViewModel();
    private final PlaybackViewModel playback = new PlaybackViewModel(stepper);
    private final NarrationViewModel narration = new NarrationViewModel(stepper);
    private final Jobs jobs;
    private final ShellUi ui;
    private final ObjectProperty<Variant> variant = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty browsing = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty checkProgress = new SimpleDoubleProperty(-1);
    private final StringProperty checkMessage = new SimpleStringProperty("");
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final BooleanProperty projector = new SimpleBooleanProperty(false);
    private final BooleanProperty blank = new SimpleBooleanProperty(false);
    private final LayoutModel layout = new LayoutModel();
    private final java.util.List<Runnable> settlers = new java.util.ArrayList<>();
    private final LessonProgress progress;
    private CheckTask check;
    private boolean warmUp;
    private boolean switching;

    /** The window: background jobs, real dialogs, progress remembered in the user's preferences. */
    public ShellViewModel() { this(Jobs.background(), new DialogUi(), LessonProgress.user()); }

    /** Progress kept in memory only (tests, headless snapshots write nothing). */
    public ShellViewModel(Jobs jobs, ShellUi ui) { this(jobs, ui, LessonProgress.inMemory()); }

    public ShellViewModel(Jobs jobs, ShellUi ui, LessonProgress progress) {
        this.jobs = jobs;
        this.ui = ui;
        this.progress = progress;
        playback.holdWhile(narration::holding);
        // a lesson is done once its own run has been followed to its last step
        stepper.frameProperty().addListener((o, a, f) -> {
            if (f != null && f.session().lesson() != null && f.index() > 0 && stepper.onLessonRunProperty().get()
                    && f.index() == stepper.scriptSize() && f.finished()) {
                progress.markDone(f.session().lesson().id());
            }
        });
        variant.addListener((o, a, b) -> {
            if (!switching && b != null && stepper.session() != null && !b.name().equals(stepper.session().scenario().variant().name())) {
                playback.pause();
                stepper.switchVariant(withLessonKnobs(b));
            }
        });
    }

    public StepperViewModel stepper() { return stepper; }

    /** Views that fill in asynchronously register how to catch up at once (headless export has no frames). */
    public void onSettle(Runnable settle) { settlers.add(settle); }

    /** Brings every view up to date now: for snapshots and exports rendered without animation frames. */
    public void settle() { settlers.forEach(Runnable::run); }

    public PlaybackViewModel playback() { return playback; }

    /** Which lessons are done (the browser shows it). */
    public LessonProgress progress() { return progress; }

    /** The lesson's narration and quizzes; an open quiz holds Next and Run, and takes the digit keys. */
    public NarrationViewModel narration() { return narration; }

    /** Next (Space, →, PageDown, a clicker): the lesson's next step; held while a quiz waits for its reveal. */
    public boolean next() {
        if (narration.holding()) return false;
        return stepper.next();
    }

    /** Asks for a step number of the lesson's script and goes there. */
    public void goToStepDialog(Window owner) {
        if (stepper.session() == null) return;
        ui.askStep(owner, stepper.scriptSize()).ifPresent(stepper::goToStep);
    }

    public Jobs jobs() { return jobs; }

    /** The dialogs this window uses. */
    public ShellUi ui() { return ui; }

    public ObjectProperty<Variant> variantProperty() { return variant; }

    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }

    /** The lesson browser is shown (at start, and on L or its button from any lesson). */
    public BooleanProperty browsingProperty() { return browsing; }

    public void showBrowser() {
        playback.pause();
        browsing.set(true);
    }

    private Runnable presenterToggle = () -> { };

    /** The view says how the presenter window opens and closes (N, the Presenter button). */
    void onTogglePresenter(Runnable toggle) { presenterToggle = toggle; }

    /** Opens the presenter view (notes, the next narration, the quiz's answer) in a second window, or closes it. */
    public void togglePresenter() { presenterToggle.run(); }

    /** Back from the browser to the open lesson, if there is one. */
    public void closeBrowser() { browsing.set(!loaded.get()); }

    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }

    public DoubleProperty checkProgressProperty() { return checkProgress; }

    public StringProperty checkMessageProperty() { return checkMessage; }

    public BooleanProperty darkProperty() { return dark; }

    public BooleanProperty projectorProperty() { return projector; }

    public BooleanProperty blankProperty() { return blank; }

    /** Panels shown, maximised panel, type scale. */
    public LayoutModel layout() { return layout; }

    private final DoubleProperty windowWidth = new SimpleDoubleProperty(1920);

    /** The window's width, which decides whether every panel fits (the view keeps it up to date). */
    public DoubleProperty windowWidthProperty() { return windowWidth; }

    /** The panels to show now (see {@link LayoutModel#panels}). */
    public List<Panel> shownPanels() {
        Session s = stepper.session();
        return layout.panels(s == null || s.lesson() == null ? List.of() : s.lesson().panels(), projector.get(), windowWidth.get());
    }

    public void load(Lesson lesson) { open(Session.of(lesson, lesson.scenario()), null); }

    /** A command-line argument: a lesson id, a path, or a trace code. */
    public void openArgument(String argument) {
        try {
            LessonArguments.Opened opened = LessonArguments.open(argument);
            open(Session.of(opened.lesson(), opened.scenario()), opened.schedule());
        } catch (LessonException e) {
            ui.showProblem(e.problems().get(0).format());
        } catch (RuntimeException | StackOverflowError e) {
            // the same line the command line prints for it; the current lesson stays
            ui.showProblem(org.speclab.app.cli.Failures.oneLine(e, false));
        }
    }

    /** Ask for a lesson file or a trace code, and open it. */
    public void openDialog(Window owner) {
        Optional<String> choice = ui.askOpen(owner);
        choice.ifPresent(this::openArgument);
    }

    /** Opens a file directly (drag and drop, tests). */
    public void openFile(Path file) { openArgument(file.toString()); }

    private void open(Session session, List<String> schedule) {
        playback.pause();
        // the last check was about the lesson that was open: its line goes, and a running one is cancelled
        cancelCheck();
        if (!checking.get()) checkMessage.set("");
        stepper.open(session);
        if (schedule != null) stepper.openSchedule(schedule);
        switching = true;
        variant.set(Variants.byName(session.scenario().variant().name()).orElse(session.scenario().variant()));
        switching = false;
        loaded.set(true);
        browsing.set(false);
        if (warmUp) warmUpChecker(session);
    }

    /** The picked variant keeps the lesson's own knob overrides (e.g. inode-free=immediate). */
    private Variant withLessonKnobs(Variant picked) {
        var session = stepper.session();
        Scenario original = session.lesson() != null ? session.lesson().scenario() : session.scenario();
        return Variants.keepingOverrides(picked, original.variant());
    }

    /**
     * The first check in a JVM runs cold: measured on munmap-file-reuse (4,368 states) the window's first check took
     * 0.76–0.91 s (~5,000 states/s) and later ones 0.08–0.11 s (38,000–53,000 states/s), while a cold CLI run takes
     * 0.34 s; progress is reported per breadth-first level, so the gap is JIT warm-up competing with the window's
     * own start-up work, not progress callbacks. With this on (the real window), the first lesson opened is
     * checked once in the background at low priority, bounded and discarded, so the user's Check runs warm.
     */
    public void warmUpCheckerOnFirstOpen() { warmUp = true; }

    private void warmUpChecker(Session session) {
        warmUp = false;
        Thread t = new Thread(() -> new org.speclab.engine.check.ModelChecker(session.engine(),
                new org.speclab.engine.check.ModelChecker.Options(WARM_UP_STATES, Runtime.getRuntime().availableProcessors(), true), org.speclab.engine.check.CheckProgress.NONE)
                .check(session.initial()), "speclab-check-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static final long WARM_UP_STATES = 20_000;

    /** Runs the exhaustive checker in the background; the result opens in a dialog. */
    public void check() {
        if (stepper.session() == null || checking.get()) return;
        Session session = stepper.session();
        check = new CheckTask(session, CHECK_MAX_STATES);
        checking.set(true);
        checkProgress.bind(check.progressProperty());
        checkMessage.bind(check.messageProperty());
        check.setOnSucceeded(e -> finishCheck(session, check.getValue()));
        check.setOnCancelled(e -> finishCheck(session, null));
        check.setOnFailed(e -> {
            finishCheck(session, null);
            ui.showProblem("check failed: " + check.getException().getMessage());
        });
        jobs.start(check);
    }

    /**
     * Writes the open lesson's PDF handout (one page per narrated step, presentation mode) in the background;
     * the frames are rendered on the FX thread one per turn. The status goes to the check's message line.
     */
    public void exportHandout(Window owner) {
        Session session = stepper.session();
        if (session == null || session.lesson() == null) return;
        var lesson = session.lesson();
        String argument = lesson.source().startsWith("bundled:") ? lesson.id() : lesson.source();
        ui.askHandout(owner, lesson.id()).ifPresent(pdf -> {
            javafx.concurrent.Task<Integer> task = new javafx.concurrent.Task<>() {
                @Override protected Integer call() throws Exception {
                    return new org.speclab.app.export.Handout(argument, 1600, 900).write(pdf, p -> updateProgress(p, 1), this::isCancelled);
                }
            };
            status("writing the handout…");
            task.setOnSucceeded(e -> status("handout: " + task.getValue() + " pages in " + pdf.getFileName()));
            task.setOnFailed(e -> {
                status("");
                ui.showProblem(pdf + ": the handout could not be written: " + task.getException().getMessage());
            });
            jobs.start(task);
        });
    }

    /** The header's message line, unless a running check is showing its own progress there. */
    private void status(String text) {
        if (!checkMessage.isBound()) checkMessage.set(text);
    }

    public void cancelCheck() {
        if (check != null) check.cancel();
    }

    private void finishCheck(Session session, CheckResult result) {
        checkProgress.unbind();
        checkMessage.unbind();
        checkMessage.set(stepper.session() != session ? "" : result == null ? "check cancelled" : result.verdict().name().toLowerCase() + ", " + String.format("%,d states", result.states()));
        checking.set(false);
        if (result != null && stepper.session() == session) {
            ui.showCheck(session.scenario().id(), result, stepper::openSchedule);
        }
    }
}
