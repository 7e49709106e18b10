package org.speclab.lessons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.speclab.engine.program.Machine;
import org.speclab.engine.program.ThreadSpec;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.variant.Variant;

/** Walks a lesson's top-level keys into a {@link Draft}: every part read, every problem recorded, nothing run yet. */
final class LessonParser {
    static final List<String> KEYS = List.of("id", "title", "question", "result", "variant", "set", "world", "threads", "schedule",
            "narration", "quiz", "outcomes", "chart", "notes", "panels");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final List<String> QUIZ_KEYS = List.of("step", "question", "choices", "answer");
    private static final List<String> OUTCOME_KEYS = List.of("expected", "possible", "forbidden");
    static final int MAX_STEP = 100_000;

    /** Everything read from the file, with the nodes later checks point at. */
    record Draft(Scenario scenario, Map<Integer, String> narration, Map<Integer, Node> narrationNodes, List<Lesson.Quiz> quizzes,
                 List<Node> quizNodes, String result, ScheduleParser.Parsed schedule, Node outcomesNode, Lesson.Chart chart,
                 Map<Integer, String> notes, Map<Integer, Node> notesNodes, List<Panel> panels) {}

    private final Nodes n;

    private LessonParser(Nodes n) { this.n = n; }

    /** The draft, or empty when there were problems (all recorded). */
    static Optional<Draft> parse(Nodes n) {
        return new LessonParser(n).read();
    }

    private Optional<Draft> read() {
        Optional<Nodes.Fields> top = n.mapping(n.doc().root(), "a lesson", KEYS);
        if (top.isEmpty()) return Optional.empty();
        Nodes.Fields f = top.get();
        String id = f.require("id", "id: my-lesson").flatMap(v -> n.text(v, "id")).map(String::strip).filter(s -> validId(f, s)).orElse(null);
        String title = f.require("title", "title: \"…\"").flatMap(v -> n.nonEmptyText(v, "title")).orElse(null);
        String question = f.require("question", "question: \"Can …?\"").flatMap(v -> n.nonEmptyText(v, "question")).orElse(null);
        String result = f.get("result").flatMap(v -> n.nonEmptyText(v, "result")).orElse("");
        Optional<Variant> variant = VariantParser.parse(n, f.get("variant"), f.get("set"));
        Optional<Node> worldNode = f.require("world", "world: { inodes: [libfoo], … }");
        WorldParser world = worldNode.map(w -> WorldParser.parse(n, w)).orElse(null);
        if (world != null && variant.isPresent() && world.seqNode() != null) seqFits(world, variant.get());
        List<ThreadsParser.Draft> threads = f.require("threads", "threads: { cpu0: [\"uprobe-hit 0x401100\"] }")
                .map(t -> ThreadsParser.parse(n, t)).orElse(List.of());
        if (world != null) References.check(n, world, threads);
        List<String> names = new ArrayList<>(threads.stream().map(ThreadsParser.Draft::name).toList());
        List<String> readers = threads.stream().filter(ThreadsParser.Draft::reader).map(ThreadsParser.Draft::name).toList();
        names.add(Machine.RCU);
        names.add(Machine.RCU_TRACE);
        ScheduleParser.Parsed schedule = f.get("schedule").flatMap(s -> ScheduleParser.parse(n, s, names)).orElse(null);
        Map<Integer, Node> narrationNodes = new TreeMap<>();
        Map<Integer, String> narration = f.get("narration").map(v -> narration(v, narrationNodes, "narration")).orElse(Map.of());
        Map<Integer, Node> notesNodes = new TreeMap<>();
        Map<Integer, String> notes = f.get("notes").map(v -> narration(v, notesNodes, "notes")).orElse(Map.of());
        List<Node> quizNodes = new ArrayList<>();
        List<Lesson.Quiz> quizzes = f.get("quiz").map(v -> quizzes(v, quizNodes)).orElse(List.of());
        Scenario.Outcomes outcomes = f.get("outcomes").map(v -> outcomes(v, readers)).orElse(Scenario.Outcomes.NONE);
        List<Panel> panels = f.get("panels").map(this::panels).orElse(List.of());
        Lesson.Chart chart = f.get("chart").flatMap(v -> ChartParser.parse(n, v)).orElse(null);
        if (n.problems().any()) return Optional.empty();
        List<ThreadSpec> specs = threads.stream().map(t -> new ThreadSpec(t.name(), t.ops().stream().map(OpParser.Parsed::op).toList())).toList();
        Scenario sc = new Scenario(id, title, question, variant.orElseThrow(), world.spec(), specs,
                schedule == null ? null : schedule.picks(), outcomes);
        return Optional.of(new Draft(sc, narration, narrationNodes, quizzes, quizNodes, result, schedule,
                f.get("outcomes").orElse(f.node()), chart, notes, notesNodes, panels));
    }

    private boolean validId(Nodes.Fields f, String id) {
        if (ID.matcher(id).matches()) return true;
        n.problem(f.get("id").orElseThrow(), "id '" + id + "' is not allowed", "use lower-case letters, digits and '-' (at most 64), e.g. munmap-file-reuse");
        return false;
    }

    private void seqFits(WorldParser world, Variant v) {
        int bits = v.knobs().seqBits();
        if (bits < 32 && world.seq() >= (1L << bits)) {
            n.problem(world.seqNode(), "world.seq " + world.seq() + " does not fit in " + bits + " bits (seq-bits)",
                    "use an even number below " + (1L << bits));
        }
    }

    /** Text keyed to steps: {@code narration} for the class, {@code notes} for the presenter. */
    private Map<Integer, String> narration(Node node, Map<Integer, Node> where, String what) {
        Map<Integer, String> out = new TreeMap<>();
        n.mapping(node, what, null).ifPresent(f -> {
            for (NodeTuple t : f.entries()) {
                Optional<Integer> step = step(t.getKeyNode(), "a " + what + " step");
                Optional<String> text = n.nonEmptyText(t.getValueNode(), what);
                if (step.isPresent() && text.isPresent()) {
                    if (out.containsKey(step.get())) n.problem(t.getKeyNode(), what + " for step " + step.get() + " is written twice", "merge them");
                    out.put(step.get(), text.get());
                    where.put(step.get(), t.getKeyNode());
                }
            }
        });
        return out;
    }

    private Optional<Integer> step(Node node, String what) {
        if (node instanceof ScalarNode s && !Numbers.parse(s.getValue()).isPresent()) {
            n.problem(node, what + " must be a step number, not '" + s.getValue() + "'", "write the trace step it belongs to, e.g. 4 (0 = before the first step)");
            return Optional.empty();
        }
        return n.smallInt(node, what, 0, MAX_STEP);
    }

    private List<Lesson.Quiz> quizzes(Node node, List<Node> where) {
        List<Lesson.Quiz> out = new ArrayList<>();
        n.list(node, "quiz").ifPresent(items -> {
            for (Node item : items) {
                n.mapping(item, "a quiz entry", QUIZ_KEYS).ifPresent(f -> {
                    Optional<Integer> step = f.require("step", "step: 9").flatMap(s -> step(s, "the quiz step"));
                    Optional<String> q = f.require("question", "question: \"What happens next?\"").flatMap(s -> n.nonEmptyText(s, "the quiz question"));
                    Optional<List<String>> choices = f.require("choices", "choices: [\"…\", \"…\"]").flatMap(this::choices);
                    Optional<Integer> answer = f.require("answer", "answer: 1")
                            .flatMap(s -> n.smallInt(s, "the answer (a choice number, from 1)", 1, choices.map(List::size).orElse(1000)));
                    if (step.isPresent() && q.isPresent() && choices.isPresent() && answer.isPresent()) {
                        out.add(new Lesson.Quiz(step.get(), q.get(), choices.get(), answer.get()));
                        where.add(item);
                    }
                });
            }
        });
        return out;
    }

    /** {@code panels: [code, narration, vma]}: known names, each once. */
    private List<Panel> panels(Node node) {
        List<Panel> out = new ArrayList<>();
        n.list(node, "panels").ifPresent(items -> {
            if (items.isEmpty()) n.problem(node, "panels is empty", "name the views the lesson needs, e.g. panels: [code, vma, narration], or leave panels out for all");
            for (Node i : items) {
                n.text(i, "a panel name").map(String::strip).ifPresent(name -> {
                    Optional<Panel> p = Panel.byKey(name);
                    if (p.isEmpty()) {
                        n.problem(i, "unknown panel '" + name + "'", Suggest.fix(name, java.util.Arrays.stream(Panel.values()).map(Panel::key).toList(), "panels"));
                    } else if (out.contains(p.get())) {
                        n.problem(i, "panel '" + name + "' is listed twice", "list each panel once");
                    } else {
                        out.add(p.get());
                    }
                });
            }
        });
        return out;
    }

    private Optional<List<String>> choices(Node node) {
        Optional<List<Node>> items = n.list(node, "choices");
        if (items.isEmpty()) return Optional.empty();
        List<String> out = new ArrayList<>();
        for (Node i : items.get()) n.nonEmptyText(i, "a choice").ifPresent(out::add);
        if (out.size() != items.get().size()) return Optional.empty();
        if (out.size() < 2) {
            n.problem(node, "a quiz needs at least two choices", "add another choice");
            return Optional.empty();
        }
        return Optional.of(out);
    }

    private Scenario.Outcomes outcomes(Node node, List<String> readers) {
        Map<String, List<String>> lists = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        n.mapping(node, "outcomes", OUTCOME_KEYS).ifPresent(f -> {
            for (String kind : OUTCOME_KEYS) {
                List<String> names = new ArrayList<>();
                f.get(kind).flatMap(v -> n.list(v, "outcomes." + kind)).ifPresent(items -> {
                    for (Node i : items) {
                        Optional<String> name = n.text(i, "an outcome name").map(String::strip);
                        if (name.isEmpty()) continue;
                        Optional<OutcomeNames.Bad> bad = OutcomeNames.check(name.get(), readers);
                        if (bad.isPresent()) {
                            n.problem(i, bad.get().message(), bad.get().fix());
                        } else if (seen.containsKey(name.get())) {
                            n.problem(i, "outcome '" + name.get() + "' is already listed under " + seen.get(name.get()),
                                    "classify each outcome once: expected, possible or forbidden");
                        } else {
                            seen.put(name.get(), kind);
                            names.add(name.get());
                        }
                    }
                });
                lists.put(kind, names);
            }
        });
        return new Scenario.Outcomes(lists.getOrDefault("expected", List.of()), lists.getOrDefault("possible", List.of()),
                lists.getOrDefault("forbidden", List.of()));
    }
}
