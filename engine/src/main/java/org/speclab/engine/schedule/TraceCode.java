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
    /** The longest code accepted: a 5,000-step schedule alternating threads is about 5,000 characters. */
    public static final int MAX_LENGTH = 20_000;
    /** The most steps a code's schedule may hold. */
    public static final int MAX_PICKS = 100_000;
    private static final Pattern LESSON = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern VARIANT = Pattern.compile("[A-Za-z0-9.\\-]{1,64}");
    private static final Pattern KNOB = Pattern.compile("([a-z-]{1,32})=([a-z0-9.\\-]{1,64})");

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
        String c = code.trim();
        if (c.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a trace code is at most " + MAX_LENGTH + " characters, this one has " + c.length());
        }
        // Scanned by hand, not by one regex: a nested repetition over thousands of characters overflows the
        // stack in java.util.regex (it recurses per repetition).
        String[] parts = c.split("@", -1);
        if (parts.length != 3 || !LESSON.matcher(parts[0]).matches()) throw malformed();
        String[] variantAndKnobs = parts[1].split(",", -1);
        if (!VARIANT.matcher(variantAndKnobs[0]).matches()) throw malformed();
        Map<String, String> knobs = new LinkedHashMap<>();
        for (int i = 1; i < variantAndKnobs.length; i++) {
            Matcher kv = KNOB.matcher(variantAndKnobs[i]);
            if (!kv.matches()) throw malformed();
            knobs.put(kv.group(1), kv.group(2).replace('.', ','));
        }
        return new TraceCode(parts[0], variantAndKnobs[0], knobs, picks(parts[2]));
    }

    /** Runs of a thread letter with an optional count: {@code a6b9c}. */
    private static List<Integer> picks(String schedule) {
        List<Integer> picks = new ArrayList<>();
        int i = 0;
        while (i < schedule.length()) {
            char thread = schedule.charAt(i++);
            if (thread < 'a' || thread > 'p') throw malformed();
            int digits = i;
            while (i < schedule.length() && schedule.charAt(i) >= '0' && schedule.charAt(i) <= '9') i++;
            long count = 1;
            if (i > digits) {
                if (i - digits > 6) throw new IllegalArgumentException("a run of " + schedule.substring(digits, Math.min(i, digits + 12))
                        + (i - digits > 12 ? "…" : "") + " steps is too long (at most " + MAX_PICKS + ")");
                count = Long.parseLong(schedule.substring(digits, i));
            }
            if (count > MAX_PICKS || picks.size() + count > MAX_PICKS) {
                throw new IllegalArgumentException("the schedule has more than " + MAX_PICKS + " steps");
            }
            for (long k = 0; k < count; k++) picks.add(thread - 'a');
        }
        return picks;
    }

    private static IllegalArgumentException malformed() {
        return new IllegalArgumentException("not a trace code (expected LESSON@VARIANT[,knob=value]@SCHEDULE, e.g. fast-path@v6.14@a16)");
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
