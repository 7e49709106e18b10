package org.speclab.lessons;

import java.util.List;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.Simulation;
import org.speclab.engine.run.State;
import org.speclab.engine.run.Trace;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.schedule.FirstEnabledScheduler;
import org.speclab.engine.schedule.ScheduleProblem;
import org.speclab.engine.schedule.Scheduler;
import org.speclab.engine.schedule.ScriptedScheduler;
import org.speclab.engine.schedule.ThenScheduler;

/**
 * The run a lesson shows: its schedule replayed strictly, then completed by the first thread that can move
 * (or that completion alone when the lesson has no schedule). Deterministic, so loading checks the same run the
 * GUI and {@code speclab run} show.
 */
public final class LessonReplay {
    private LessonReplay() {}

    /** Runs the lesson's own schedule; throws {@link ScheduleProblem} when a pick names a thread that cannot move. */
    public static Trace run(Scenario sc) {
        return run(sc, sc.schedule() == null ? List.of() : sc.schedule());
    }

    public static Trace run(Scenario sc, List<String> schedule) { return run(sc, schedule, new Recorder()); }

    static Trace run(Scenario sc, List<String> schedule, Recorder recorder) {
        Machine m = new Machine(sc.threads(), sc.variant());
        Engine e = new Engine(m);
        State initial = e.initial(WorldBuilder.build(sc));
        recorder.inner = new ThenScheduler(new ScriptedScheduler(schedule), new FirstEnabledScheduler());
        return new Simulation(e).run(initial, recorder);
    }

    /** Remembers which threads could move at the last pick, to say so when a scripted pick is refused. */
    static final class Recorder implements Scheduler {
        private Scheduler inner;
        private List<String> movable = List.of();

        @Override
        public int pick(Engine engine, State state, List<Integer> enabled) {
            movable = enabled.stream().map(t -> engine.machine().threadName(t)).toList();
            return inner.pick(engine, state, enabled);
        }

        List<String> movable() { return movable; }
    }
}
