package org.speclab.app.shell;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.speclab.app.jobs.CheckResultDialog;
import org.speclab.engine.check.CheckResult;

/** JavaFX dialogs: a file chooser or a pasted trace code, problems as one line, check results. */
final class DialogUi implements ShellUi {
    @Override
    public Optional<String> askOpen(Window owner) {
        Alert choose = new Alert(Alert.AlertType.CONFIRMATION, "Open a lesson file, or paste a trace code?",
                new ButtonType("Lesson file…"), new ButtonType("Trace code…"), ButtonType.CANCEL);
        choose.setHeaderText(null);
        choose.initOwner(owner);
        Optional<ButtonType> b = choose.showAndWait();
        if (b.isEmpty() || b.get() == ButtonType.CANCEL) return Optional.empty();
        if (b.get().getText().startsWith("Lesson")) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open a lesson");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lesson files", "*.yaml", "*.yml"));
            File f = fc.showOpenDialog(owner);
            return f == null ? Optional.empty() : Optional.of(f.getPath());
        }
        TextInputDialog code = new TextInputDialog();
        code.setTitle("Open a trace code");
        code.setHeaderText("Paste a trace code, e.g. munmap-file-reuse@v6.14@a6b9ca15b2");
        code.initOwner(owner);
        return code.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<java.nio.file.Path> askHandout(Window owner, String name) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save the lesson handout");
        fc.setInitialFileName(name + ".pdf");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File f = fc.showSaveDialog(owner);
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    }

    @Override
    public Optional<Integer> askStep(Window owner, int last) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle("Go to step");
        d.setHeaderText("Go to step of the lesson (0 … " + last + ")");
        d.getDialogPane().setId("go-to-step");
        d.initOwner(owner);
        return d.showAndWait().map(String::trim).flatMap(s -> {
            try {
                int n = Integer.parseInt(s);
                if (n >= 0 && n <= last) return Optional.of(n);
            } catch (NumberFormatException e) {
                // fall through: said below
            }
            showProblem("step '" + s + "': not a step of this lesson — give a number from 0 to " + last);
            return Optional.empty();
        });
    }

    @Override
    public void showProblem(String line) {
        Alert a = new Alert(Alert.AlertType.ERROR, line, ButtonType.OK);
        a.setHeaderText("That could not be opened; nothing that was open is lost.");
        a.getDialogPane().setId("problem-dialog");
        // A bad lesson on the command line is reported while the window is being built: show the dialog once
        // the window is up, over it, or it opens behind the window and the user never sees why nothing loaded.
        javafx.application.Platform.runLater(() -> {
            Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof ShellView)
                    .findFirst().ifPresent(a::initOwner);
            a.show();
        });
    }

    @Override
    public void showCheck(String lesson, CheckResult result, Consumer<List<String>> open) {
        new CheckResultDialog(lesson, result, open).show();
    }
}
