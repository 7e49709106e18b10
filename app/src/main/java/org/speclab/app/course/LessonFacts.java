package org.speclab.app.course;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.speclab.engine.run.Trace;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonReplay;

/**
 * What the browser says about a lesson besides its question: how hard and how long. Derived from the lesson's
 * own run rather than written in each file, so it cannot go stale: about 10 s a step when taught (read, predict,
 * discuss), a minute a quiz, rounded up; difficulty from how many threads race and how long the race is.
 */
public record LessonFacts(int steps, int threads, String difficulty, int minutes) {
    /**
     * A lesson's facts never change, and the browser shows all of them each time it opens: each lesson's run is
     * replayed once per JVM. Keyed by the lesson's whole (immutable) record, so an edited file with the same id
     * gets its own facts.
     */
    private static final Map<Lesson, LessonFacts> KNOWN = new ConcurrentHashMap<>();

    public static LessonFacts of(Lesson l) { return KNOWN.computeIfAbsent(l, LessonFacts::replayed); }

    private static LessonFacts replayed(Lesson l) {
        Trace run = LessonReplay.run(l.scenario());
        int threads = l.scenario().threads().size();
        int steps = run.size();
        String difficulty = threads <= 2 && steps <= 30 ? "intro" : threads >= 4 || steps > 45 ? "advanced" : "core";
        int minutes = Math.max(3, (int) Math.ceil(steps * 10 / 60.0) + l.quizzes().size());
        return new LessonFacts(steps, threads, difficulty, minutes);
    }
}
