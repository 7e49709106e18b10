package org.speclab.lessons;

import java.nio.file.Path;
import java.util.List;

/** {@code speclab lint FILE…}: every problem of a lesson file, or none. Never throws. */
public final class LessonLinter {
    private LessonLinter() {}

    public static List<LessonProblem> lint(Path file) {
        try {
            LessonLoader.load(file);
            return List.of();
        } catch (LessonException e) {
            return e.problems();
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new LessonProblem(file.toString(), 1, 1, "internal error while checking the lesson: " + e,
                    "please report this, with the lesson file"));
        }
    }
}
