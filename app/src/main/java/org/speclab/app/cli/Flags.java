package org.speclab.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speclab.lessons.Echo;

/**
 * The ranges of the numeric flags (documented in lessons/README.md, "Limits"), each checked before any work
 * starts: a value outside is an {@link InputProblem} that names the flag, the value and the allowed range.
 */
public final class Flags {
    /** Search threads per core: more only costs memory (each worker holds its own step memo). */
    public static final int WORKERS_PER_CORE = 4;
    public static final long MAX_STATES = 1_000_000_000L;
    public static final int MAX_STEPS = 100_000;
    public static final int MIN_WIDTH = 320;
    public static final int MIN_HEIGHT = 200;
    public static final int MAX_WIDTH = 7680;
    public static final int MAX_HEIGHT = 4320;
    public static final int MAX_FRAMES = 1000;
    public static final double MIN_SECONDS = 0.1;
    public static final double MAX_SECONDS = 3600;
    /** Write sections per second: far beyond any real mm, and enough to show the curve flatten. */
    public static final double MAX_RATE = 1e8;
    /** Fresh processes per row of {@code bench check}. */
    public static final int MAX_RUNS = 1000;

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,6})[xX]([0-9]{1,6})");
    private static final Pattern RANGE = Pattern.compile("(-?[0-9]{1,9})?(\\.\\.(-?[0-9]{1,9})?)?");

    private Flags() {}

    /** A frame or window size. */
    public record Size(int width, int height) {}

    /** Inclusive steps {@code from..to} of a run. */
    public record Steps(int from, int to) {
        public int count() { return to - from + 1; }
    }

    public static int workers(Integer n) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (n == null) return cores;
        int max = WORKERS_PER_CORE * cores;
        if (n < 1 || n > max) throw outOfRange("--workers", n, "1 to " + max + " (" + WORKERS_PER_CORE + " × the " + cores + " cores)");
        return n;
    }

    public static long maxStates(long n) {
        if (n < 1 || n > MAX_STATES) throw outOfRange("--max-states", n, "1 to " + MAX_STATES);
        return n;
    }

    public static Long seed(Long seed) {
        if (seed != null && seed < 0) throw outOfRange("--seed", seed, "0 to " + Long.MAX_VALUE);
        return seed;
    }

    public static int runs(int n) {
        if (n < 1 || n > MAX_RUNS) throw outOfRange("--runs", n, "1 to " + MAX_RUNS);
        return n;
    }

    public static int maxSteps(int n) {
        if (n < 1 || n > MAX_STEPS) throw outOfRange("--max-steps", n, "1 to " + MAX_STEPS);
        return n;
    }

    public static double seconds(String flag, double s) {
        if (!(s >= MIN_SECONDS && s <= MAX_SECONDS)) throw outOfRange(flag, s, MIN_SECONDS + " to " + (int) MAX_SECONDS);
        return s;
    }

    /** {@code WIDTHxHEIGHT} in pixels, within the sizes the offscreen renderer draws. */
    public static Size size(String text) {
        Matcher m = SIZE.matcher(text.strip());
        String range = MIN_WIDTH + "x" + MIN_HEIGHT + " to " + MAX_WIDTH + "x" + MAX_HEIGHT;
        if (!m.matches()) throw new InputProblem("--size " + Echo.value(text) + ": expected WIDTHxHEIGHT in pixels, e.g. 1920x1080 — from " + range);
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < MIN_WIDTH || w > MAX_WIDTH || h < MIN_HEIGHT || h > MAX_HEIGHT) throw outOfRange("--size", text, range);
        return new Size(w, h);
    }

    /**
     * {@code A..B}, {@code A..} or {@code A} (both: from A to the end), or {@code ..B}, within a run of {@code last}
     * steps (0 = before the first step); absent = all of it.
     */
    public static Steps steps(String text, int last) {
        if (text == null) return new Steps(0, last);
        Matcher m = RANGE.matcher(text.strip());
        String hint = "steps 0 (before the first) to " + last + ", e.g. 0.." + last;
        if (!m.matches() || text.isBlank()) throw new InputProblem("--steps " + Echo.value(text) + ": expected A..B — " + hint);
        int from = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int to = m.group(3) == null ? last : Integer.parseInt(m.group(3));
        if (from < 0 || to < 0 || from > last || to > last) {
            throw new InputProblem("--steps " + Echo.value(text) + ": out of range, the lesson's run has " + last + " steps — give " + hint);
        }
        if (from > to) throw new InputProblem("--steps " + Echo.value(text) + ": the first step is after the last — write A..B with A ≤ B");
        return new Steps(from, to);
    }

    /** At most {@link #MAX_FRAMES} frames, and no more pixels than half of what this JVM may allocate. */
    public static void frames(Steps steps, Size size) {
        if (steps.count() > MAX_FRAMES) {
            throw new InputProblem("--steps: " + steps.count() + " frames; an export has at most " + MAX_FRAMES + " — export fewer steps with --steps A..B");
        }
        long bytes = (long) steps.count() * size.width() * size.height() * 4;
        long budget = Runtime.getRuntime().maxMemory() / 2;
        if (bytes > budget) {
            throw new InputProblem(String.format(Locale.ROOT, "%d frames of %dx%d need %,d MB of memory, more than the %,d MB this run may use"
                    + " — export fewer steps (--steps A..B) or a smaller --size", steps.count(), size.width(), size.height(), bytes >> 20, budget >> 20));
        }
    }

    /** A rate per second for {@code flag} ({@code --writers}): 0 … {@link #MAX_RATE}. */
    public static double rate(String flag, double r) {
        if (!(r >= 0) || r > MAX_RATE) {
            String shown = r == Math.rint(r) && Math.abs(r) < 1e15 ? String.valueOf((long) r) : String.valueOf(r);
            throw new InputProblem(flag + " " + shown + ": a rate must be 0 or more per second, at most 1e8 — e.g. " + flag + " 10000");
        }
        return r;
    }

    /** Counts for {@code flag} ({@code --cpus}, {@code --threads}): "1,2,4", "1-4" or both, each 1 … {@code max}, in the order given. */
    public static List<Integer> counts(String flag, String text, int max, String noun) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            String[] ends = p.split("-", -1);
            if (ends.length > 2 || p.isEmpty()) throw badCount(flag, text, p, max, noun);
            int a = count(flag, text, ends[0], max, noun);
            int b = ends.length == 2 ? count(flag, text, ends[1], max, noun) : a;
            if (b < a) throw badCount(flag, text, p, max, noun);
            for (int i = a; i <= b; i++) out.add(i);
        }
        return out;
    }

    private static int count(String flag, String text, String s, int max, String noun) {
        int n;
        try {
            n = Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw badCount(flag, text, s, max, noun);
        }
        if (n < 1 || n > max) throw new InputProblem(flag + " " + Echo.value(text) + ": " + n + " is out of range — give 1 to " + max);
        return n;
    }

    private static InputProblem badCount(String flag, String text, String part, int max, String noun) {
        return new InputProblem(flag + " " + Echo.value(text) + ": '" + Echo.value(part) + "' is not a " + noun + " from 1 to " + max
                + " or a range a-b — e.g. " + flag + " 1,2,4");
    }

    static InputProblem outOfRange(String flag, Object value, String range) {
        return new InputProblem(flag + " " + Echo.value(String.valueOf(value)) + ": out of range — give " + range);
    }
}
