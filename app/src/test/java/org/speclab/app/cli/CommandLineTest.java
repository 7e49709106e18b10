package org.speclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.speclab.app.Main;
import org.speclab.lessons.LessonCatalog;

/** The subcommands as a user types them: output, and the exit codes of the README's command table. */
class CommandLineTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    private String out() { return console.out(); }

    private String err() { return console.err(); }

    private static int run(String... args) { return Main.run(args); }

    @Test
    void lessonsListsEveryBundledLessonWithItsQuestion() {
        assertThat(run("lessons")).isZero();
        for (var l : LessonCatalog.bundled()) assertThat(out()).contains(l.id()).contains(l.question());
    }

    @Test
    void runPrintsOneLinePerStepTheOutcomeAndExits0() {
        assertThat(run("run", "munmap-file-reuse")).isZero();
        assertThat(out()).contains("   1  cpu0      H0     handle_swbp")
                .contains("outcome: fallback-seq-changed/locked-miss-restart")
                .contains("decision: speculation failed, falls back to mmap_read_lock: mm_lock_seq moved 2 → 4")
                .contains("trace code: munmap-file-reuse@v6.14@");
        assertThat(err()).isEmpty();
    }

    @Test
    void runExits1WhenABrokenVariantViolatesAProperty() {
        assertThat(run("run", "munmap-file-reuse", "--variant", "no-end-check")).isEqualTo(1);
        assertThat(out()).contains("violation: P1 wrong-uprobe");
    }

    @Test
    void runReplaysAGivenScheduleAndATraceCodeToTheSameTrace() {
        run("run", "munmap-file-reuse", "--seed", "11");
        String seeded = out();
        String code = seeded.lines().filter(l -> l.startsWith("trace code: ")).findFirst().orElseThrow().substring(12);
        String schedule = seeded.lines().filter(l -> l.startsWith("schedule: ")).findFirst().orElseThrow().substring(10);
        console.resetOut();
        run("run", "munmap-file-reuse", "--schedule", schedule);
        String replayed = out();
        console.resetOut();
        run("run", code);
        assertThat(stripDeclared(replayed)).isEqualTo(stripDeclared(seeded));
        assertThat(stripDeclared(out())).isEqualTo(stripDeclared(seeded));
    }

    private static String stripDeclared(String s) { return s.replaceAll("(?m)^declared: .*$", ""); }

    @Test
    void runJsonHasTheStableKeys() throws IOException {
        assertThat(run("run", "broken-no-end-check", "--json")).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.get("verdict").asText()).isEqualTo("violated");
        assertThat(j.get("variant").asText()).isEqualTo("no-end-check");
        assertThat(j.get("states").asInt()).isPositive();
        assertThat(j.get("outcomes").fieldNames().next()).isEqualTo("wrong-uprobe");
        assertThat(j.get("violation").get("property").asText()).isEqualTo("P1");
        assertThat(j.get("violation").get("schedule").size()).isPositive();
        assertThat(j.get("violation").get("trace").size()).isEqualTo(j.get("violation").get("schedule").size());
    }

    @Test
    void runJsonKeysComeInTheirWrittenOrder() throws IOException {
        // the same run prints the same bytes under any JDK, with or without a class-data archive
        assertThat(run("run", "munmap-file-reuse", "--json")).isZero();
        JsonNode trace = new ObjectMapper().readTree(out()).get("trace");
        List<String> changeKeys = new ArrayList<>();
        List<String> causeKeys = new ArrayList<>();
        for (JsonNode step : trace) {
            for (JsonNode c : step.get("changes")) c.fieldNames().forEachRemaining(changeKeys::add);
            JsonNode cause = step.path("decision").path("cause");
            if (!cause.isMissingNode()) cause.fieldNames().forEachRemaining(causeKeys::add);
        }
        assertThat(changeKeys).isNotEmpty();
        assertThat(String.join(",", changeKeys)).isEqualTo("field,before,after,".repeat(changeKeys.size() / 3).replaceAll(",$", ""));
        assertThat(causeKeys).isNotEmpty();
        assertThat(String.join(",", causeKeys)).isEqualTo("step,thread,what,".repeat(causeKeys.size() / 3).replaceAll(",$", ""));
    }

    @Test
    void unknownVariantIsOneLineAndExit2() {
        assertThat(run("run", "fast-path", "--variant", "v9")).isEqualTo(2);
        assertThat(err().lines()).hasSize(1);
        assertThat(err()).contains("unknown variant 'v9'").contains("v6.14");
    }

    @Test
    void badKnobIsOneLineAndExit2() {
        assertThat(run("run", "fast-path", "--set", "filp-cache=maybe")).isEqualTo(2);
        assertThat(err().lines()).hasSize(1);
        assertThat(err()).contains("filp-cache must be one of typesafe, rcu-delayed, plain-kfree");
    }

    @Test
    void brokenLessonFileGivesALocatedLineAndExit2WithoutAStackTrace() throws IOException {
        Path f = dir.resolve("broken.yaml");
        Files.writeString(f, "id: broken\ntitle: t\nquestion: q\nworld: { inodes: [libfoo] }\nthreads:\n  cpu0: [\"munmapp 0x400000 0x1000\"]\n");
        assertThat(run("run", f.toString())).isEqualTo(2);
        assertThat(err().lines()).hasSize(1);
        assertThat(err()).startsWith(f + ":6:").contains("munmapp").contains("did you mean 'munmap'").doesNotContain("Exception");
    }

    @Test
    void scheduleThatPicksABlockedThreadIsExit2() {
        assertThat(run("run", "writer-holds-lock", "--schedule", "cpu1,cpu1,cpu0,cpu0,cpu0,cpu0,cpu0,cpu0,cpu0,cpu0")).isEqualTo(2);
        assertThat(err()).contains("--schedule: schedule entry").contains("cannot move");
    }

    @Test
    void unknownLessonSuggestsTheListing() {
        assertThat(run("run", "fast-pth")).isEqualTo(2);
        assertThat(err()).contains("did you mean 'fast-path'").contains("speclab lessons");
    }

    @Test
    void lintAcceptsEveryShippedLessonAndRejectsABrokenOne() throws IOException {
        Path good = Path.of("../lessons/fast-path.yaml");
        assertThat(run("lint", good.toString())).isZero();
        assertThat(out()).contains("fast-path.yaml: ok");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "id: x\n");
        assertThat(run("lint", bad.toString())).isEqualTo(2);
        assertThat(err().lines()).allMatch(l -> l.startsWith(bad + ":1:1: "));
    }

    @Test
    void checkHoldsOnTheMergedCodeWithItsOutcomeSet() {
        assertThat(run("check", "munmap-file-reuse", "--workers", "1")).isZero();
        assertThat(out()).contains("verdict: holds").contains("speculative-hit").contains("fallback-seq-changed/locked-miss-restart");
    }

    @Test
    void checkFindsTheShortestCounterexampleOfABrokenVariantAndExits1() throws IOException {
        assertThat(run("check", "munmap-file-reuse", "--variant", "parity-only-end-check", "--json")).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.get("verdict").asText()).isEqualTo("violated");
        assertThat(j.get("violation").get("property").asText()).isEqualTo("P1");
        String code = j.get("violation").get("trace_code").asText();
        console.resetOut();
        assertThat(run("run", code)).isEqualTo(1);
        assertThat(out()).contains("violation: P1 wrong-uprobe");
    }

    @Test
    void checkAllReportsEveryViolatedPropertyWithAShortestCounterexampleEach() throws IOException {
        // B12 frees a uprobe without a grace period: a reader still using it (P3), and one reading it after (P2)
        assertThat(run("check", "broken-uprobe-freed-without-gp", "--all")).isEqualTo(1);
        assertThat(out()).contains("verdict: violated — P3 uprobe-freed-in-use").contains("violations (shortest counterexample each):")
                .containsPattern("P3 uprobe-freed-in-use +22 steps  expected +broken-uprobe-freed-without-gp@")
                .containsPattern("P2 use-after-free +23 steps  possible +broken-uprobe-freed-without-gp@")
                .doesNotContain("undeclared")
                .contains("counterexample (22 steps)");
        console.resetOut();
        assertThat(run("check", "broken-uprobe-freed-without-gp", "--all", "--json")).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.get("violation").get("property").asText()).isEqualTo("P3");
        JsonNode all = j.get("violations");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("property").asText()).isEqualTo("P3");
        assertThat(all.get(1).get("property").asText()).isEqualTo("P2");
        assertThat(all.get(1).get("schedule")).hasSize(23);
        assertThat(all.get(1).get("declared").asText()).isEqualTo("possible");
        assertThat(j.get("outcomes").size()).isGreaterThan(1);
        // each counterexample replays to its own property
        String p2 = all.get(1).get("trace_code").asText();
        console.resetOut();
        assertThat(run("run", p2)).isEqualTo(1);
        assertThat(out()).contains("violation: P2 use-after-free");
    }

    @Test
    void checkWithoutAllStopsAtTheFirstViolation() throws IOException {
        assertThat(run("check", "broken-uprobe-freed-without-gp", "--json")).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.get("violation").get("property").asText()).isEqualTo("P3");
        assertThat(j.has("violations")).isFalse();
        console.resetOut();
        run("check", "broken-uprobe-freed-without-gp");
        assertThat(out()).doesNotContain("violations (shortest counterexample each)");
    }

    @Test
    void checkFindsTheLivelockOfSpinningOnAnOddCount() {
        assertThat(run("check", "broken-spin-on-odd")).isEqualTo(1);
        assertThat(out()).contains("L1 livelock").contains("repeating from step");
    }

    @Test
    void checkWithTooFewStatesIsInconclusiveExit3() {
        assertThat(run("check", "munmap-file-reuse", "--max-states", "50")).isEqualTo(3);
        assertThat(out()).contains("verdict: inconclusive");
    }

    @Test
    void benchEngineEndsWithTheStatesPerSecondLine() {
        assertThat(run("bench", "engine", "--lesson", "munmap-file-reuse", "--seconds", "0.2")).isZero();
        String[] lines = out().strip().split("\\R");
        assertThat(lines[lines.length - 1]).matches("states/s: [1-9][0-9]*");
        assertThat(out()).contains("checker: holds, 5432 distinct states"); // with the 6.14 munmap order and the two-step open (#12), grace periods counted relatively (ADR 0013)
    }

    @Test
    void benchLivePrintsBothAnalogsInThePublishedRowFormat() {
        assertThat(run("bench", "live", "--threads", "1,2", "--seconds", "0.1")).isZero();
        assertThat(out()).contains("v6.13 analog: every lookup takes ReentrantReadWriteLock.readLock()")
                .contains("v6.14 analog: seqcount-validated lockless lookup")
                .containsPattern("per-thread rate from 1 to 2 threads: v6.13 analog [+-]\\d+ %, v6.14 analog [+-]\\d+ %");
        assertThat(out().lines().filter(l -> l.matches("lookup \\( [12] threads\\): +\\d+\\.\\d{3} ± \\d+\\.\\d{3}M/s \\( *\\d+\\.\\d{3}M/s/thread\\)")))
                .hasSize(4);
    }

    @Test
    void benchLiveWithWritersSplitsSpeculativeAndFallback() {
        assertThat(run("bench", "live", "--threads", "1", "--seconds", "0.1", "--writers", "1000")).isZero();
        assertThat(out()).containsPattern("speculative \\d+\\.\\d{3}, locked path \\d+\\.\\d{3} M/s, \\d+ writes/s");
    }

    @Test
    void benchLiveRefusesBadFlagsWithOneLineAndExit2() {
        assertThat(run("bench", "live", "--threads", "1,x")).isEqualTo(2);
        assertThat(run("bench", "live", "--threads", "0")).isEqualTo(2);
        assertThat(run("bench", "live", "--threads", "4-2")).isEqualTo(2);
        assertThat(run("bench", "live", "--seconds", "-1")).isEqualTo(2);
        assertThat(run("bench", "live", "--writers", "-5")).isEqualTo(2);
        assertThat(run("bench", "live", "--writers", "lots")).isEqualTo(2);
        assertThat(err().lines()).hasSize(6).allMatch(l -> !l.contains("Exception") && !l.contains("\tat "));
        assertThat(err()).contains("--threads 1,x: 'x' is not a thread count from 1 to 256 or a range a-b — e.g. --threads 1,2,4");
        assertThat(out()).isEmpty();
    }
}
