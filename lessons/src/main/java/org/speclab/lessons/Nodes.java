package org.speclab.lessons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads typed values out of the node tree. Each reader returns empty after recording a located problem, so a
 * caller simply skips what is wrong and goes on looking for more problems. Scalars are read as text and typed
 * here (numbers in hex or decimal), never by YAML's implicit resolution.
 */
final class Nodes {
    /** Names of files, inodes and uprobes: one word, as operations write them. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final YamlDocument doc;
    private final Problems problems;

    Nodes(YamlDocument doc, Problems problems) {
        this.doc = doc;
        this.problems = problems;
    }

    YamlDocument doc() { return doc; }

    Problems problems() { return problems; }

    Where where(Node n) { return doc.where(n); }

    void problem(Node n, String message, String fix) { problems.add(where(n), message, fix); }

    void problem(Where w, String message, String fix) { problems.add(w, message, fix); }

    /** A plain empty, {@code ~} or {@code null} scalar: YAML's way of leaving a value out. */
    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.isPlain() && List.of("", "~", "null", "Null", "NULL").contains(s.getValue());
    }

    Optional<Fields> mapping(Node n, String what, List<String> keys) {
        if (!(n instanceof MappingNode m)) {
            problem(n, what + " must be a mapping of keys to values, not " + kind(n), "write it as `key: value` lines or `{ key: value, … }`");
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        Set<String> misspelt = new HashSet<>();
        for (NodeTuple t : m.getValue()) {
            Optional<String> key = key(t.getKeyNode(), what);
            if (key.isEmpty()) continue;
            if (entries.containsKey(key.get())) {
                problem(t.getKeyNode(), "duplicate key '" + key.get() + "' in " + what, "remove one of the two entries");
                continue;
            }
            if (keys != null && !keys.contains(key.get())) {
                problem(t.getKeyNode(), "unknown key '" + key.get() + "' in " + what, Suggest.fix(key.get(), keys, "keys"));
                Suggest.closest(key.get(), keys).ifPresent(misspelt::add);
                continue;
            }
            entries.put(key.get(), t);
        }
        return Optional.of(new Fields(this, m, what, entries, misspelt));
    }

    private Optional<String> key(Node k, String what) {
        if (k instanceof ScalarNode s && !s.getValue().isEmpty()) return Optional.of(s.getValue());
        problem(k, "keys of " + what + " must be plain words, not " + kind(k), "write `name: value`");
        return Optional.empty();
    }

    Optional<List<Node>> list(Node n, String what) {
        if (n instanceof SequenceNode s) return Optional.of(s.getValue());
        problem(n, what + " must be a list, not " + kind(n), "write `[a, b]` or one `- item` per line");
        return Optional.empty();
    }

    Optional<String> text(Node n, String what) {
        if (n instanceof ScalarNode s) return Optional.of(s.getValue());
        problem(n, what + " must be a single value, not " + kind(n), "write it as one line of text; quote it if it contains ': ' or '#'");
        return Optional.empty();
    }

    Optional<String> nonEmptyText(Node n, String what) {
        Optional<String> t = text(n, what).map(String::strip);
        if (t.isPresent() && t.get().isEmpty()) {
            problem(n, what + " is empty", "write the text, in quotes if it contains ': ' or '#'");
            return Optional.empty();
        }
        return t;
    }

    Optional<String> name(Node n, String what) {
        Optional<String> t = text(n, what);
        if (t.isEmpty()) return t;
        if (!NAME.matcher(t.get()).matches()) {
            problem(n, what + " '" + t.get() + "' is not a name", "use one word of letters, digits, '.', '_' and '-', e.g. libfoo");
            return Optional.empty();
        }
        return t;
    }

    OptionalLong number(Node n, String what) {
        Optional<String> t = text(n, what);
        if (t.isEmpty()) return OptionalLong.empty();
        OptionalLong v = Numbers.parse(t.get());
        if (v.isEmpty()) problem(n, "bad number '" + t.get() + "' for " + what, Numbers.FIX);
        return v;
    }

    Optional<Integer> smallInt(Node n, String what, int min, int max) {
        OptionalLong v = number(n, what);
        if (v.isEmpty()) return Optional.empty();
        if (v.getAsLong() < min || v.getAsLong() > max) {
            problem(n, what + " must be from " + min + " to " + max + ", not " + v.getAsLong(), "write a number in that range");
            return Optional.empty();
        }
        return Optional.of((int) v.getAsLong());
    }

    Optional<Boolean> bool(Node n, String what) {
        Optional<String> t = text(n, what);
        if (t.isEmpty()) return Optional.empty();
        switch (t.get()) {
            case "true", "True", "yes" -> { return Optional.of(true); }
            case "false", "False", "no" -> { return Optional.of(false); }
            default -> {
                problem(n, what + " must be true or false, not '" + t.get() + "'", "write true or false");
                return Optional.empty();
            }
        }
    }

    /** Each element of a list read as text (non-scalars reported). */
    List<Node> scalars(List<Node> items, String what) {
        List<Node> out = new ArrayList<>();
        for (Node i : items) if (text(i, what).isPresent()) out.add(i);
        return out;
    }

    static String kind(Node n) {
        if (n instanceof MappingNode) return "a mapping";
        if (n instanceof SequenceNode) return "a list";
        return "the text '" + ((ScalarNode) n).getValue() + "'";
    }

    /** The entries of one mapping, with its known keys already checked. */
    static final class Fields {
        private final Nodes nodes;
        private final MappingNode node;
        private final String what;
        private final Map<String, NodeTuple> entries;
        /** Known keys that an unknown key was probably meant to be: already reported, so not reported missing. */
        private final Set<String> misspelt;

        Fields(Nodes nodes, MappingNode node, String what, Map<String, NodeTuple> entries, Set<String> misspelt) {
            this.nodes = nodes;
            this.node = node;
            this.what = what;
            this.entries = entries;
            this.misspelt = misspelt;
        }

        MappingNode node() { return node; }

        /** The value, unless absent or written as null. */
        Optional<Node> get(String key) {
            NodeTuple t = entries.get(key);
            return t == null || isNull(t.getValueNode()) ? Optional.empty() : Optional.of(t.getValueNode());
        }

        /** The value; a missing or null one is a problem. */
        Optional<Node> require(String key, String example) {
            Optional<Node> v = get(key);
            if (v.isEmpty()) {
                NodeTuple t = entries.get(key);
                if (t != null) nodes.problem(t.getValueNode(), "'" + key + "' in " + what + " has no value", "write e.g. `" + example + "`");
                else if (!misspelt.contains(key)) nodes.problem(node, what + " has no '" + key + "'", "add `" + example + "`");
            }
            return v;
        }

        /** Every (key node, value node) pair in file order. */
        List<NodeTuple> entries() { return List.copyOf(entries.values()); }
    }
}
