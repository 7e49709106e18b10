package org.speclab.lessons;

import java.util.List;
import org.speclab.engine.program.Machine;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.schedule.TraceCode;
import org.speclab.engine.variant.KnobSetting;
import org.speclab.engine.variant.Knobs;
import org.speclab.engine.variant.Variant;
import org.speclab.engine.variant.Variants;

/** Opens a trace code ({@code lesson@variant[,knob=v]@schedule}) as a lesson, its scenario and the schedule to replay. */
public final class TraceCodes {
    private TraceCodes() {}

    /** What a code stands for. */
    public record Opened(Lesson lesson, Scenario scenario, List<String> schedule) {}

    /**
     * @throws LessonException          the code's lesson cannot be found or loaded
     * @throws IllegalArgumentException the code is malformed, or names an unknown variant, knob or thread
     */
    public static Opened open(String code) throws LessonException {
        TraceCode c = TraceCode.parse(code);
        Lesson lesson = LessonCatalog.resolve(c.lesson());
        Variant v = Variants.byName(c.variant()).orElseThrow(() -> new IllegalArgumentException("unknown variant '" + c.variant() + "'"));
        Knobs k = v.knobs();
        for (var e : c.knobs().entrySet()) k = KnobSetting.apply(k, e.getKey(), e.getValue());
        Scenario sc = lesson.scenario().withVariant(v.withKnobs(k));
        return new Opened(lesson, sc, c.schedule(new Machine(sc.threads(), sc.variant()).threadNames()));
    }
}
