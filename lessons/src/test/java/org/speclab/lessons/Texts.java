package org.speclab.lessons;

import java.util.List;

/** Lesson texts for tests: a small valid lesson, and a way to collect the problems of a broken one. */
final class Texts {
    /** A valid lesson: the munmap + reuse race without a schedule. Line numbers matter to tests that edit it. */
    static final String VALID = """
            id: test-lesson
            title: "A test lesson"
            question: "Does it load?"
            world:
              inodes: [libfoo, libbar]
              files:
                - { name: f1, inode: libfoo }
              vmas:
                - { start: 0x400000, end: 0x404000, file: f1, pgoff: 0 }
              uprobes:
                - { name: u1, inode: libfoo, offset: 0x1100 }
                - { name: u2, inode: libbar, offset: 0x1100 }
            threads:
              cpu0: [ "uprobe-hit 0x401100" ]
              cpu1: [ "munmap 0x400000 0x4000" ]
              cpu2: [ "open f2 libbar" ]
            """;

    private Texts() {}

    static List<LessonProblem> problems(String text) {
        try {
            LessonLoader.parse(text, "t.yaml");
        } catch (LessonException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems, but the lesson loaded:\n" + text);
    }

    static List<String> formatted(String text) { return problems(text).stream().map(LessonProblem::format).toList(); }

    static String first(String text) { return problems(text).get(0).format(); }

    static Lesson load(String text) {
        try {
            return LessonLoader.parse(text, "t.yaml");
        } catch (LessonException e) {
            throw new AssertionError("expected the lesson to load, got " + e.problems().stream().map(LessonProblem::format).toList());
        }
    }

    /** VALID with one line replaced (1-based line number). */
    static String withLine(int line, String replacement) {
        String[] lines = VALID.split("\n", -1);
        lines[line - 1] = replacement;
        return String.join("\n", lines);
    }
}
