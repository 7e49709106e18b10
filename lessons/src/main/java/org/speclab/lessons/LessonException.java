package org.speclab.lessons;

import java.util.List;

/** A lesson file that cannot be used, with every problem found in it (at least one). Its message is the first, formatted. */
public final class LessonException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<LessonProblem> problems;

    public LessonException(List<LessonProblem> problems) {
        super(problems.isEmpty() ? "invalid lesson" : problems.get(0).format());
        if (problems.isEmpty()) throw new IllegalArgumentException("a LessonException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public LessonException(LessonProblem problem) { this(List.of(problem)); }

    public List<LessonProblem> problems() { return problems; }
}
