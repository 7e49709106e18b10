package org.speclab.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.speclab.engine.run.Simulation;

/**
 * Reads {@code schedule:}, a list of thread names where {@code cpu0*6} stands for six picks of cpu0. Remembers
 * which YAML entry each pick came from, so a pick the engine refuses is reported at that entry.
 */
final class ScheduleParser {
    private static final Pattern ENTRY = Pattern.compile("([a-z][a-z0-9-]*)(?:\\s*\\*\\s*([0-9]{1,6}))?");

    /** The picks, expanded, and where each was written. */
    record Parsed(List<String> picks, List<Where> wheres, Where start) {}

    private ScheduleParser() {}

    static Optional<Parsed> parse(Nodes n, Node schedule, List<String> threads) {
        Optional<List<Node>> items = n.list(schedule, "schedule");
        if (items.isEmpty()) return Optional.empty();
        List<String> picks = new ArrayList<>();
        List<Where> wheres = new ArrayList<>();
        boolean ok = true;
        for (Node item : items.get()) {
            Optional<String> text = n.text(item, "a schedule entry").map(String::strip);
            if (text.isEmpty()) {
                ok = false;
                continue;
            }
            Matcher m = ENTRY.matcher(text.get());
            if (!m.matches()) {
                n.problem(item, "schedule entry '" + text.get() + "' is not a thread name", "write a thread name such as cpu0, or cpu0*6 for six picks");
                ok = false;
                continue;
            }
            String name = m.group(1);
            int times = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            if (!threads.contains(name)) {
                n.problem(item, "schedule entry '" + text.get() + "' names '" + name + "', which is not a thread", Suggest.fix(name, threads, "threads"));
                ok = false;
                continue;
            }
            if (times == 0 || picks.size() + times > Simulation.DEFAULT_MAX_STEPS) {
                n.problem(item, times == 0 ? "'" + text.get() + "' picks the thread 0 times" : "the schedule is longer than "
                        + Simulation.DEFAULT_MAX_STEPS + " steps", times == 0 ? "leave the entry out, or write a count from 1" : "shorten it");
                ok = false;
                continue;
            }
            for (int i = 0; i < times; i++) {
                picks.add(name);
                wheres.add(n.where(item));
            }
        }
        return ok ? Optional.of(new Parsed(picks, wheres, n.where(schedule))) : Optional.empty();
    }
}
