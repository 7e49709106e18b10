package org.speclab.engine.scenario;

import java.util.List;
import org.speclab.engine.program.ThreadSpec;
import org.speclab.engine.variant.Variant;

/**
 * A litmus test: the world, the threads and their programs, the variant (knobs applied), an optional schedule
 * (thread names) and the outcomes the author declared. Lesson files load into this.
 */
public record Scenario(String id, String title, String question, Variant variant, WorldSpec world, List<ThreadSpec> threads,
                       List<String> schedule, Outcomes outcomes) {
    public Scenario {
        threads = List.copyOf(threads);
        schedule = schedule == null ? null : List.copyOf(schedule);
    }

    /** jcstress-style classification of outcome names. */
    public record Outcomes(List<String> expected, List<String> possible, List<String> forbidden) {
        public static final Outcomes NONE = new Outcomes(List.of(), List.of(), List.of());

        public Outcomes {
            expected = List.copyOf(expected);
            possible = List.copyOf(possible);
            forbidden = List.copyOf(forbidden);
        }

        /** "expected", "possible", "forbidden" or "undeclared". */
        public String classify(String outcome) {
            if (expected.contains(outcome)) return "expected";
            if (possible.contains(outcome)) return "possible";
            if (forbidden.contains(outcome)) return "forbidden";
            return "undeclared";
        }
    }

    public Scenario withVariant(Variant v) { return new Scenario(id, title, question, v, world, threads, schedule, outcomes); }

    public Scenario withSchedule(List<String> s) { return new Scenario(id, title, question, variant, world, threads, s, outcomes); }
}
