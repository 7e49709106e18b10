package org.speclab.lessons;

/**
 * One thing wrong with a lesson file, located (1-based line and column) and with what to do about it. Renders as
 * the single stderr line of DESIGN.md §3: {@code lessons/x.yaml:7:12: unknown thread 'wirter' — did you mean 'writer'?}.
 */
public record LessonProblem(String file, int line, int column, String message, String fix) {
    public LessonProblem {
        message = oneLine(message);
        fix = fix == null ? "" : oneLine(fix);
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    /** {@code path:line:col: message — fix}, on one line. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + message + (fix.isEmpty() ? "" : " — " + fix);
    }

    private static String oneLine(String s) { return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip(); }
}
