package org.speclab.lessons;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A view of the window that a lesson can ask for ({@code panels:} in the lesson file), in the window's order. */
public enum Panel {
    CODE, SEQCOUNT, CPUS, VMA, SLAB, UPROBES, RCU, REGISTERS, NARRATION, DECISIONS, THROUGHPUT;

    /** The name lesson files use, e.g. {@code registers}. */
    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<Panel> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
    }

    /** The names, for messages: "code, seqcount, …". */
    public static String keys() { return String.join(", ", Arrays.stream(values()).map(Panel::key).toList()); }
}
