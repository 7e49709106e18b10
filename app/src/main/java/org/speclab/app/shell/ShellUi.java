package org.speclab.app.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.speclab.engine.check.CheckResult;

/** The dialogs the window shows, behind an interface so view-models are testable without a stage. */
public interface ShellUi {
    /** A lesson file path or a trace code, if the user chose one. */
    Optional<String> askOpen(Window owner);

    /** One located line, e.g. {@code lesson.yaml:7:12: unknown thread 'wirter' — did you mean 'writer'?}. */
    void showProblem(String line);

    /** A step number of the lesson's script, 0 … {@code last} ("go to step N"); empty when cancelled. */
    default Optional<Integer> askStep(Window owner, int last) { return Optional.empty(); }

    /** The checker's result, with a way to open a witness or counterexample in the stepper. */
    void showCheck(String lesson, CheckResult result, Consumer<List<String>> open);

    /** Where to save the lesson's PDF handout, if the user chose a file (none by default: tests). */
    default Optional<java.nio.file.Path> askHandout(Window owner, String name) { return Optional.empty(); }
}
