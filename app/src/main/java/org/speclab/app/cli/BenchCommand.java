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
@Command(name = "bench", description = "Benchmarks.", subcommands = {BenchCommand.Engine.class, BenchCommand.Throughput.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
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

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "5", description = "Seconds per measurement (default ${DEFAULT-VALUE}).")
        double seconds;

        @Override
        public Integer call() {
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

    /** {@code speclab bench throughput}: the uprobe-nop model, rows in the published format. */
    @Command(name = "throughput", description = "The uprobe-nop throughput model (BEFORE vs AFTER), rows in the format of the published table.")
    static final class Throughput implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--cpus", paramLabel = "LIST", description = "CPU counts, comma-separated (default: the published 1..80 list, up to the topology's size).")
        String cpus;

        @Option(names = "--variant", paramLabel = "V", description = "v6.13 (BEFORE), v6.14 (AFTER), retry-N or per-vma-lock; comma-separated for several (default: v6.13,v6.14).")
        String variant;

        @Option(names = "--writers", paramLabel = "RATE", defaultValue = "0", description = "mmap/munmap write sections per second in the same mm (default ${DEFAULT-VALUE}).")
        double writers;

        @Option(names = "--topology", paramLabel = "T", defaultValue = "xeon-gold-6138", description = "xeon-gold-6138 (default), 1s-8c or this-machine.")
        String topology;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the simulation's jitter (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--explain", description = "Also print the parameter table and, per row, the cache-line transfers per hit by line.")
        boolean explain;

        @Option(names = "--csv", description = "CSV: cpus,variant,total_mps,stddev_mps,per_cpu_mps, one row per CPU count and variant.")
        boolean csv;

        @Override
        public Integer call() {
            ThroughputReport report = ThroughputReport.parse(cpus, variant, writers, topology, seed);
            report.print(spec.commandLine().getOut(), csv, explain);
            return 0;
        }
    }
}
