package org.speclab.lessons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file, so a user sees all of them at once rather than one per run. */
final class Problems {
    /** Past this many, more problems are noise: the file is probably not a lesson at all. */
    static final int MAX = Limits.PROBLEMS;

    private final String file;
    private final List<LessonProblem> list = new ArrayList<>();

    Problems(String file) { this.file = file; }

    String file() { return file; }

    void add(Where w, String message, String fix) {
        if (list.size() < MAX) list.add(new LessonProblem(file, w.line(), w.column(), message, fix));
    }

    boolean any() { return !list.isEmpty(); }

    int count() { return list.size(); }

    /** In file order, so the first problem printed is the first one a reader meets. */
    List<LessonProblem> sorted() {
        List<LessonProblem> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(LessonProblem::line).thenComparingInt(LessonProblem::column));
        return out;
    }

    void throwIfAny() throws LessonException {
        if (any()) throw new LessonException(sorted());
    }
}
