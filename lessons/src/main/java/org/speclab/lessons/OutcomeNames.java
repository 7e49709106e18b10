package org.speclab.lessons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.Reason;
import org.speclab.engine.step.Verdict;

/**
 * The outcome-name grammar of docs/model.md §7: {@code speculative-hit}, {@code REASON/RESULT}, a locked result alone
 * (v6.13), a violation name, or with several readers {@code cpu0=…,cpu2=…} naming every reader in scenario order.
 */
final class OutcomeNames {
    /** Why a name is malformed, and what to write instead. */
    record Bad(String message, String fix) {}

    static final List<String> VIOLATIONS = Arrays.stream(Property.values()).map(Property::outcomeName).toList();
    static final List<String> READER = readerOutcomes();

    private OutcomeNames() {}

    private static List<String> readerOutcomes() {
        List<String> out = new ArrayList<>();
        List<String> locked = Arrays.stream(Verdict.values()).filter(v -> v != Verdict.SPECULATIVE_HIT).map(Verdict::outcomeName).toList();
        out.add(Verdict.SPECULATIVE_HIT.outcomeName());
        out.addAll(locked);
        for (Reason r : Reason.values()) for (String l : locked) out.add(r.outcomeName() + "/" + l);
        return List.copyOf(out);
    }

    static Optional<Bad> check(String name, List<String> readers) {
        if (VIOLATIONS.contains(name)) return Optional.empty();
        if (readers.size() <= 1) {
            if (READER.contains(name)) return Optional.empty();
            if (name.contains("=")) {
                String bare = name.substring(name.indexOf('=') + 1);
                return Optional.of(new Bad("outcome '" + name + "' names a thread, but this lesson has one reader",
                        "write just '" + bare + "'"));
            }
            return Optional.of(unknown(name));
        }
        String[] parts = name.split(",", -1);
        String form = String.join(",", readers.stream().map(r -> r + "=…").toList());
        if (parts.length != readers.size()) {
            return Optional.of(new Bad("outcome '" + name + "' must name each of the " + readers.size() + " readers, in order",
                    "write " + form + ", or a violation name such as wrong-uprobe"));
        }
        for (int i = 0; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            String thread = eq < 0 ? "" : parts[i].substring(0, eq);
            if (!thread.equals(readers.get(i))) {
                return Optional.of(new Bad("part " + (i + 1) + " of outcome '" + name + "' should name reader " + readers.get(i),
                        "write " + form + " (the readers in the order of `threads:`)"));
            }
            String o = parts[i].substring(eq + 1);
            if (!READER.contains(o)) {
                Bad b = unknown(o);
                return Optional.of(new Bad("outcome '" + name + "': " + b.message(), b.fix()));
            }
        }
        return Optional.empty();
    }

    private static Bad unknown(String name) {
        List<String> all = new ArrayList<>(READER);
        all.addAll(VIOLATIONS);
        String grammar = "write speculative-hit, REASON/RESULT (REASON: "
                + String.join(", ", Arrays.stream(Reason.values()).map(Reason::outcomeName).toList()) + "; RESULT: locked-hit, "
                + "locked-miss-sigtrap, locked-miss-restart), or a violation (" + String.join(", ", VIOLATIONS) + ")";
        return new Bad("unknown outcome '" + name + "'", Suggest.closest(name, all).map(s -> "did you mean '" + s + "'?").orElse(grammar));
    }
}
