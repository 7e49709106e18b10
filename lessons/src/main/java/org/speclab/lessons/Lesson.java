package org.speclab.lessons;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.speclab.engine.scenario.Scenario;

/**
 * A loaded, validated lesson: the litmus test the engine runs, where it came from (a file path or
 * {@code bundled:ID}), narration and quiz pauses keyed to trace steps, the answer-first {@code result} line, and
 * presenter {@code notes} keyed to steps (shown only in the presenter view, never to the class), and the panels it
 * needs (all when the file names none; presentation mode shows only these).
 */
public record Lesson(Scenario scenario, String source, Map<Integer, String> narration, List<Quiz> quizzes, String result, Chart chart,
                     Map<Integer, String> notes, List<Panel> panels) {
    public Lesson {
        narration = java.util.Collections.unmodifiableMap(new TreeMap<>(narration));
        notes = java.util.Collections.unmodifiableMap(new TreeMap<>(notes == null ? Map.of() : notes));
        quizzes = List.copyOf(quizzes);
        result = result == null ? "" : result;
        panels = panels == null || panels.isEmpty() ? List.of(Panel.values()) : List.copyOf(panels);
    }

    /** A lesson that shows every panel. */
    public Lesson(Scenario scenario, String source, Map<Integer, String> narration, List<Quiz> quizzes, String result, Chart chart,
                  Map<Integer, String> notes) {
        this(scenario, source, narration, quizzes, result, chart, notes, List.of());
    }

    /** A lesson without a {@code chart} key. */
    public Lesson(Scenario scenario, String source, Map<Integer, String> narration, List<Quiz> quizzes, String result) {
        this(scenario, source, narration, quizzes, result, null);
    }

    /** A lesson without presenter {@code notes}. */
    public Lesson(Scenario scenario, String source, Map<Integer, String> narration, List<Quiz> quizzes, String result, Chart chart) {
        this(scenario, source, narration, quizzes, result, chart, Map.of());
    }

    /** The throughput chart's settings when the lesson opens, if it sets any. */
    public java.util.Optional<Chart> chartSetting() { return java.util.Optional.ofNullable(chart); }

    /**
     * Where the throughput chart opens for this lesson: the CPU count it points at and the writer rate (mmap/munmap
     * write sections per second in the same mm).
     */
    public record Chart(int cpus, int writers) {
        public static final int MAX_WRITERS = 1_000_000;
    }

    public String id() { return scenario.id(); }

    public String title() { return scenario.title(); }

    public String question() { return scenario.question(); }

    /**
     * A "predict the outcome" pause before trace step {@code step} is shown.
     *
     * @param answer the correct choice, counted from 1 as teachers number them
     */
    public record Quiz(int step, String question, List<String> choices, int answer) {
        public Quiz { choices = List.copyOf(choices); }

        /** The correct choice's text. */
        public String answerText() { return choices.get(answer - 1); }
    }
}
