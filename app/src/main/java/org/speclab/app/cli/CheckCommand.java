package org.speclab.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.speclab.engine.check.CheckProgress;
import org.speclab.engine.check.CheckResult;
import org.speclab.engine.check.ModelChecker;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.Simulation;
import org.speclab.engine.run.State;
import org.speclab.engine.run.Trace;
import org.speclab.engine.run.TraceText;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.schedule.ScriptedScheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code speclab check LESSON}: every interleaving; the outcome set with shortest witnesses, or the shortest counterexample. */
@Command(name = "check", description = "Explore every interleaving. Exit 0 holds, 1 violated, 3 inconclusive, 2 bad input.")
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--max-states", paramLabel = "N", defaultValue = "2000000", description = "Stop after N distinct states (1 … 1000000000; then inconclusive, exit 3; default ${DEFAULT-VALUE}).")
    long maxStates;

    @Option(names = "--workers", paramLabel = "N", description = "Threads for the search: with N > 1, N - 1 expand the next batch while one merges (1 … 4 × cores; default: the number of cores).")
    Integer workers;

    @Option(names = "--no-reduction", description = "Explore every interleaving of thread-local steps too.")
    boolean noReduction;

    @Option(names = "--all", description = "On a violation, search on: the full outcome set and one shortest counterexample for every violated property.")
    boolean all;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() {
        Flags.maxStates(maxStates);
        int n = Flags.workers(workers);
        Scenario sc = options.resolve().scenario();
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        State initial = engine.initial(WorldBuilder.build(sc));
        CheckResult r = new ModelChecker(engine, new ModelChecker.Options(maxStates, n, !noReduction, all), progress()).check(initial);
        if (System.console() != null) spec.commandLine().getErr().print("\r" + " ".repeat(60) + "\r");
        Trace counter = r.counterexample() == null ? null
                : new Simulation(engine).run(initial, new ScriptedScheduler(r.counterexample().schedule()), Integer.MAX_VALUE);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(sc, r, counter, all) + "\n" : text(sc, r, counter, all));
        out.flush();
        return switch (r.verdict()) {
            case HOLDS -> 0;
            case VIOLATED -> 1;
            case INCONCLUSIVE, CANCELLED -> 3;
        };
    }

    /** A progress line on stderr, only on a terminal. */
    private CheckProgress progress() {
        if (System.console() == null) return CheckProgress.NONE;
        PrintWriter err = spec.commandLine().getErr();
        return new CheckProgress() {
            @Override
            public void explored(long states, long frontier, double rate) {
                err.printf("\rstates %,d  frontier %,d  %,.0f states/s   ", states, frontier, rate);
                err.flush();
            }

            @Override
            public boolean cancelled() { return false; }
        };
    }

    private static String text(Scenario sc, CheckResult r, Trace counter, boolean all) {
        StringBuilder b = new StringBuilder();
        b.append("lesson: ").append(sc.id()).append("   variant: ").append(sc.variant().name()).append('\n');
        b.append("verdict: ").append(r.verdict().name().toLowerCase());
        if (r.counterexample() != null) {
            var v = r.counterexample().violation();
            b.append(" — ").append(v.property()).append(' ').append(v.outcome()).append(": ").append(v.explanation());
        }
        b.append('\n');
        b.append("outcomes (shortest witness):\n");
        int width = r.outcomes().keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
        r.outcomes().forEach((outcome, schedule) -> b.append(String.format("  %-" + width + "s %4d steps  %-10s %s%n", outcome, schedule.size(),
                sc.outcomes().classify(outcome), ScenarioOptions.code(sc, schedule))));
        for (String expected : sc.outcomes().expected()) {
            if (r.verdict() == CheckResult.Verdict.HOLDS && !r.outcomes().containsKey(expected)) {
                b.append("  note: the lesson expects ").append(expected).append(", which no interleaving reaches\n");
            }
        }
        if (all && r.verdict() == CheckResult.Verdict.VIOLATED) b.append(violations(sc, r));
        b.append(String.format("states: %,d   transitions: %,d   time: %.2f s   states/s: %,.0f   workers: %d%s%n", r.states(), r.transitions(),
                r.seconds(), r.statesPerSecond(), r.workers(), r.reduced() ? "" : "   (no reduction)"));
        if (r.weakFairnessChecked()) b.append(weakFairness(sc, r)).append('\n');
        if (counter != null) {
            var cx = r.counterexample();
            b.append("\ncounterexample (").append(cx.schedule().size()).append(" steps")
                    .append(cx.cycleStart() >= 0 ? ", repeating from step " + (cx.cycleStart() + 1) : "").append("):\n");
            b.append("trace code: ").append(ScenarioOptions.code(sc, cx.schedule())).append('\n');
            b.append(TraceText.format(counter));
        }
        return b.toString();
    }

    /** With --all: every violated property, each with its shortest counterexample as a trace code and how the lesson declares it. */
    private static String violations(Scenario sc, CheckResult r) {
        StringBuilder b = new StringBuilder("violations (shortest counterexample each):\n");
        int width = r.violations().stream().mapToInt(c -> label(c).length()).max().orElse(10) + 2;
        for (CheckResult.Counterexample cx : r.violations()) {
            b.append(String.format("  %-" + width + "s %4d steps  %-10s %s%n", label(cx), cx.schedule().size(),
                    sc.outcomes().classify(cx.violation().outcome()), ScenarioOptions.code(sc, cx.schedule())));
        }
        return b.toString();
    }

    private static String label(CheckResult.Counterexample cx) { return cx.violation().property() + " " + cx.violation().outcome(); }

    /** L1 both ways: the livelock above assumes no fairness; say whether one survives weak fairness. */
    private static String weakFairness(Scenario sc, CheckResult r) {
        if (r.fairLivelock() == null) {
            return "under weak fairness: no livelock — every such cycle starves a thread that stays enabled (a writer that could"
                    + " always move); the cost of spinning is the argument, not this cycle";
        }
        var f = r.fairLivelock();
        return "under weak fairness: livelock too (" + f.schedule().size() + " steps, repeating from step " + (f.cycleStart() + 1) + "): "
                + ScenarioOptions.code(sc, f.schedule());
    }

    private static String json(Scenario sc, CheckResult r, Trace counter, boolean all) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("lesson", sc.id());
        root.put("verdict", switch (r.verdict()) {
            case HOLDS -> "holds";
            case VIOLATED -> "violated";
            default -> "inconclusive";
        });
        root.put("variant", sc.variant().name());
        root.put("states", r.states());
        root.put("transitions", r.transitions());
        root.put("seconds", r.seconds());
        root.put("states_per_second", Math.round(r.statesPerSecond()));
        root.put("outcomes", r.outcomes());
        Map<String, String> codes = new LinkedHashMap<>();
        r.outcomes().forEach((o, s) -> codes.put(o, ScenarioOptions.code(sc, s)));
        root.put("trace_codes", codes);
        Map<String, String> declared = new LinkedHashMap<>();
        r.outcomes().keySet().forEach(o -> declared.put(o, sc.outcomes().classify(o)));
        root.put("declared", declared);
        if (counter != null) {
            Map<String, Object> v = violationJson(sc, r.counterexample());
            if (r.weakFairnessChecked()) {
                Map<String, Object> wf = new LinkedHashMap<>();
                wf.put("livelock", r.fairLivelock() != null);
                if (r.fairLivelock() != null) {
                    wf.put("schedule", r.fairLivelock().schedule());
                    wf.put("cycle_start", r.fairLivelock().cycleStart() + 1);
                }
                v.put("weak_fairness", wf);
            }
            v.put("trace", TraceJson.steps(counter));
            root.put("violation", v);
        }
        if (all) {
            List<Map<String, Object>> vs = new ArrayList<>();
            for (CheckResult.Counterexample cx : r.violations()) vs.add(violationJson(sc, cx));
            root.put("violations", vs);
        }
        return TraceJson.write(root);
    }

    /** A counterexample's JSON keys, the same under "violation" and in "violations" (DESIGN.md §3). */
    private static Map<String, Object> violationJson(Scenario sc, CheckResult.Counterexample cx) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("property", cx.violation().property().name());
        v.put("outcome", cx.violation().outcome());
        v.put("object", cx.violation().object());
        v.put("explanation", cx.violation().explanation());
        v.put("declared", sc.outcomes().classify(cx.violation().outcome()));
        v.put("schedule", cx.schedule());
        v.put("trace_code", ScenarioOptions.code(sc, cx.schedule()));
        if (cx.cycleStart() >= 0) v.put("cycle_start", cx.cycleStart() + 1);
        return v;
    }

}
