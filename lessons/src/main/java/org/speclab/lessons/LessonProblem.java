package org.speclab.lessons;

/**
 * One thing wrong with a lesson file, located (1-based line and column) and with what to do about it. Renders as
 * the single stderr line of the README's command table: {@code lessons/x.yaml:7:12: unknown thread 'wirter' — did you mean 'writer'?}.
 */
public record LessonProblem(String file, int line, int column, String message, String fix) {
    /** A message may quote the input; past these lengths it is elided (one message once echoed 86,000 characters). */
    static final int MAX_PATH = 160;
    static final int MAX_MESSAGE = 400;
    static final int MAX_FIX = 300;

    public LessonProblem {
        file = Echo.text(file, MAX_PATH);
        message = Echo.text(oneLine(message), MAX_MESSAGE);
        fix = fix == null ? "" : Echo.text(oneLine(fix), MAX_FIX);
        boolean unlocated = line == 0 && column == 0;
        line = unlocated ? 0 : Math.max(1, line);
        column = unlocated ? 0 : Math.max(1, column);
    }

    /** A problem of something that has no lines, such as a trace code: {@code what: message — fix}. */
    public static LessonProblem unlocated(String what, String message, String fix) { return new LessonProblem(what, 0, 0, message, fix); }

    /** {@code path:line:col: message — fix}, on one line. */
    public String format() {
        return file + (line == 0 ? "" : ":" + line + ":" + column) + ": " + message + (fix.isEmpty() ? "" : " — " + fix);
    }

    private static String oneLine(String s) { return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip(); }
}
