package org.speclab.app.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pseudo-C listing shown in the code pane, one {@link Line} per line of the resource. Every line has a gutter
 * of {@link #GUTTER} columns: a line that an engine step models carries its step label there ({@code [S2]},
 * padded with spaces), every other line leaves it blank. The label is the anchor between a
 * {@code Step.label()} and the line the code pane highlights; each label is on exactly one line.
 */
public final class Listing {
    /** The listing of the speculative lookup, the locked fallback, the writers and the RCU machinery. */
    public static final String RESOURCE = "/org/speclab/assets/listings/uprobes.pseudo.c";

    /** Width of the label column: {@code "[GP_TRACE] "}, the longest label plus its brackets and a space. */
    public static final int GUTTER = 11;

    private static final Pattern LABELLED = Pattern.compile("\\[([A-Z][A-Z0-9_]*)\\] .*");

    /**
     * One line of the listing.
     *
     * @param number 1-based line number in the resource
     * @param label  the engine step label this line shows, or {@code ""}
     * @param text   the code after the gutter, its indentation kept
     */
    public record Line(int number, String label, String text) {
        public boolean labelled() { return !label.isEmpty(); }
    }

    private final List<Line> lines;
    private final Map<String, Integer> byLabel;

    private Listing(List<Line> lines, Map<String, Integer> byLabel) {
        this.lines = List.copyOf(lines);
        this.byLabel = Collections.unmodifiableMap(byLabel);
    }

    /** Loads {@link #RESOURCE} from the classpath (the assets module). */
    public static Listing load() {
        try (InputStream in = Listing.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("listing not on the classpath: " + RESOURCE);
            List<String> raw = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String s = r.readLine(); s != null; s = r.readLine()) raw.add(s);
            }
            return parse("uprobes.pseudo.c", raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Parses listing lines; {@code source} names them in error messages. A malformed gutter, a tab or a label
     * on two lines is an error that names the line.
     */
    public static Listing parse(String source, List<String> raw) {
        List<Line> out = new ArrayList<>(raw.size());
        Map<String, Integer> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            int number = i + 1;
            String s = raw.get(i);
            if (s.indexOf('\t') >= 0) throw problem(source, number, "contains a tab; use spaces");
            if (s.startsWith("[")) {
                Matcher m = LABELLED.matcher(s);
                if (!m.matches()) throw problem(source, number, "a label is [A-Z0-9_] in brackets followed by a space");
                String label = m.group(1);
                int afterLabel = m.end(1) + 1;
                if (afterLabel >= GUTTER) throw problem(source, number, "[" + label + "] does not fit the " + GUTTER + "-column gutter");
                if (!s.substring(afterLabel, Math.min(GUTTER, s.length())).isBlank()) {
                    throw problem(source, number, "the code after [" + label + "] must start at column " + (GUTTER + 1));
                }
                Integer first = byLabel.putIfAbsent(label, number);
                if (first != null) throw problem(source, number, "label " + label + " is already on line " + first);
                out.add(new Line(number, label, s.length() > GUTTER ? s.substring(GUTTER) : ""));
            } else {
                String gutter = s.substring(0, Math.min(GUTTER, s.length()));
                if (!gutter.isBlank()) throw problem(source, number, "an unlabelled line must leave the first " + GUTTER + " columns blank");
                out.add(new Line(number, "", s.length() > GUTTER ? s.substring(GUTTER) : ""));
            }
        }
        return new Listing(out, byLabel);
    }

    private static IllegalArgumentException problem(String source, int line, String what) {
        return new IllegalArgumentException(source + ":" + line + ": " + what);
    }

    /** Every line, in order; line {@code n} is at index {@code n - 1}. */
    public List<Line> lines() { return lines; }

    /** The labels in the order they appear. */
    public Set<String> labels() { return byLabel.keySet(); }

    /** The 1-based number of the line labelled {@code label}, if there is one. */
    public OptionalInt lineOf(String label) {
        Integer n = byLabel.get(label);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n);
    }
}
