package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speclab.engine.run.Trace;

/** The limits of {@link Limits}: each a located problem, never an internal error (issue #11). */
class LessonLimitsTest {
    private static String mmaps(int n) {
        StringBuilder ops = new StringBuilder();
        for (int i = 0; i < n; i++) ops.append(i == 0 ? "" : ", ").append("\"mmap-fixed 0x").append(Long.toHexString(0x500000 + 0x10000L * i)).append(" 0x1000 anon\"");
        return "  cpu1: [ " + ops + " ]";
    }

    @Test
    void sevenMmapsGetAVmaCacheSizedForThemAndRunToTheEnd() {
        // given: more new VMAs than the six spare slots every lesson had
        Lesson l = Texts.load(Texts.withLine(15, mmaps(7)));
        // when
        Trace t = LessonReplay.run(l.scenario(), java.util.List.of(), new LessonReplay.Recorder());
        // then: the whole program ran, no "slab vma exhausted"
        assertThat(t.end()).isEqualTo(Trace.End.FINISHED);
        assertThat(t.entries().stream().filter(e -> e.label().equals("MM2")).count()).isEqualTo(7);
    }

    @Test
    void moreNewVmasThanTheLimitIsLocatedAtTheOperationThatExceedsIt() {
        // 11 mmap-fixed need up to 33 new VMAs; the 11th is the one past 32
        String p = Texts.first(Texts.withLine(15, mmaps(11)));
        int eleventh = Texts.withLine(15, mmaps(11)).split("\n")[14].indexOf("\"mmap-fixed 0x5a0000") + 2;
        assertThat(p).startsWith("t.yaml:15:" + eleventh + ": with the operations before it, this one could need 33 new VMAs; a lesson may need at most 32");
    }

    @Test
    void seqPastThirtyTwoBitsIsOutOfRangeNotOdd() {
        String p = Texts.first(Texts.withLine(4, "world:\n  seq: 4294967296"));
        assertThat(p).isEqualTo("t.yaml:5:8: world.seq 4294967296 is out of range: mm_lock_seq is a 32-bit count"
                + " — write an even number from 0 to 4294967294 (0xfffffffe)");
    }

    @Test
    void aComplexKeyIsLocatedAtTheKey() {
        String p = Texts.first(Texts.VALID + "? [a, b]\n: c\n");
        assertThat(p).isEqualTo("t.yaml:17:3: a key must be plain text, not a list"
                + " — write the key as a word followed by ':'; a '?' or a bracket starts a complex key");
    }

    @Test
    void anUnsupportedYamlVersionIsNamedAndLocated() {
        String p = Texts.first("# a lesson\n%YAML 9.9\n---\n" + Texts.VALID);
        assertThat(p).isEqualTo("t.yaml:2:1: YAML version 9.9 is not supported — write %YAML 1.2, or leave the %YAML line out");
    }

    @Test
    void aHugeValueIsElidedAndControlCharactersEscapedInTheMessage() {
        String p = Texts.first(Texts.VALID.replace("variant: x", "").replace("question: \"Does it load?\"",
                "question: \"Does it load?\"\nvariant: \"" + "x".repeat(86_000) + "\""));
        assertThat(p).startsWith("t.yaml:4:10: ").contains("…");
        assertThat(p.length()).isLessThan(LessonProblem.MAX_MESSAGE + LessonProblem.MAX_FIX + 40);
        LessonProblem named = new LessonProblem("evil\u001b[2Jname\n.yaml", 1, 1, "m", "f");
        assertThat(named.format()).isEqualTo("evil\\x1b[2Jname\\n.yaml:1:1: m — f");
    }
}
