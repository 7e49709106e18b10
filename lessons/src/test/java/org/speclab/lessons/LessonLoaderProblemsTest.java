package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad input comes back as {@code file:line:col: message — fix}, pointing at the offending text. */
class LessonLoaderProblemsTest {
    @Test
    void yamlSyntaxErrorIsLocatedWhereTheParserGaveUp() {
        // given: line 14 lacks its closing ']'
        String text = Texts.withLine(14, "  cpu0: [ \"uprobe-hit 0x401100\"");
        // when
        List<String> problems = Texts.formatted(text);
        // then
        assertThat(problems).containsExactly("t.yaml:15:3: YAML syntax error: expected ',' or ']', but got <scalar> "
                + "(while parsing a flow sequence that starts at 14:9) — separate list items with ',' and close the list with ']'");
    }

    @Test
    void tabIndentationIsASyntaxErrorWithAHint() {
        // given
        String text = Texts.VALID.replace("  inodes:", "\tinodes:");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:5:1: YAML syntax error: ").endsWith("— indent with spaces; YAML does not allow tabs here");
    }

    @Test
    void unknownKeySuggestsTheClosestKnownKey() {
        // given
        String text = Texts.VALID.replace("question:", "qestion:");
        // when
        List<String> problems = Texts.formatted(text);
        // then: reported once, not also as a missing 'question'
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("t.yaml:3:1: unknown key 'qestion' in a lesson — did you mean 'question'? (keys: id, title,");
    }

    @Test
    void unknownKeyInsideAnEntrySuggestsTheClosestKey() {
        // given
        String text = Texts.withLine(7, "    - { name: f1, inode: libfoo, opne: true }");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:7:34: unknown key 'opne' in a world.files entry — did you mean 'open'? (keys: name, inode, open, backing)");
    }

    @Test
    void missingRequiredKeyIsReportedAtTheTop() {
        // given
        String text = Texts.VALID.replace("title: \"A test lesson\"\n", "");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:1:1: a lesson has no 'title' — add `title: \"…\"`");
    }

    @Test
    void unknownVariantSuggestsTheClosestName() {
        // given
        String text = Texts.VALID + "variant: v6.15\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:17:10: unknown variant 'v6.15' — did you mean 'v6.14'? (variants: v6.14, v6.13, retry-N, no-end-check,");
    }

    @Test
    void badKnobValueSaysWhatIsAllowed() {
        // given
        String text = Texts.VALID + "set: { filp-cache: typsafe }\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:17:20: filp-cache must be one of typesafe, rcu-delayed, plain-kfree, not 'typsafe' — did you mean 'typesafe'?");
    }

    @Test
    void unknownKnobSuggestsTheClosestKnob() {
        // given
        String text = Texts.VALID + "set: { filp-cach: typesafe }\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:17:8: unknown key 'filp-cach' in set — did you mean 'filp-cache'?");
    }

    @Test
    void unknownOperationIsLocatedAtItsWordInsideTheQuotedScalar() {
        // given
        String text = Texts.withLine(15, "  cpu1: [ \"munmapp 0x400000 0x4000\" ]");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:15:12: unknown operation 'munmapp' — did you mean 'munmap'? (operations: uprobe-hit, munmap, mmap-fixed,");
    }

    @Test
    void badNumberIsLocatedAtItsOwnColumn() {
        // given
        String text = Texts.withLine(15, "  cpu1: [ \"munmap 0x40000g 0x4000\" ]");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:15:19: bad number '0x40000g' for ADDR — write hex as 0x401100 or decimal as 4198656, at most 0x7fffffffffff");
    }

    @Test
    void badNumberInAPlainBlockScalarIsLocatedToo() {
        // given
        String text = Texts.withLine(15, "  cpu1:\n    - munmap   0x400000 4k");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:16:25: bad number '4k' for LEN");
    }

    @Test
    void wrongNumberOfArgumentsShowsTheUsage() {
        // given
        String text = Texts.withLine(15, "  cpu1: [ \"munmap 0x400000\" ]");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:15:12: 'munmap' takes ADDR LEN, not 1 argument — write e.g. `munmap 0x400000 0x4000`");
    }

    @Test
    void unalignedOperationAddressSuggestsTheAlignedOne() {
        // given
        String text = Texts.withLine(15, "  cpu1: [ \"mprotect 0x401100 0x1000\" ]");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:15:21: ADDR 0x401100 is not page-aligned — use a multiple of 0x1000, e.g. 0x401000");
    }

    @Test
    void unknownFileOfAVmaSuggestsADeclaredFile() {
        // given
        String text = Texts.withLine(9, "    - { start: 0x400000, end: 0x404000, file: f9, pgoff: 0 }");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:9:47: unknown file 'f9' — did you mean 'f1'? (files: f1), or declare it under world.files");
    }

    @Test
    void unknownInodeOfAFileIsReportedOnceWithoutKnockOnProblems() {
        // given
        String text = Texts.withLine(7, "    - { name: f1, inode: libfo }");
        // when
        List<String> problems = Texts.formatted(text);
        // then
        assertThat(problems).containsExactly(
                "t.yaml:7:26: unknown inode 'libfo' — did you mean 'libfoo'? (inodes: libfoo, libbar), or declare it under world.inodes");
    }

    @Test
    void unknownInodeInAnOperationIsLocatedAtTheWord() {
        // given
        String text = Texts.withLine(16, "  cpu2: [ \"open f2 libbaz\" ]");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:16:20: unknown inode 'libbaz' — did you mean 'libbar'?");
    }

    @Test
    void fileClosedBeforeItsOpenInTheSameThreadIsReported() {
        // given
        String text = Texts.withLine(16, "  cpu2: [ \"close f2\", \"open f2 libbar\" ]");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:16:18: file 'f2' is used before this thread creates it — move the operation that creates it before this one");
    }

    @Test
    void fileOpenedByAnotherThreadMayBeClosed() {
        // given
        String text = Texts.withLine(15, "  cpu1: [ \"close f2\" ]");
        // when
        Lesson l = Texts.load(text);
        // then
        assertThat(l.scenario().threads()).hasSize(3);
    }

    @Test
    void unregisteringAnUnknownUprobeIsReported() {
        // given
        String text = Texts.withLine(16, "  cpu2: [ \"uprobe-unregister u7\" ]");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:16:30: unknown uprobe 'u7' — did you mean 'u1'?");
    }

    @Test
    void overlappingVmasAreReportedAtTheLaterOne() {
        // given
        String text = Texts.withLine(9, "    - { start: 0x400000, end: 0x404000, file: f1, pgoff: 0 }\n    - { start: 0x403000, end: 0x405000 }");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:10:7: VMA [0x403000, 0x405000) overlaps VMA [0x400000, 0x404000) declared at line 9"
                + " — VMAs of one mm never overlap; move or shorten one of them");
    }

    @Test
    void unalignedVmaIsReportedAtItsAddress() {
        // given
        String text = Texts.withLine(9, "    - { start: 0x400800, end: 0x404000, file: f1, pgoff: 0 }");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:9:16: VMA start 0x400800 is not page-aligned — use a multiple of 0x1000, e.g. 0x400000");
    }

    @Test
    void vmaEndingBeforeItStartsIsReported() {
        // given
        String text = Texts.withLine(9, "    - { start: 0x404000, end: 0x400000, file: f1 }");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:9:31: the VMA ends at 0x400000, not after its start 0x404000");
    }

    @Test
    void readerWithOtherOperationsIsReported() {
        // given
        String text = Texts.withLine(14, "  cpu0: [ \"uprobe-hit 0x401100\", fork ]");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:14:12: thread cpu0 hits a uprobe and also runs other operations");
    }

    @Test
    void rcuIsNotAThreadName() {
        // given
        String text = Texts.withLine(16, "  rcu: [ \"open f2 libbar\" ]");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:16:3: 'rcu' is the RCU pseudo-thread's name");
    }

    @Test
    void lessonWithoutAReaderIsReported() {
        // given
        String text = Texts.withLine(14, "  cpu0: [ fork ]");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:14:3: no thread hits a uprobe");
    }

    @Test
    void moreThanEightThreadsAreRefused() {
        // given
        StringBuilder more = new StringBuilder();
        for (int i = 3; i <= 8; i++) more.append("  cpu").append(i).append(": [ fork ]\n");
        String text = Texts.withLine(17, more.toString());
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:22:3: more than 8 threads");
    }

    @Test
    void scheduleNamingAnUnknownThreadSuggestsOne() {
        // given
        String text = Texts.VALID + "schedule: [cpu0, cpu9]\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:17:18: schedule entry 'cpu9' names 'cpu9', which is not a thread"
                + " — did you mean 'cpu0'? (threads: cpu0, cpu1, cpu2, rcu, rcu-trace)");
    }

    @Test
    void schedulePickingABlockedThreadIsLocatedAtThatEntry() {
        // given: cpu1 holds mmap_lock for write, so cpu0 sleeps in mmap_read_lock after its six steps
        String text = Texts.withLine(15, "  cpu1: [ \"mmap-write-lock\", \"mmap-write-unlock\" ]") + "schedule: [cpu1*2, cpu0*6, cpu0]\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:17:28: schedule entry 9 picks cpu0, but it cannot move: sleeps in down_read(): "
                + "mmap_lock is held for write by cpu1 — pick a thread that can move here (cpu1, cpu2); `speclab run` shows which steps block");
    }

    @Test
    void scheduleEntriesAfterTheRunEndsAreReported() {
        // given: 30 picks finish every thread (munmap's 12 steps end with its deferred __fput; open is 2); the 31st is never used
        String text = Texts.VALID + "schedule: [cpu0*16, cpu1*12, cpu2*2, cpu0]\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:17:38: the run ends after step 30 (finished), so the schedule from here on is never used"
                + " — remove the entries after the first 30 picks");
    }

    @Test
    void malformedOutcomeNameSuggestsTheIntendedOne() {
        // given
        String text = Texts.VALID + "outcomes: { expected: [fallback-seq-chnged/locked-miss-restart] }\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:17:24: unknown outcome 'fallback-seq-chnged/locked-miss-restart'"
                + " — did you mean 'fallback-seq-changed/locked-miss-restart'?");
    }

    @Test
    void scheduleEndingInAForbiddenOutcomeIsReported() {
        // given
        String text = Texts.VALID + "schedule: [cpu0*6, cpu1*9, cpu2]\n"
                + "outcomes: { expected: [speculative-hit], forbidden: [fallback-seq-changed/locked-miss-restart] }\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:17:11: the schedule ends in 'fallback-seq-changed/locked-miss-restart', which outcomes.forbidden lists"
                + " — fix the schedule, or move the outcome to expected");
    }

    @Test
    void narrationPastTheEndOfTheRunIsReported() {
        // given
        String text = Texts.VALID + "narration: { 400: \"too far\" }\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:17:14: narration for step 400, but the lesson's run has 30 steps");
    }

    @Test
    void quizAnswerMustNameAChoice() {
        // given
        String text = Texts.VALID + "quiz: [ { step: 3, question: \"?\", choices: [a, b], answer: 3 } ]\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:17:60: the answer (a choice number, from 1) must be from 1 to 2, not 3 — write a number in that range");
    }

    @Test
    void oddStartingSequenceIsRefused() {
        // given
        String text = Texts.VALID.replace("world:\n", "world:\n  seq: 3\n");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:5:8: world.seq must be even");
    }

    @Test
    void collectsSeveralProblemsInFileOrder() {
        // given
        String text = Texts.withLine(15, "  cpu1: [ \"munmapp 0x400000 0x4000\" ]").replace("question:", "qestion:") + "variant: v6.15\n";
        // when
        List<LessonProblem> problems = Texts.problems(text);
        // then
        assertThat(problems).extracting(LessonProblem::line).containsExactly(3, 15, 17);
    }

    @Test
    void emptyFileIsReportedAtTheStart() {
        // given
        String text = "";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:1:1: the file is empty — a lesson starts with `id:`, `title:` and `question:`; see lessons/README.md");
    }

    @Test
    void commentOnlyFileIsEmptyToo() {
        // given
        String text = "# nothing here yet\n\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:1:1: the file is empty");
    }

    @Test
    void listInsteadOfAMappingIsReported() {
        // given
        String text = "- id: x\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:1:1: a lesson must be a mapping of keys to values, not a list");
    }

    @Test
    void tooLargeTextIsRefusedBeforeParsing() {
        // given: 300 KiB, which would also be a syntax error if it were parsed
        String text = "x".repeat(300 * 1024);
        // when
        List<String> problems = Texts.formatted(text);
        // then
        assertThat(problems).containsExactly("t.yaml:1:1: the file is 300 KiB; lesson files are limited to 256 KiB"
                + " — a lesson needs only a few KiB; split it, or check that this is a lesson file");
    }

    @Test
    void aliasBombIsRefusedAtItsFirstAnchorWithoutExpanding() {
        // given: "billion laughs": nine levels of nine aliases each
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            b.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, "*" + p))).append("]\n");
        }
        // when
        List<LessonProblem> problems = Texts.problems(b.toString());
        // then
        assertThat(problems.get(0).format()).isEqualTo("t.yaml:1:4: anchors (&a) are not allowed in lesson files"
                + " — remove the anchor and write values out in full");
        assertThat(problems).hasSizeLessThanOrEqualTo(10);
        assertThat(problems).extracting(LessonProblem::message).anyMatch(m -> m.startsWith("aliases (*a)"));
    }

    @Test
    void javaTagIsRefusedAndNothingIsInstantiated() {
        // given: the classic snakeyaml gadget; composing never constructs, and the tag is refused before that
        String text = Texts.VALID
                + "result: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/x\"]]]]\n";
        // when
        List<String> problems = Texts.formatted(text);
        // then
        assertThat(problems).first().isEqualTo("t.yaml:17:9: YAML tags such as '!!javax.script.ScriptEngineManager' are not allowed:"
                + " a lesson is plain data, never objects — remove the tag and write the plain value");
        assertThat(problems).allMatch(p -> p.contains("YAML tags"));
    }

    @Test
    void secondDocumentIsRefused() {
        // given
        String text = Texts.VALID + "---\nid: other\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:17:1: a lesson file holds one YAML document");
    }

    @Test
    void deepNestingIsRefusedBeforeTheComposerRecurses() {
        // given
        String text = "id: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:1:20: nested deeper than 16 levels");
    }

    @Test
    void duplicateKeyIsReported() {
        // given
        String text = Texts.VALID + "title: \"again\"\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:17:1: duplicate key 'title' in a lesson — remove one of the two entries");
    }

    @Test
    void controlCharacterIsLocated() {
        // given
        String text = Texts.VALID + "result: \"x\u0001\"\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:17:11: character U+0001 is not allowed in YAML — remove it; lesson files are plain text");
    }

    @Test
    void problemsNeverEscapeAsRuntimeExceptions() {
        // given: garbage of every kind YAML has
        List<String> garbage = List.of("{", "]", "key: [", ": :", "? ? ?", "%YAML 9.9\n---\n", "&a *a", "!<tag:x> x", "\"\\q\"", "id: 'a");
        // when / then
        for (String g : garbage) {
            assertThatThrownBy(() -> LessonLoader.parse(g, "g.yaml")).as(g).isInstanceOf(LessonException.class);
        }
    }

    @Test
    void tooManyVmasAreRefused() {
        // given
        StringBuilder vmas = new StringBuilder();
        for (int i = 0; i < 40; i++) vmas.append("    - { start: ").append(0x10000000L + i * 0x1000L).append(", end: ").append(0x10001000L + i * 0x1000L).append(" }\n");
        String text = Texts.withLine(9, "    - { start: 0x400000, end: 0x404000, file: f1 }\n" + vmas);
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:41:7: world.vmas has more than 32 entries");
    }

    @Test
    void tooManyOperationsInAThreadAreRefused() {
        // given
        String text = Texts.withLine(15, "  cpu1: [" + String.join(", ", java.util.Collections.nCopies(65, "fork")) + "]");
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:15:394: thread cpu1 has more than 64 operations — a lesson needs only a few; remove some");
    }

    @Test
    void endlessProblemsAreCappedAtFifty() {
        // given
        String text = Texts.VALID + "narration: {" + String.join(", ", java.util.Collections.nCopies(200, "x: y")).replaceAll("x", "a") + "}\n";
        // when
        List<LessonProblem> problems = Texts.problems(text.replace("a: y", "nope: y"));
        // then
        assertThat(problems).hasSizeLessThanOrEqualTo(Problems.MAX);
    }

    @Test
    void unknownPanelIsLocatedAndSuggestsTheClosestName() {
        // given: line 17 is the panels list
        String text = Texts.VALID + "panels: [code, regsters]\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).startsWith("t.yaml:17:16: unknown panel 'regsters' — did you mean 'registers'? (panels: code, seqcount, cpus,");
    }

    @Test
    void panelListedTwiceIsAProblem() {
        // given
        String text = Texts.VALID + "panels: [code, code]\n";
        // when
        String p = Texts.first(text);
        // then
        assertThat(p).isEqualTo("t.yaml:17:16: panel 'code' is listed twice — list each panel once");
    }
}
