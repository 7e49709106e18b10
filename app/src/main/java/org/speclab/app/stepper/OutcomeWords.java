package org.speclab.app.stepper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speclab.engine.run.TraceEntry;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.Reason;
import org.speclab.engine.step.Verdict;
import org.speclab.engine.step.Violation;

/**
 * Outcome and property names (docs/model.md §7) said in words for a lecture hall, from the engine's own meanings
 * ({@link Reason#explanation()}, {@link Property#meaning()}); the names stay next to the words. Every text made
 * here is display text ({@link #display}): a name in it never breaks across lines.
 */
public final class OutcomeWords {
    /** U+2011: looks like '-', but a line never breaks at it. */
    public static final char NO_BREAK_HYPHEN = '\u2011';
    /** Between a fallback's reason and its locked result: spaces, where a line may break (JavaFX breaks at no "/"). */
    private static final String THEN = " / ";
    /** Every outcome name, longest first, so "locked-miss-restart" is never read as "locked-miss" + "-restart". */
    private static final List<String> NAMES = names();
    private static final Pattern NAME = Pattern.compile("(?<![\\w-])(" + String.join("|", NAMES.stream().map(Pattern::quote).toList()) + ")(?![\\w-])");

    private OutcomeWords() {}

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (Property p : Property.values()) out.add(p.outcomeName());
        for (Reason r : Reason.values()) out.add(r.outcomeName());
        for (Verdict v : Verdict.values()) out.add(v.outcomeName());
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /**
     * {@code text} for the screen: each outcome name in it ("locked-miss-restart") with non-breaking hyphens, so a
     * wrapped label never splits a name ("locked-miss-res / tart"), and spaces around the "/" that joins a reason to
     * a result ("fallback-seq-changed / locked-miss-restart"), where a line may break. Display only: the stable names in JSON, CSV and the CLI keep their ASCII hyphens
     * (DESIGN.md), and {@link #stable} turns display text back into them.
     */
    public static String display(String text) {
        if (text == null || text.indexOf('-') < 0) return text;
        String s = NAME.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace('-', NO_BREAK_HYPHEN)));
        return s.replaceAll("(?<=\\w)/(?=(?:" + String.join("|", NAMES.stream().map(n -> Pattern.quote(n.replace('-', NO_BREAK_HYPHEN))).toList()) + "))", THEN);
    }

    /** Display text back to the stable names (what a copy of the screen's text should say). */
    public static String stable(String text) {
        if (text == null) return null;
        String s = text.replace(NO_BREAK_HYPHEN, '-');
        return s.replaceAll("(?<=\\w)" + Pattern.quote(THEN) + "(?=(?:" + String.join("|", NAMES.stream().map(Pattern::quote).toList()) + "))", "/");
    }

    /** "P1 wrong-uprobe: the lookup returned a uprobe that was never mapped at the breakpoint during the lookup". */
    public static String property(Property p) { return display(p.name() + " " + p.outcomeName() + ": " + p.meaning()); }

    /** An outcome name, e.g. {@code fallback-seq-changed/locked-miss-restart} or {@code cpu0=…,cpu2=…}, in words. */
    public static String outcome(String name) { return display(words(name)); }

    private static String words(String name) {
        if (name == null || name.isEmpty()) return "unfinished";
        for (Property p : Property.values()) if (p.outcomeName().equals(name)) return property(p);
        List<String> out = new ArrayList<>();
        for (String part : name.split(",")) {
            int eq = part.indexOf('=');
            out.add(eq < 0 ? reader(part) : part.substring(0, eq) + ": " + reader(part.substring(eq + 1)));
        }
        return String.join("; ", out);
    }

    /** One reader's outcome: the speculation's reason (if it fell back), then the locked path's result. */
    private static String reader(String o) {
        String[] parts = o.split("/");
        List<String> words = new ArrayList<>();
        for (String p : parts) words.add(part(p));
        return String.join(", then ", words);
    }

    private static String part(String p) {
        for (Reason r : Reason.values()) if (r.outcomeName().equals(p)) return "fell back because " + r.explanation();
        for (Verdict v : Verdict.values()) {
            if (!v.outcomeName().equals(p)) continue;
            return switch (v) {
                case SPECULATIVE_HIT -> "found the uprobe speculatively, without mmap_lock";
                case LOCKED_HIT -> "found the uprobe under mmap_read_lock";
                case LOCKED_MISS_SIGTRAP -> "no uprobe under mmap_read_lock, and a trap instruction is there: SIGTRAP";
                case LOCKED_MISS_RESTART -> "no uprobe under mmap_read_lock and no breakpoint: the instruction restarts";
            };
        }
        return p;
    }

    /** The result line of a finished run on screen: its violation (with the step and its cause) or its outcome. */
    public static String result(Frame f) { return display(resultWords(f)); }

    private static String resultWords(Frame f) {
        TraceEntry last = f.step();
        Violation v = f.atEnd() ? f.timeline().violation() : null;
        if (v != null && last != null) {
            String cause = last.cause() == null ? "" : " Cause: " + last.cause() + ".";
            return "Violation at step " + last.index() + " (" + last.threadName() + "): " + property(v.property()) + ". " + v.explanation() + cause;
        }
        String name = outcomeName(f);
        if (!name.contains(",")) return "Outcome " + name + ": " + outcome(name) + ".";
        // one line per reader: the joined name is too long a word to wrap in a narrow card
        List<String> lines = new ArrayList<>();
        for (String part : name.split(",")) {
            int eq = part.indexOf('=');
            lines.add(part.substring(0, eq) + " " + part.substring(eq + 1) + ": " + reader(part.substring(eq + 1)) + ".");
        }
        return "Outcome per reader:\n" + String.join("\n", lines);
    }

    /** The result line with names only ("Outcome: cpu0 fallback-seq-changed/locked-miss-restart"), for a card with little room. */
    public static String brief(Frame f) {
        TraceEntry last = f.step();
        Violation v = f.atEnd() ? f.timeline().violation() : null;
        if (v != null && last != null) return display("Violation at step " + last.index() + " (" + last.threadName() + "): " + v.property().name() + " " + v.property().outcomeName() + ".");
        return display("Outcome: " + outcomeName(f).replace("=", " ").replace(",", "; ") + ".");
    }

    private static String outcomeName(Frame f) {
        return f.atEnd() && !f.timeline().outcome().isEmpty() ? f.timeline().outcome() : f.session().engine().outcome(f.state());
    }
}
