package org.speclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.speclab.app.Main;
import org.speclab.lessons.LessonCatalog;

/**
 * Input as a hostile user types it (issue #11): a committed corpus of bad lesson files (one per class of attack
 * and per limit, {@code hostile/expected.tsv} says where each one's first problem is), bad trace codes, every
 * numeric flag out of range, and about 2,000 seeded mutations of the shipped lessons. Every command answers in
 * one located line with exit 2, or runs normally; never a Java exception, never a hang. In-process: thousands of
 * cases take seconds.
 */
class HostileInputTest {
    /** A hang guard, not a speed test: one case takes milliseconds. */
    private static final Duration GUARD = Duration.ofSeconds(60);
    private static final Pattern LOCATED = Pattern.compile("(.+):(\\d+):(\\d+): (.+) — (.+)");
    /** Mutants in all, spread over the shipped lessons. */
    private static final int MUTANTS = 2_100;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    /** What one in-process invocation printed on stderr and returned. */
    private record Answer(int exit, List<String> lines, String text) {}

    private Answer run(String... args) {
        console.reset();
        int exit = assertTimeoutPreemptively(GUARD, () -> Main.run(args), () -> "hang guard: speclab " + String.join(" ", args));
        String text = console.err();
        return new Answer(exit, text.lines().toList(), text);
    }

    /** Exit 2, exactly one line, no Java in it. */
    private static void oneLineExit2(Answer a, String what) {
        assertThat(a.exit()).as("exit of %s, stderr %s", what, a.text()).isEqualTo(2);
        assertThat(a.lines()).as("stderr of %s", what).hasSize(1);
        noJava(a, what);
    }

    private static void noJava(Answer a, String what) {
        assertThat(a.text()).as("stderr of %s", what).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.")
                .doesNotContain("internal error");
    }

    // --- the committed corpus ---------------------------------------------------------------------------------

    record Hostile(String file, String location, String message) {
        @Override
        public String toString() { return file; }
    }

    static Stream<Hostile> corpus() throws IOException {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/expected.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t")).map(f -> new Hostile(f[0], f[1], f[2])).toList().stream();
        }
    }

    private Path copy(String resource) throws IOException {
        Path f = dir.resolve(resource);
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + resource)) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCommandGivesTheSameLocatedLineForAHostileFile(Hostile h) throws IOException {
        Path f = copy(h.file());
        String expected = f + ":" + h.location() + ": " + h.message();
        byte[] before = Files.readAllBytes(f);
        for (String[] args : List.of(new String[] {"run", f.toString()}, new String[] {"check", f.toString(), "--max-states", "1000"},
                new String[] {"export", f.toString(), "--out", dir.resolve("frames").toString()},
                new String[] {"gui", f.toString(), "--snapshot", f.toString()}, new String[] {"gui", f.toString(), "--snapshot", dir.resolve("w.png").toString()},
                new String[] {"bench", "engine", "--lesson", f.toString(), "--seconds", "1"})) {
            Answer a = run(args);
            oneLineExit2(a, String.join(" ", args));
            assertThat(a.lines().get(0)).as("speclab %s", String.join(" ", args)).startsWith(expected);
        }
        Answer lint = run("lint", f.toString());
        assertThat(lint.exit()).isEqualTo(2);
        assertThat(lint.lines()).isNotEmpty().allMatch(l -> LOCATED.matcher(l).matches());
        assertThat(lint.lines().get(0)).startsWith(expected);
        noJava(lint, "lint");
        // nothing was written: no frames, no picture, the lesson file untouched
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
        assertThat(dir.resolve("w.png")).doesNotExist();
        assertThat(dir.resolve("frames")).doesNotExist();
    }

    @Test
    void aFileOverTheSizeLimitAndThingsThatAreNotFilesAreOneLine() throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "id: x\n" + "# padding\n".repeat(30_000));
        Answer a = run("run", big.toString());
        oneLineExit2(a, "run big.yaml");
        assertThat(a.lines().get(0)).startsWith(big + ":1:1: the file is 292 KiB; lesson files are limited to 256 KiB");
        Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
        assertThat(run("run", folder.toString()).lines().get(0)).startsWith(folder + ":1:1: is a directory");
        if (Files.exists(Path.of("/dev/zero"))) {
            Answer zero = run("run", "/dev/zero");
            oneLineExit2(zero, "run /dev/zero");
            assertThat(zero.lines().get(0)).startsWith("/dev/zero:1:1: is not a regular file");
        }
        Answer control = run("run", dir.resolve("evil\u001b[2J\nname.yaml").toString());
        oneLineExit2(control, "a file name with control characters");
        assertThat(control.lines().get(0)).contains("evil\\x1b[2J\\nname.yaml:1:1: no such file");
    }

    // --- trace codes -----------------------------------------------------------------------------------------

    static Stream<Arguments> badTraceCodes() {
        return Stream.of(
                Arguments.of("fast-path@v6.14@" + "ab".repeat(4_000), "schedule entry 2 picks rcu, but it cannot move"),
                Arguments.of("fast-path@v6.14@" + "ab".repeat(20_000), "a trace code is at most 20000 characters"),
                Arguments.of("fast-path@v6.14@a99999999999", "steps is too long"),
                Arguments.of("fast-path@v6.14@a60000b60000", "more than 100000 steps"),
                Arguments.of("garbage@@", "not a trace code"),
                Arguments.of("fast-path@v6.14@z", "not a trace code"),
                Arguments.of("fast-path@v9.99@a", "unknown variant 'v9.99'"),
                Arguments.of("fast-path@v6.14,seq-bits=99@a", "seq-bits"),
                Arguments.of("fast-path@v6.14,nosuch=1@a", "nosuch"),
                Arguments.of("fast-path@v6.14@p", "the code names thread p"),
                Arguments.of("nosuch@v6.14@a", "no bundled lesson 'nosuch'"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badTraceCodes")
    void aBadTraceCodeIsOneLineNamingTheCode(String code, String message) {
        // check explores every interleaving, so it never replays the code's schedule
        boolean replays = message.startsWith("schedule entry");
        for (String command : replays ? List.of("run", "export", "gui") : List.of("run", "check", "export", "gui")) {
            List<String> args = new ArrayList<>(List.of(command, code));
            if (command.equals("export")) args.addAll(List.of("--out", dir.resolve("x").toString()));
            if (command.equals("gui")) args.addAll(List.of("--snapshot", dir.resolve("x.png").toString()));
            Answer a = run(args.toArray(String[]::new));
            oneLineExit2(a, command + " " + code.substring(0, Math.min(40, code.length())));
            assertThat(a.lines().get(0)).contains(message).hasSizeLessThan(800);
        }
    }

    // --- flags -----------------------------------------------------------------------------------------------

    static Stream<Arguments> badFlags() {
        String out = "--out";
        return Stream.of(
                Arguments.of(new String[] {"check", "fast-path", "--workers", "100000"}, "--workers 100000: out of range — give 1 to "),
                Arguments.of(new String[] {"check", "fast-path", "--workers", "2147483647"}, "--workers 2147483647: out of range"),
                Arguments.of(new String[] {"check", "fast-path", "--workers", "0"}, "--workers 0: out of range"),
                Arguments.of(new String[] {"check", "fast-path", "--workers", "-3"}, "--workers -3: out of range"),
                Arguments.of(new String[] {"check", "fast-path", "--workers", "many"}, "Invalid value for option '--workers'"),
                Arguments.of(new String[] {"check", "fast-path", "--max-states", "0"}, "--max-states 0: out of range — give 1 to 1000000000"),
                Arguments.of(new String[] {"check", "fast-path", "--max-states", "-1"}, "--max-states -1: out of range"),
                Arguments.of(new String[] {"check", "fast-path", "--max-states", "99999999999999999999"}, "Invalid value for option '--max-states'"),
                Arguments.of(new String[] {"run", "fast-path", "--seed", "-1"}, "--seed -1: out of range — give 0 to 9223372036854775807"),
                Arguments.of(new String[] {"run", "fast-path", "--seed", "99999999999999999999"}, "Invalid value for option '--seed'"),
                Arguments.of(new String[] {"run", "fast-path", "--max-steps", "0"}, "--max-steps 0: out of range"),
                Arguments.of(new String[] {"run", "fast-path", "--max-steps", "1000000000"}, "--max-steps 1000000000: out of range"),
                Arguments.of(new String[] {"run", "fast-path", "--schedule", "cpu0*9"}, "--schedule: "),
                Arguments.of(new String[] {"run", "fast-path", "--variant", "x".repeat(5000)}, "--variant: unknown variant 'xxx"),
                Arguments.of(new String[] {"run", "fast-path", "--set", "seq-bits=99"}, "--set seq-bits=99"),
                Arguments.of(new String[] {"export", "fast-path", out, "@DIR", "--steps", "5..2"}, "--steps 5..2: the first step is after the last"),
                Arguments.of(new String[] {"export", "fast-path", out, "@DIR", "--steps", "-3..-1"}, "--steps -3..-1: out of range, the lesson's run has "),
                Arguments.of(new String[] {"export", "fast-path", out, "@DIR", "--steps", "0..99"}, "--steps 0..99: out of range"),
                Arguments.of(new String[] {"export", "fast-path", out, "@DIR", "--steps", "a..b"}, "--steps a..b: expected A..B"),
                Arguments.of(new String[] {"export", "fast-path", out, "@DIR", "--size", "0x0"}, "--size 0x0: out of range — give 320x200 to 7680x4320"),
                Arguments.of(new String[] {"export", "fast-path", out, "@DIR", "--size", "-5x-5"}, "--size -5x-5: expected WIDTHxHEIGHT"),
                Arguments.of(new String[] {"export", "fast-path", out, "@DIR", "--size", "20000x20000"}, "--size 20000x20000: out of range"),
                Arguments.of(new String[] {"export", "fast-path", out, "@DIR", "--size", "abcxdef"}, "--size abcxdef: expected WIDTHxHEIGHT"),
                Arguments.of(new String[] {"export", "fast-path", out, "@DIR", "--format", "bmp"}, "--format bmp: expected one of png, gif, html"),
                Arguments.of(new String[] {"export", "fast-path", out, ""}, "--out is empty"),
                Arguments.of(new String[] {"export", "fast-path", out, "@FILE"}, "is a file, not a directory"),
                Arguments.of(new String[] {"export", "fast-path", out, "@FILE/x"}, "cannot create this directory"),
                Arguments.of(new String[] {"gui", "fast-path", "--snapshot", "@DIR/w.png", "--step", "-5"}, "--step -5: out of range — give 0 to "),
                Arguments.of(new String[] {"gui", "fast-path", "--snapshot", "@DIR/w.png", "--step", "99999"}, "--step 99999: out of range"),
                Arguments.of(new String[] {"gui", "--snapshot", "@DIR/w.png", "--step", "3"}, "--step 3: there is no lesson to step"),
                Arguments.of(new String[] {"gui", "fast-path", "--snapshot", "@DIR/w.png", "--size", "1x1"}, "--size 1x1: out of range"),
                Arguments.of(new String[] {"gui", "fast-path", "--snapshot", "@FILE"}, "exists and is not a PNG picture — add --force"),
                Arguments.of(new String[] {"gui", "fast-path", "--snapshot", "@PNG"}, ": exists — add --force"),
                Arguments.of(new String[] {"gui", "fast-path", "--snapshot", "@DIR"}, "is a directory"),
                Arguments.of(new String[] {"gui", "fast-path", "--snapshot", ""}, "--snapshot is empty"),
                Arguments.of(new String[] {"gui", "nosuch-lesson", "--snapshot", "@DIR/w.png"}, "nosuch-lesson:1:1: no bundled lesson"),
                Arguments.of(new String[] {"gui", "fast-path", "--force"}, "go with --snapshot"),
                Arguments.of(new String[] {"bench", "engine", "--seconds", "0"}, "--seconds 0.0: out of range — give 0.1 to 3600"),
                Arguments.of(new String[] {"bench", "engine", "--seconds", "-1"}, "--seconds -1.0: out of range"),
                Arguments.of(new String[] {"bench", "engine", "--seconds", "NaN"}, "--seconds NaN: out of range"),
                Arguments.of(new String[] {"bench", "engine", "--seconds", "Infinity"}, "--seconds Infinity: out of range"),
                Arguments.of(new String[] {"bench"}, "speclab bench: which benchmark?"),
                Arguments.of(new String[] {"bench", "live", "--seconds", "0"}, "--seconds 0.0: out of range"),
                Arguments.of(new String[] {"bench", "live", "--seconds", "NaN"}, "--seconds NaN: out of range"),
                Arguments.of(new String[] {"bench", "live", "--threads", "0"}, "--threads 0: 0 is out of range — give 1 to 256"),
                Arguments.of(new String[] {"bench", "live", "--threads", "1-99999999"}, "99999999 is out of range — give 1 to 256"),
                Arguments.of(new String[] {"bench", "live", "--writers", "-1"}, "--writers -1"),
                Arguments.of(new String[] {"bench", "throughput", "--cpus", "0"}, "--cpus 0: 0 is out of range"),
                Arguments.of(new String[] {"bench", "throughput", "--cpus", "x".repeat(3000)}, "is not a CPU count"),
                Arguments.of(new String[] {"bench", "throughput", "--writers", "NaN"}, "--writers NaN"),
                Arguments.of(new String[] {"bench", "throughput", "--topology", "nosuch"}, "--topology nosuch: unknown"),
                Arguments.of(new String[] {"bench", "throughput", "--variant", "nosuch"}, "--variant nosuch"),
                Arguments.of(new String[] {"run"}, "Missing required parameter"),
                Arguments.of(new String[] {"run", "fast-path", "--nosuch"}, "Unknown option: '--nosuch'"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFlags")
    void everyFlagOutOfRangeIsOneLineWithTheAllowedRange(String[] args, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a picture, not a directory");
        byte[] slide = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
        Path png = Files.write(dir.resolve("kept-slide.png"), slide);
        String[] resolved = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i].replace("@DIR", dir.toString()).replace("@FILE", file.toString()).replace("@PNG", png.toString());
        }
        Answer a = run(resolved);
        oneLineExit2(a, String.join(" ", args).substring(0, Math.min(80, String.join(" ", args).length())));
        assertThat(a.lines().get(0)).contains(message).hasSizeLessThan(800);
        assertThat(Files.readString(file)).isEqualTo("not a picture, not a directory");
        assertThat(Files.readAllBytes(png)).as("an earlier picture is kept without --force").isEqualTo(slide);
    }

    // --- seeded mutations of the shipped lessons ---------------------------------------------------------------

    /** {@value #MUTANTS} mutants of the shipped lessons, 1 to 3 mutations each. */
    @Test
    void mutatedShippedLessonsLoadRunOrFailInOneLocatedLine() throws IOException {
        Path mutants = Files.createDirectory(dir.resolve("mutants"));
        List<String> failures = new ArrayList<>();
        int files = 0;
        int refused = 0;
        List<String> ids = LessonCatalog.ids();
        int perLesson = (MUTANTS + ids.size() - 1) / ids.size();
        for (String id : ids) {
            String text = shipped(id);
            for (int i = 0; i < perLesson; i++) {
                long seed = id.hashCode() * 1_000L + i;
                Path f = mutants.resolve(id + "-" + i + ".yaml");
                Files.write(f, Mutator.mutate(text, new Random(seed)).getBytes(StandardCharsets.UTF_8));
                files++;
                // a mutant that no longer decodes as UTF-8 is fine: it is bytes, and must be refused as such
                Answer a = run("run", f.toString());
                String why = check(a, f, "run");
                if (why == null && i % 10 == 0) why = check(run("check", f.toString(), "--max-states", "2000", "--workers", "1"), f, "check");
                if (a.exit() == 2) refused++;
                if (why != null && failures.size() < 20) failures.add(why + " (mutant " + id + " #" + i + ", seed " + seed + ")");
                if (why != null) continue;
                if (a.exit() == 2) {
                    Answer lint = run("lint", f.toString());
                    if (lint.exit() != 2 || !lint.lines().stream().allMatch(l -> LOCATED.matcher(l).matches()))
                        failures.add("lint disagrees with run on " + id + " #" + i + ": " + lint.text());
                }
            }
        }
        assertThat(files).isGreaterThanOrEqualTo(2_000);
        assertThat(refused).as("the mutator must break most lessons, or it tests nothing").isGreaterThan(files / 2);
        assertThat(failures).isEmpty();
    }

    /** Null when the answer is one of the allowed ones: it ran (0, 1, 3), or exit 2 with one located line. */
    private static String check(Answer a, Path f, String command) {
        if (a.text().contains("Exception") || a.text().contains("at org.") || a.text().contains("internal error")) return command + ": " + a.text();
        if (a.exit() == 0 || a.exit() == 1 || a.exit() == 3) return a.lines().isEmpty() ? null : command + " exit " + a.exit() + " printed " + a.text();
        if (a.exit() != 2) return command + ": exit " + a.exit();
        if (a.lines().size() != 1) return command + ": " + a.lines().size() + " lines: " + a.text();
        Matcher m = LOCATED.matcher(a.lines().get(0));
        if (!m.matches() || !m.group(1).equals(f.toString())) return command + ": not located in the file: " + a.text();
        return null;
    }

    private static String shipped(String id) throws IOException {
        try (InputStream in = LessonCatalog.class.getResourceAsStream("/lessons/" + id + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Small random edits of the kinds a typo, a bad merge or an attacker makes. */
    static final class Mutator {
        private static final String[] TOKENS = {"[", "]", "{", "}", ":", ": ", ",", "- ", "&a ", "*a", "!!str ", "!!java.io.File ", "'", "\"", "\t",
            "\n", "\u0000", "\uFEFF", "%YAML 1.1\n", "@", "#", "? ", "|", ">", "0x", "-1", "99999999999999999999", "\u202e", "é", "\ud83d\ude00", "~",
            "null", "---\n", "...\n", "\\", "\r", "\u0085"};
        private static final String[] NUMBERS = {"0", "-1", "1", "3", "0x7fffffffffff", "0x800000000000", "4294967296", "99999999999999999999",
            "0x401101", "2147483648", "0xfffffffe", "100000", "5001"};
        private static final String[] WORDS = {"munmap", "mmap-fixed", "mremap", "mprotect", "open", "close", "fork", "uprobe-hit", "uprobe-register",
            "uprobe-unregister", "iput", "inode-alloc", "mmap-write-lock", "mmap-write-unlock", "cpu0", "cpu1", "rcu", "rcu-trace", "anon", "v6.13",
            "retry-3", "no-end-check", "f1", "libfoo", "u1", "expected", "forbidden"};
        private static final Pattern NUMBER = Pattern.compile("\\b(0x[0-9a-fA-F]+|[0-9]+)\\b");
        private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9.-]+");

        static String mutate(String text, Random r) {
            int edits = 1 + r.nextInt(3);
            for (int i = 0; i < edits; i++) text = once(text, r);
            return text;
        }

        private static String once(String t, Random r) {
            if (t.isEmpty()) return TOKENS[r.nextInt(TOKENS.length)];
            int at = r.nextInt(t.length());
            List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
            int line = r.nextInt(lines.size());
            switch (r.nextInt(10)) {
                case 0 -> { return t.substring(0, at) + t.substring(Math.min(t.length(), at + 1 + r.nextInt(5))); }
                case 1 -> { return t.substring(0, at) + TOKENS[r.nextInt(TOKENS.length)] + t.substring(at); }
                case 2 -> lines.add(line, lines.get(line));
                case 3 -> lines.remove(line);
                case 4 -> java.util.Collections.swap(lines, line, r.nextInt(lines.size()));
                case 5 -> { return replaceNth(NUMBER.matcher(t), t, r, NUMBERS[r.nextInt(NUMBERS.length)]); }
                case 6 -> lines.set(line, r.nextBoolean() ? " ".repeat(1 + r.nextInt(3)) + lines.get(line) : lines.get(line).replaceFirst("^ {1,3}", ""));
                case 7 -> { return t.substring(0, at); }
                case 8 -> { return replaceNth(WORD.matcher(t), t, r, WORDS[r.nextInt(WORDS.length)]); }
                default -> lines.set(line, lines.get(line).repeat(2 + r.nextInt(40)));
            }
            return String.join("\n", lines);
        }

        private static String replaceNth(Matcher m, String t, Random r, String with) {
            List<int[]> spans = new ArrayList<>();
            while (m.find()) spans.add(new int[] {m.start(), m.end()});
            if (spans.isEmpty()) return t;
            int[] s = spans.get(r.nextInt(spans.size()));
            return t.substring(0, s[0]) + with + t.substring(s[1]);
        }
    }
}
