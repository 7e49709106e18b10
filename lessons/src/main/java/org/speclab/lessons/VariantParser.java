package org.speclab.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.speclab.engine.variant.KnobSetting;
import org.speclab.engine.variant.Knobs;
import org.speclab.engine.variant.Variant;
import org.speclab.engine.variant.Variants;

/** Reads {@code variant:} (any name {@link Variants#byName} accepts) and the {@code set:} knob overrides on top of it. */
final class VariantParser {
    /** The values each knob accepts, for "did you mean". */
    static final Map<String, List<String>> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("per-vma-lock", List.of("true", "false"));
        VALUES.put("preempt-rt", List.of("true", "false"));
        VALUES.put("vma-free", shown(Knobs.VmaFree.values()));
        VALUES.put("filp-cache", shown(Knobs.FileFree.values()));
        VALUES.put("bfilp-cache", shown(Knobs.FileFree.values()));
        VALUES.put("inode-free", shown(Knobs.InodeFree.values()));
        VALUES.put("seq-bits", List.of());
        VALUES.put("load-order", List.of());
    }

    private VariantParser() {}

    private static List<String> shown(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : values) out.add(KnobSetting.show(e));
        return out;
    }

    /** The variant with its overrides; empty after a problem. */
    static Optional<Variant> parse(Nodes n, Optional<Node> variant, Optional<Node> set) {
        Optional<Variant> v = Optional.of(Variants.V6_14);
        if (variant.isPresent()) v = n.text(variant.get(), "variant").map(String::strip).flatMap(name -> byName(n, variant.get(), name));
        if (set.isEmpty()) return v;
        Optional<Nodes.Fields> f = n.mapping(set.get(), "set", KnobSetting.NAMES);
        if (f.isEmpty() || v.isEmpty()) return Optional.empty();
        Knobs k = v.get().knobs();
        boolean ok = true;
        for (NodeTuple t : f.get().entries()) {
            String knob = ((ScalarNode) t.getKeyNode()).getValue();
            Optional<String> value = value(n, t.getValueNode(), knob);
            if (value.isEmpty()) {
                ok = false;
                continue;
            }
            try {
                k = KnobSetting.apply(k, knob, value.get());
            } catch (IllegalArgumentException e) {
                List<String> allowed = VALUES.getOrDefault(knob, List.of());
                String fix = Suggest.closest(value.get(), allowed).map(s -> "did you mean '" + s + "'?")
                        .orElse(allowed.isEmpty() ? "see the knobs in lessons/README.md" : "write one of: " + String.join(", ", allowed));
                n.problem(t.getValueNode(), e.getMessage(), fix);
                ok = false;
            }
        }
        return ok ? Optional.of(v.get().withKnobs(k)) : Optional.empty();
    }

    private static Optional<Variant> byName(Nodes n, Node node, String name) {
        Optional<Variant> v = Variants.byName(name);
        if (v.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Variant x : Variants.all()) names.add(x.name());
            String list = Variants.names();
            String fix = Suggest.closest(name, names).map(s -> "did you mean '" + s + "'? (variants: " + list + ")").orElse("use one of the variants: " + list);
            n.problem(node, "unknown variant '" + name + "'", fix);
        }
        return v;
    }

    /** A knob value: a scalar, or for load-order also a list such as [start, pgoff, inode]. */
    private static Optional<String> value(Nodes n, Node node, String knob) {
        if (Nodes.isNull(node)) {
            n.problem(node, "knob " + knob + " has no value", "write e.g. `" + knob + ": " + example(knob) + "`");
            return Optional.empty();
        }
        if (node instanceof SequenceNode s && knob.equals("load-order")) {
            List<String> parts = new ArrayList<>();
            for (Node i : s.getValue()) {
                Optional<String> t = n.text(i, "a load-order entry");
                if (t.isEmpty()) return Optional.empty();
                parts.add(t.get());
            }
            return Optional.of(parts.stream().collect(Collectors.joining(",")));
        }
        return n.text(node, "knob " + knob);
    }

    private static String example(String knob) {
        List<String> v = VALUES.getOrDefault(knob, List.of());
        if (!v.isEmpty()) return v.get(0);
        return knob.equals("seq-bits") ? "2" : "[start, pgoff, inode]";
    }
}
