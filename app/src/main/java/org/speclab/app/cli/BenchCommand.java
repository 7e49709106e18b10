package org.speclab.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.speclab.engine.bench.EngineBenchmark;
import org.speclab.engine.live.LiveBenchmark;
import org.speclab.engine.live.LiveProgress;
import org.speclab.engine.live.LiveRow;
import org.speclab.engine.live.LiveVariant;
import org.speclab.engine.scenario.Scenario;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code speclab bench …}: measurements, never tests. */
@Command(name = "bench", description = "Benchmarks.", subcommands = {BenchCommand.Engine.class, BenchCommand.Check.class, BenchCommand.Throughput.class, BenchCommand.Live.class})
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

    /** {@code speclab bench check}: cold, end-to-end {@code check} wall time per lesson, next to the warm search rate. */
    @Command(name = "check", description = "Cold `speclab check` wall time, start to exit, a fresh JVM per run (min and median),"
            + " per shipped lesson and for issue #10's scenario; then the search rate of a warm JVM on the largest.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Fresh runs per row (1 … " + Flags.MAX_RUNS + "; default ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--lesson", paramLabel = "LESSON", description = "Measure only this lesson (id or path; repeat for more). Default: every"
                + " shipped lesson, then broken-end-check-before-tree-lookup --variant v6.14 --set inode-free=rcu-delayed.")
        List<String> lessons;

        @Override
        public Integer call() {
            Flags.runs(runs);
            List<ColdCheckBenchmark.Case> cases = new ArrayList<>();
            if (lessons == null) {
                for (String id : LessonCatalog.ids()) cases.add(ColdCheckBenchmark.Case.of(id));
                cases.add(ColdCheckBenchmark.SCENARIO);
            } else {
                for (String l : lessons) {
                    ScenarioOptions.open(l); // bad input fails here, before the first run
                    cases.add(ColdCheckBenchmark.Case.of(l));
                }
            }
            ColdCheckBenchmark.create(spec.commandLine().getOut(), System.getProperty("speclab.launcher")).run(cases, runs);
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

    /** {@code speclab bench live}: the Java analog of both lookups, on real threads of this machine. */
    @Command(name = "live", description = "Real Java threads on this machine: a lock-guarded lookup (v6.13 analog) vs a"
            + " seqcount-validated lockless one (v6.14 analog), in the published row format.")
    static final class Live implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--threads", paramLabel = "LIST", description = "Reader thread counts, e.g. 1,2,4 or 1-4 (default 1..cores).")
        String threads;

        @Option(names = "--seconds", paramLabel = "S", defaultValue = "2", description = "Seconds measured per point (default ${DEFAULT-VALUE}).")
        double seconds;

        @Option(names = "--writers", paramLabel = "RATE", defaultValue = "0", description = "Write sections per second by one writer thread (default ${DEFAULT-VALUE}).")
        double writers;

        @Override
        public Integer call() {
            int cores = Runtime.getRuntime().availableProcessors();
            List<Integer> counts = threads == null ? Flags.counts("--threads", "1-" + cores, cores, "thread count")
                    : Flags.counts("--threads", threads, LiveBenchmark.MAX_THREADS, "thread count");
            Flags.seconds("--seconds", seconds);
            Flags.rate("--writers", writers);
            var out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "live: %d Java reader threads hit one uprobe address on this machine (%d cores), %s s per point, writers %s/s%n",
                    counts.get(counts.size() - 1), cores, fmt(seconds), fmt(writers));
            out.println("A Java analog of the two lookups, not the kernel: compare the shape (how the rate per thread changes), not the height.");
            List<LiveRow> all = new ArrayList<>();
            LiveBenchmark bench = new LiveBenchmark(seconds, writers);
            for (LiveVariant v : List.of(LiveVariant.LOCKED, LiveVariant.LOCKLESS)) {
                out.printf("%n%s analog: %s%n", v.model(), v.description());
                out.flush();
                bench.run(List.of(v), counts, new LiveProgress() {
                    @Override
                    public void row(LiveRow r) {
                        all.add(r);
                        String split = writers > 0 ? String.format(Locale.ROOT, "  speculative %.3f, locked path %.3f M/s, %.0f writes/s",
                                r.speculativeMps(), r.fallbackMps(), r.writesPerSecond()) : "";
                        out.println(r.format() + split);
                        out.flush();
                    }
                });
            }
            if (counts.size() > 1) out.printf("%n%s%n", shape(all, counts.get(0), counts.get(counts.size() - 1)));
            out.flush();
            return 0;
        }

        /** "per-thread rate from 1 to 2 threads: v6.13 analog -48 %, v6.14 analog -3 %". */
        static String shape(List<LiveRow> rows, int from, int to) {
            StringBuilder b = new StringBuilder("per-thread rate from " + from + " to " + to + " threads:");
            for (LiveVariant v : List.of(LiveVariant.LOCKED, LiveVariant.LOCKLESS)) {
                LiveRow a = rows.stream().filter(r -> r.variant() == v && r.threads() == from).findFirst().orElse(null);
                LiveRow z = rows.stream().filter(r -> r.variant() == v && r.threads() == to).findFirst().orElse(null);
                if (a == null || z == null || a.perThreadMps() <= 0) continue;
                b.append(String.format(Locale.ROOT, " %s analog %+.0f %%,", v.model(), 100 * (z.perThreadMps() / a.perThreadMps() - 1)));
            }
            b.setLength(b.length() - (b.charAt(b.length() - 1) == ',' ? 1 : 0));
            return b.toString();
        }

        private static String fmt(double x) {
            return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
        }
    }
}
