package org.speclab.engine.schedule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run as one short copy-pasteable string: lesson id, variant (with knob overrides) and schedule, e.g.
 * {@code munmap-file-reuse@v6.14@a6b9ca13} — thread a (the first) 6 steps, b 9, c 1, a 13. Threads are
 * letters in scenario order, the RCU pseudo-threads last.
 */
public record TraceCode(String lesson, String variant, Map<String, String> knobs, List<Integer> picks) {
    private static final Pattern RUN = Pattern.compile("([a-p])([0-9]*)");
    private static final Pattern SHAPE = Pattern.compile("([a-z0-9][a-z0-9-]*)@([A-Za-z0-9.\\-]+)((?:,[a-z-]+=[a-z0-9.\\-]+)*)@((?:[a-p][0-9]*)*)");

    public TraceCode {
        knobs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(knobs));
        picks = List.copyOf(picks);
    }

    /** Whether a command-line argument looks like a trace code rather than a lesson id or path. */
    public static boolean looksLike(String s) { return s.indexOf('@') > 0; }

    public static TraceCode of(String lesson, String variant, Map<String, String> knobs, List<String> schedule, List<String> threads) {
        List<Integer> picks = new ArrayList<>();
        for (String name : schedule) {
            int t = threads.indexOf(name);
            if (t < 0 || t >= 16) throw new IllegalArgumentException("no thread " + name);
            picks.add(t);
        }
        return new TraceCode(lesson, variant, knobs, picks);
    }

    /** Parses a code; throws IllegalArgumentException with what is wrong. */
    public static TraceCode parse(String code) {
        Matcher m = SHAPE.matcher(code.trim());
        if (!m.matches()) throw new IllegalArgumentException("not a trace code (expected LESSON@VARIANT[,knob=value]@SCHEDULE, e.g. fast-path@v6.14@a16)");
        Map<String, String> knobs = new LinkedHashMap<>();
        for (String kv : m.group(3).split(",")) {
            if (kv.isEmpty()) continue;
            int eq = kv.indexOf('=');
            knobs.put(kv.substring(0, eq), kv.substring(eq + 1).replace('.', ','));
        }
        List<Integer> picks = new ArrayList<>();
        Matcher r = RUN.matcher(m.group(4));
        while (r.find()) {
            int count = r.group(2).isEmpty() ? 1 : Integer.parseInt(r.group(2));
            if (count > 100_000) throw new IllegalArgumentException("run of " + count + " steps is too long");
            for (int i = 0; i < count; i++) picks.add(r.group(1).charAt(0) - 'a');
        }
        return new TraceCode(m.group(1), m.group(2), knobs, picks);
    }

    /** The schedule as thread names of a scenario with these threads. */
    public List<String> schedule(List<String> threads) {
        List<String> out = new ArrayList<>();
        for (int p : picks) {
            if (p >= threads.size()) throw new IllegalArgumentException("the code names thread " + (char) ('a' + p) + " but the lesson has " + threads.size());
            out.add(threads.get(p));
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(lesson).append('@').append(variant);
        // a list value (load-order) keeps its commas as dots, so ',' only separates knobs
        knobs.forEach((k, v) -> b.append(',').append(k).append('=').append(v.replace(',', '.')));
        b.append('@');
        for (int i = 0; i < picks.size(); ) {
            int j = i;
            while (j < picks.size() && picks.get(j).equals(picks.get(i))) j++;
            b.append((char) ('a' + picks.get(i)));
            if (j - i > 1) b.append(j - i);
            i = j;
        }
        return b.toString();
    }
}
