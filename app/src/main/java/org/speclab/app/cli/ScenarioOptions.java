package org.speclab.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.speclab.engine.program.Machine;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.schedule.TraceCode;
import org.speclab.engine.variant.KnobSetting;
import org.speclab.engine.variant.Knobs;
import org.speclab.engine.variant.Variant;
import org.speclab.engine.variant.Variants;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.Echo;
import org.speclab.lessons.LessonArguments;
import org.speclab.lessons.LessonException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The lesson (id, path or trace code), variant and knob options shared by {@code run}, {@code check} and {@code bench}. */
public final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "LESSON", description = "Lesson id (see `speclab lessons`), path to a lesson file (with a / or ending in .yaml; a bundled id wins over a file of the same name: write ./NAME), or a trace code.")
    String lesson;

    @Option(names = "--variant", paramLabel = "V", description = "Variant instead of the lesson's: v6.14, v6.13, retry-N, or a broken one (B1..B14 names).")
    String variant;

    @Option(names = "--set", paramLabel = "KNOB=VALUE", description = "Override a configuration knob, e.g. filp-cache=plain-kfree.")
    List<String> knobs = new ArrayList<>();

    /** What the arguments resolve to: the lesson, its scenario with variant and knobs applied, and a code's schedule. */
    public record Resolved(Lesson lesson, Scenario scenario, List<String> codeSchedule) {}

    public Resolved resolve() {
        LessonArguments.Opened opened = open(lesson);
        return new Resolved(opened.lesson(), apply(opened.scenario(), variant, parse(knobs)), opened.schedule());
    }

    /** A lesson id, path or trace code, opened; its problem, if any, as an {@link InputProblem}. */
    static LessonArguments.Opened open(String argument) {
        try {
            return LessonArguments.open(argument);
        } catch (LessonException e) {
            var problems = e.problems();
            String more = problems.size() > 1 ? " (+" + (problems.size() - 1) + " more: speclab lint " + Echo.value(argument) + ")" : "";
            throw new InputProblem(problems.get(0).format() + more);
        }
    }

    /**
     * The scenario under another variant (keeping the lesson's own knob overrides) and with extra overrides.
     * Knob problems are {@link InputProblem}s.
     */
    static Scenario apply(Scenario sc, String variantName, Map<String, String> overrides) {
        Variant v = sc.variant();
        if (variantName != null && !variantName.equals(v.name())) {
            Variant chosen = Variants.byName(variantName).orElseThrow(() -> new InputProblem(
                    "--variant: unknown variant '" + Echo.value(variantName) + "' — variants: " + Variants.names()));
            v = Variants.keepingOverrides(chosen, v);
        }
        return sc.withVariant(v.withKnobs(knobs(v.knobs(), overrides, "--set")));
    }

    private static Knobs knobs(Knobs k, Map<String, String> overrides, String where) {
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            try {
                k = KnobSetting.apply(k, o.getKey(), o.getValue());
            } catch (IllegalArgumentException e) {
                throw new InputProblem(where + " " + Echo.value(o.getKey() + "=" + o.getValue()) + ": " + e.getMessage());
            }
        }
        return k;
    }

    private static Map<String, String> parse(List<String> settings) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new InputProblem("--set " + Echo.value(s) + ": expected KNOB=VALUE — knobs: " + String.join(", ", KnobSetting.NAMES));
            out.put(s.substring(0, eq).trim(), s.substring(eq + 1).trim());
        }
        return out;
    }

    /** The trace code of a schedule of this scenario. */
    public static String code(Scenario sc, List<String> schedule) {
        Variant base = Variants.byName(sc.variant().name()).orElse(sc.variant());
        List<String> threads = new Machine(sc.threads(), sc.variant()).threadNames();
        return TraceCode.of(sc.id(), sc.variant().name(), KnobSetting.differences(base.knobs(), sc.variant().knobs()), schedule, threads).toString();
    }
}
