package org.speclab.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.variant.KnobSetting;
import org.speclab.engine.variant.Knobs;
import org.speclab.engine.variant.Variant;
import org.speclab.engine.variant.Variants;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonCatalog;
import org.speclab.lessons.LessonException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The lesson, variant and knob options shared by {@code run}, {@code check} and {@code bench}. */
public final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "LESSON", description = "Lesson id (see `speclab lessons`) or path to a lesson file.")
    String lesson;

    @Option(names = "--variant", paramLabel = "V", description = "Variant to run instead of the lesson's: ${COMPLETION-CANDIDATES}")
    String variant;

    @Option(names = "--set", paramLabel = "KNOB=VALUE", description = "Override a configuration knob, e.g. filp-cache=plain-kfree.")
    List<String> knobs = new ArrayList<>();

    /** Loads the lesson; a broken file is an {@link InputProblem} with its first located problem. */
    public Lesson loadLesson() {
        try {
            return LessonCatalog.resolve(lesson);
        } catch (LessonException e) {
            var problems = e.problems();
            String more = problems.size() > 1 ? " (+" + (problems.size() - 1) + " more: speclab lint " + lesson + ")" : "";
            throw new InputProblem(problems.get(0).format() + more);
        }
    }

    /** The lesson's scenario with --variant and --set applied (the lesson's own knob overrides are kept). */
    public Scenario scenario(Lesson l) {
        Scenario sc = l.scenario();
        Variant v = sc.variant();
        if (variant != null) {
            Variant chosen = Variants.byName(variant).orElseThrow(() -> new InputProblem(
                    "--variant: unknown variant '" + variant + "' — variants: " + Variants.names()));
            Knobs k = chosen.knobs();
            for (Map.Entry<String, String> o : l.knobOverrides().entrySet()) k = KnobSetting.apply(k, o.getKey(), o.getValue());
            v = chosen.withKnobs(k);
        }
        Knobs k = v.knobs();
        for (Map.Entry<String, String> o : parsedKnobs().entrySet()) {
            try {
                k = KnobSetting.apply(k, o.getKey(), o.getValue());
            } catch (IllegalArgumentException e) {
                throw new InputProblem("--set " + o.getKey() + "=" + o.getValue() + ": " + e.getMessage());
            }
        }
        return sc.withVariant(v.withKnobs(k));
    }

    private Map<String, String> parsedKnobs() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : knobs) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new InputProblem("--set " + s + ": expected KNOB=VALUE — knobs: " + String.join(", ", KnobSetting.NAMES));
            out.put(s.substring(0, eq).trim(), s.substring(eq + 1).trim());
        }
        return out;
    }
}
