package org.speclab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speclab.app.Main;
import org.speclab.engine.check.CheckProgress;
import org.speclab.engine.check.CheckResult;
import org.speclab.engine.check.ModelChecker;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.lessons.Echo;

/**
 * {@code speclab bench check}: what a user waits for. Each run is a fresh {@code speclab check} process, started
 * the way users start it (through the launcher when this JVM was, so with its JVM options and class-data
 * archive), timed from start to exit; then, for the largest case, the search rate of this already warm JVM.
 */
final class ColdCheckBenchmark {
    /** Issue #10's yardstick: a b5-sized search (447 k states when the issue was filed). */
    static final Case SCENARIO = new Case("broken-end-check-before-tree-lookup", "v6.14", List.of("inode-free=rcu-delayed"));

    private static final Pattern VERDICT = Pattern.compile("(?m)^verdict: (\\w+)");
    private static final Pattern STATES = Pattern.compile("(?m)^states: ([0-9,]+) .*time: ([0-9.]+) s");

    /** A lesson (id or path), optionally with another variant (null: the lesson's) and knob settings. */
    record Case(String lesson, String variant, List<String> knobs) {
        static Case of(String lesson) { return new Case(lesson, null, List.of()); }

        List<String> args() {
            List<String> a = new ArrayList<>(List.of("check", lesson));
            if (variant != null) a.addAll(List.of("--variant", variant));
            for (String k : knobs) a.addAll(List.of("--set", k));
            return a;
        }

        String label() { return String.join(" ", args().subList(1, args().size())); }
    }

    /** One cold run: wall seconds from start to exit, and what the check printed. */
    record Run(double wall, String verdict, long states, double search) {}

    private final PrintWriter out;
    private final List<String> start;
    private final String via;

    private ColdCheckBenchmark(PrintWriter out, List<String> start, String via) {
        this.out = out;
        this.start = start;
        this.via = via;
    }

    /**
     * Starts children through {@code launcher} (the script that started this JVM, passed as a system property) when
     * there is one, else with this JVM's java and class path.
     */
    static ColdCheckBenchmark create(PrintWriter out, String launcher) {
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            return new ColdCheckBenchmark(out, List.of(launcher), launcher + " (its JVM, options, class-data archive or AOT cache, as users run it)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ColdCheckBenchmark(out, List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()),
                java + " -cp … " + Main.class.getName() + " (not started by ./speclab: no launcher options, no class-data archive or AOT cache)");
    }

    void run(List<Case> cases, int runs) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf(Locale.ROOT, "bench check: cold `speclab check`, start to exit, a fresh JVM per run, %d run%s per row; load average %.2f on %d cores%n",
                runs, runs == 1 ? "" : "s", load, Runtime.getRuntime().availableProcessors());
        out.println("via: " + via);
        int width = Math.max(8, cases.stream().mapToInt(c -> c.label().length()).max().orElse(8));
        out.printf(Locale.ROOT, "%-" + width + "s  %-12s %10s %10s %12s %10s %16s%n", "lesson", "verdict", "states", "wall min", "wall median",
                "search", "search states/s");
        out.flush();
        Case largest = null;
        long most = -1;
        double coldRate = 0;
        for (Case c : cases) {
            List<Run> rs = new ArrayList<>();
            for (int i = 0; i < runs; i++) rs.add(once(c));
            List<Double> walls = rs.stream().map(Run::wall).sorted().toList();
            double search = median(rs.stream().map(Run::search).sorted().toList());
            Run first = rs.get(0);
            double rate = search > 0 ? first.states() / search : 0;
            out.printf(Locale.ROOT, "%-" + width + "s  %-12s %,10d %8.3f s %10.3f s %10.3f s %,16.0f%n", c.label(), first.verdict(), first.states(),
                    walls.get(0), median(walls), search, rate);
            out.flush();
            if (first.states() > most) {
                most = first.states();
                largest = c;
                coldRate = rate;
            }
        }
        if (largest != null) warm(largest, coldRate);
        out.flush();
    }

    /** The search rate once this JVM is warm, on the same case with the same workers as a check: best and median of 3 after 2 warm-ups. */
    private void warm(Case c, double coldRate) {
        ScenarioOptions o = new ScenarioOptions();
        o.lesson = c.lesson();
        o.variant = c.variant();
        o.knobs.addAll(c.knobs());
        Scenario sc = o.resolve().scenario();
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        State initial = engine.initial(WorldBuilder.build(sc));
        ModelChecker.Options options = new ModelChecker.Options(2_000_000, Flags.workers(null), true); // check's defaults
        List<Double> seconds = new ArrayList<>();
        CheckResult r = null;
        for (int i = 0; i < 5; i++) {
            r = new ModelChecker(engine, options, CheckProgress.NONE).check(initial);
            if (i >= 2) seconds.add(r.seconds());
        }
        seconds.sort(Comparator.naturalOrder());
        out.printf(Locale.ROOT, "warm search of %s: %,d states, best %.3f s, median %.3f s = %,.0f states/s (this JVM after 2 warm-up searches,"
                        + " %d workers), where a cold check searched at %,.0f states/s%n",
                c.label(), r.states(), seconds.get(0), median(seconds), r.states() / Math.max(1e-9, median(seconds)), options.workers(), coldRate);
    }

    private Run once(Case c) {
        List<String> command = new ArrayList<>(start);
        command.addAll(c.args());
        Path err = null;
        try {
            err = Files.createTempFile("speclab-bench-", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            Matcher v = VERDICT.matcher(text);
            Matcher s = STATES.matcher(text);
            if ((code != 0 && code != 1 && code != 3) || !v.find() || !s.find()) {
                String why = Files.readAllLines(err).stream().filter(l -> !l.isBlank()).findFirst().orElse("no verdict in its output");
                throw new InputProblem("bench check: `speclab " + Echo.value(String.join(" ", c.args())) + "` exited " + code + ": "
                        + Echo.text(why, 200) + " — run it alone to see why");
            }
            return new Run(wall, v.group(1), Long.parseLong(s.group(1).replace(",", "")), Double.parseDouble(s.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            if (err != null) Outputs.delete(err);
        }
    }

    private static double median(List<Double> sorted) { return sorted.get(sorted.size() / 2); }
}
