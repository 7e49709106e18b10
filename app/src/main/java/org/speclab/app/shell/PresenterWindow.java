package org.speclab.app.shell;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.speclab.app.presenter.PresenterViewModel;
import org.speclab.app.theme.Theme;

/**
 * The presenter view: a second window for the lecturer's laptop while the projector shows the class view. The
 * same keys (and clicker) drive the lesson from either window, and the lesson browser while it shows: never the
 * lesson hidden behind it.
 */
final class PresenterWindow {
    private final ShellViewModel vm;
    /** The class view's lesson browser, which this window's keys drive while it shows. */
    private final StartPanel browser;
    private Stage stage;

    PresenterWindow(ShellViewModel vm, StartPanel browser) {
        this.vm = vm;
        this.browser = browser;
    }

    /** Opens the window, or closes it when it is open. */
    void toggle(Window owner) {
        if (stage != null && stage.isShowing()) {
            stage.close();
            return;
        }
        if (stage == null) stage = build(owner);
        stage.show();
    }

    private Stage build(Window owner) {
        PresenterViewModel p = new PresenterViewModel(vm.stepper(), vm.narration());
        VBox root = new VBox(10,
                browsing(),
                line("presenter-where", "presenter-where", p.whereProperty()),
                heading("Notes"), line("presenter-notes", "presenter-notes", p.notesProperty()),
                heading("Quiz"), line("presenter-quiz", "presenter-text", p.quizAnswerProperty()),
                heading("Next narration"), line("presenter-next-narration", "presenter-text", p.nextNarrationProperty()),
                heading("Next step"), line("presenter-next-step", "presenter-text", p.nextStepProperty()));
        root.setId("presenter");
        Scene scene = new Scene(root, 720, 560);
        Theme.apply(scene, vm.darkProperty().get(), false);
        new Keys(vm, browser).install(root);
        // nothing else here takes the focus, and a key with no focus owner goes to the scene, past the root's
        // filter: the root holds the focus, so a clicker on this window reaches the keys
        root.setFocusTraversable(true);
        Stage s = new Stage();
        s.setTitle("SpecLab — presenter");
        if (owner != null) s.initOwner(owner);
        s.setScene(scene);
        s.setOnShown(e -> root.requestFocus());
        return s;
    }

    /** While the class sees the lesson browser, this window's keys move in it: say so, and which keys. */
    private Label browsing() {
        Label l = new Label("The class sees the lesson browser: ↑/↓ or PageDown/PageUp move, Enter opens the marked lesson, Esc returns.");
        l.setId("presenter-browsing");
        l.getStyleClass().add("presenter-browsing");
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.visibleProperty().bind(vm.browsingProperty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("presenter-heading");
        return l;
    }

    private static Label line(String id, String style, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.textProperty().bind(text);
        return l;
    }
}
