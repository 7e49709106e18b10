package org.speclab.engine.schedule;

import java.util.List;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;

/**
 * Follows a list of thread names; stops when it runs out. Strict by default: a name that cannot move is an
 * error. Lenient replay (another variant re-running a schedule) skips such names instead.
 */
public final class ScriptedScheduler implements Scheduler {
    private final List<String> names;
    private final boolean lenient;
    private int next;

    public ScriptedScheduler(List<String> names) { this(names, false); }

    public ScriptedScheduler(List<String> names, boolean lenient) {
        this.names = List.copyOf(names);
        this.lenient = lenient;
    }

    @Override
    public int pick(Engine engine, State state, List<Integer> enabled) {
        if (next >= names.size()) return -1;
        String name = names.get(next++);
        if (lenient) {
            int t = engine.machine().indexOf(name);
            if (t >= 0 && enabled.contains(t)) return t;
            return pick(engine, state, enabled);
        }
        int t = engine.machine().indexOf(name);
        if (t < 0) {
            throw new ScheduleProblem(next, "schedule entry " + next + " names '" + name + "', which is not a thread (threads: "
                    + String.join(", ", engine.machine().threadNames()) + ")");
        }
        if (!enabled.contains(t)) {
            String why = engine.blockedReason(state, t);
            throw new ScheduleProblem(next, "schedule entry " + next + " picks " + name + ", but it cannot move: " + why);
        }
        return t;
    }
}
