package org.speclab.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.Simulation;
import org.speclab.engine.run.Trace;
import org.speclab.engine.run.TraceText;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.schedule.FirstEnabledScheduler;
import org.speclab.engine.schedule.ScheduleProblem;
import org.speclab.engine.schedule.Scheduler;
import org.speclab.engine.schedule.ScriptedScheduler;
import org.speclab.engine.schedule.SeededRandomScheduler;
import org.speclab.engine.schedule.ThenScheduler;
import org.speclab.lessons.Echo;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code speclab run LESSON}: one schedule (the lesson's, a given one, or seeded random), printed as a trace. */
@Command(name = "run", description = "Run one schedule of a lesson and print its trace. Exit 0 ok, 1 property violated, 2 bad input.")
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--schedule", split = ",", paramLabel = "T,T,…", description = "Thread names to run, in order; then every thread runs to completion in order.")
    List<String> schedule;

    @Option(names = "--seed", paramLabel = "N", description = "A seeded random schedule instead of the lesson's (N = 0 … 2^63-1).")
    Long seed;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "5000", description = "Stop after N steps (1 … 100000; default ${DEFAULT-VALUE}).")
    int maxSteps;

    @Override
    public Integer call() {
        if (schedule != null && seed != null) throw new InputProblem("--schedule and --seed exclude each other — give one");
        Flags.seed(seed);
        Flags.maxSteps(maxSteps);
        if (schedule != null && schedule.size() > Limits.SCHEDULE) {
            throw new InputProblem("--schedule: " + schedule.size() + " entries; a schedule has at most " + Limits.SCHEDULE + " — shorten it");
        }
        ScenarioOptions.Resolved resolved = options.resolve();
        Lesson lesson = resolved.lesson();
        Scenario sc = resolved.scenario();
        boolean fromCode = schedule == null && seed == null && resolved.codeSchedule() != null;
        if (fromCode) schedule = resolved.codeSchedule();
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        Trace trace;
        try {
            trace = new Simulation(engine).run(engine.initial(WorldBuilder.build(sc)), scheduler(sc), maxSteps);
        } catch (ScheduleProblem p) {
            String where = fromCode ? "trace code " + Echo.value(options.lesson) : schedule != null ? "--schedule" : lesson.source();
            throw new InputProblem(where + ": " + p.getMessage() + " — fix the schedule or drop it to use the default order");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(TraceJson.of(sc.id(), trace, ScenarioOptions.code(sc, trace.schedule())));
        } else {
            out.print(TraceText.format(trace));
            out.println("trace code: " + ScenarioOptions.code(sc, trace.schedule()));
            out.println("declared: " + sc.outcomes().classify(trace.outcome()));
        }
        out.flush();
        return trace.violation() == null ? 0 : 1;
    }

    /** The run the window and {@code export} show for a lesson: its (or the code's) schedule, then the first thread that can move. */
    static Trace lessonRun(ScenarioOptions.Resolved r) {
        Scenario sc = r.scenario();
        List<String> names = r.codeSchedule() != null ? r.codeSchedule() : sc.schedule();
        Scheduler s = names == null ? new FirstEnabledScheduler() : new ThenScheduler(new ScriptedScheduler(names), new FirstEnabledScheduler());
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        try {
            return new Simulation(engine).run(engine.initial(WorldBuilder.build(sc)), s, Simulation.DEFAULT_MAX_STEPS);
        } catch (ScheduleProblem p) {
            throw new InputProblem((r.codeSchedule() != null ? "trace code" : r.lesson().source()) + ": " + p.getMessage()
                    + " — fix the schedule or drop it to use the default order");
        }
    }

    private Scheduler scheduler(Scenario sc) {
        if (seed != null) return new SeededRandomScheduler(seed);
        List<String> names = schedule != null ? schedule : sc.schedule();
        if (names == null) return new FirstEnabledScheduler();
        return new ThenScheduler(new ScriptedScheduler(names), new FirstEnabledScheduler());
    }
}
