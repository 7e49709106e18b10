package org.speclab.lessons;

import java.util.List;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.schedule.TraceCode;

/**
 * What the window and every command accept as a lesson: a bundled id, a lesson file's path, or a trace code
 * ({@code LESSON@VARIANT@SCHEDULE}). A path (with a {@code /}, or ending in .yaml/.yml) is never taken for a code,
 * even with an {@code @} in it. Every problem is a {@link LessonException} with one located line.
 */
public final class LessonArguments {
    private LessonArguments() {}

    /** The lesson, its scenario (the code's variant and knobs applied) and, for a code, the schedule to replay. */
    public record Opened(Lesson lesson, Scenario scenario, List<String> schedule) {}

    public static Opened open(String argument) throws LessonException {
        if (isTraceCode(argument)) {
            try {
                TraceCodes.Opened o = TraceCodes.open(argument);
                return new Opened(o.lesson(), o.scenario(), o.schedule());
            } catch (IllegalArgumentException e) {
                throw new LessonException(LessonProblem.unlocated("trace code " + Echo.value(argument.strip()), e.getMessage(),
                        "copy the whole code from the output of `speclab run` or `speclab check`"));
            }
        }
        Lesson l = LessonCatalog.resolve(argument);
        return new Opened(l, l.scenario(), null);
    }

    public static boolean isTraceCode(String argument) { return !LessonCatalog.isPath(argument) && TraceCode.looksLike(argument); }
}
