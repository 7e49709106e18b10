package org.speclab.app.cli;

import java.util.concurrent.Callable;
import org.speclab.engine.bench.EngineBenchmark;
import org.speclab.engine.scenario.Scenario;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code speclab bench …}: measurements, never tests. */
@Command(name = "bench", description = "Benchmarks.", subcommands = {BenchCommand.Engine.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new InputProblem("speclab bench: which benchmark? — try: speclab bench engine (speclab bench --help lists them)");
    }

    /** {@code speclab bench engine}: engine steps/s, memory per retained step, exploration states/s. */
    @Command(name = "engine", description = "Engine steps/s on random schedules, bytes per retained step, and explored states/s.")
    static final class Engine implements Callable<Integer> {
        /** The largest bundled scenario: two readers, two writers, about 230 k states. */
        static final String LARGEST = "two-readers-two-writers";

        @Spec
        CommandSpec spec;

        @Option(names = "--lesson", paramLabel = "LESSON", description = "Lesson to measure (default: " + LARGEST + ", the largest bundled one).")
        String lesson;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "5", description = "Seconds per measurement (0.1 … 3600; default ${DEFAULT-VALUE}).")
        double seconds;

        @Override
        public Integer call() {
            Flags.seconds("--seconds", seconds);
            Scenario sc;
            if (lesson != null) {
                ScenarioOptions o = new ScenarioOptions();
                o.lesson = lesson;
                sc = o.resolve().scenario();
            } else {
                sc = LessonCatalog.byId(LARGEST).map(Lesson::scenario).orElseThrow();
            }
            new EngineBenchmark(spec.commandLine().getOut()).run(sc, seconds);
            return 0;
        }
    }
}
