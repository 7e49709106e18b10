package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speclab.engine.program.Op;
import org.speclab.engine.program.ThreadSpec;
import org.speclab.engine.scenario.WorldSpec;
import org.speclab.engine.variant.Knobs;

/** Good lesson files load into the Scenario the engine runs. */
class LessonLoaderTest {
    @Test
    void loadsThreadsInFileOrderWithTheirOperationsParsed() {
        // given
        String text = Texts.VALID;
        // when
        Lesson l = Texts.load(text);
        // then
        assertThat(l.scenario().threads()).extracting(ThreadSpec::name).containsExactly("cpu0", "cpu1", "cpu2");
        assertThat(l.scenario().threads().get(0).ops()).containsExactly(new Op.UprobeHit(0x401100));
        assertThat(l.scenario().threads().get(1).ops()).containsExactly(new Op.Munmap(0x400000, 0x4000));
        assertThat(l.scenario().threads().get(2).ops()).containsExactly(new Op.Open("f2", "libbar", false));
    }

    @Test
    void loadsTheWorldWithDefaults() {
        // given
        String text = Texts.VALID;
        // when
        WorldSpec w = Texts.load(text).scenario().world();
        // then
        assertThat(w.seq()).isEqualTo(2);
        assertThat(w.inodes()).extracting(WorldSpec.InodeSpec::name).containsExactly("libfoo", "libbar");
        assertThat(w.files()).containsExactly(new WorldSpec.FileSpec("f1", "libfoo", false, false));
        assertThat(w.vmas()).containsExactly(new WorldSpec.VmaSpec(0x400000, 0x404000, "f1", 0));
        assertThat(w.uprobes()).containsExactly(new WorldSpec.UprobeSpec("u1", "libfoo", 0x1100, true),
                new WorldSpec.UprobeSpec("u2", "libbar", 0x1100, true));
    }

    @Test
    void defaultsToTheMergedVariantWithNoScheduleAndNoOutcomes() {
        // given
        String text = Texts.VALID;
        // when
        Lesson l = Texts.load(text);
        // then
        assertThat(l.scenario().variant().name()).isEqualTo("v6.14");
        assertThat(l.scenario().schedule()).isNull();
        assertThat(l.scenario().outcomes().expected()).isEmpty();
        assertThat(l.source()).isEqualTo("t.yaml");
        assertThat(l.result()).isEmpty();
    }

    @Test
    void appliesKnobOverridesOnTopOfTheVariant() {
        // given
        String text = Texts.VALID + """
                variant: retry-3
                set: { filp-cache: plain-kfree, seq-bits: 4, load-order: [start, pgoff, inode], preempt-rt: true }
                """;
        // when
        Lesson l = Texts.load(text);
        // then
        Knobs k = l.scenario().variant().knobs();
        assertThat(l.scenario().variant().name()).isEqualTo("retry-3");
        assertThat(l.scenario().variant().path().attempts()).isEqualTo(3);
        assertThat(k.filpCache()).isEqualTo(Knobs.FileFree.PLAIN_KFREE);
        assertThat(k.seqBits()).isEqualTo(4);
        assertThat(k.loadOrder()).containsExactly(Knobs.Load.START, Knobs.Load.PGOFF, Knobs.Load.INODE);
        assertThat(k.preemptRt()).isTrue();
    }

    @Test
    void acceptsBrokenVariantsByTheirTag() {
        // given
        String text = Texts.VALID + "variant: B1\n";
        // when
        Lesson l = Texts.load(text);
        // then
        assertThat(l.scenario().variant().name()).isEqualTo("no-end-check");
    }

    @Test
    void expandsCompactScheduleEntries() {
        // given
        String text = Texts.VALID + "schedule: [cpu0*6, cpu1*9, cpu2, \"cpu0 * 2\"]\n";
        // when
        Lesson l = Texts.load(text);
        // then
        assertThat(l.scenario().schedule()).hasSize(18).startsWith("cpu0", "cpu0", "cpu0", "cpu0", "cpu0", "cpu0", "cpu1")
                .endsWith("cpu1", "cpu2", "cpu0", "cpu0");
    }

    @Test
    void keepsResultNarrationQuizzesAndOutcomes() {
        // given
        String text = Texts.VALID + """
                result: "Never: it falls back."
                narration: { 0: "Before anything runs.", 4: "The snapshot." }
                quiz:
                  - { step: 9, question: "What next?", choices: ["this", "that"], answer: 2 }
                outcomes:
                  expected: [fallback-seq-changed/locked-miss-restart, speculative-hit]
                  possible: [fallback-no-vma/locked-miss-restart, fallback-writer-active/locked-miss-restart]
                  forbidden: [wrong-uprobe, use-after-free]
                """;
        // when
        Lesson l = Texts.load(text);
        // then
        assertThat(l.result()).isEqualTo("Never: it falls back.");
        assertThat(l.narration()).containsEntry(0, "Before anything runs.").containsEntry(4, "The snapshot.");
        assertThat(l.quizzes()).containsExactly(new Lesson.Quiz(9, "What next?", java.util.List.of("this", "that"), 2));
        assertThat(l.quizzes().get(0).answerText()).isEqualTo("that");
        assertThat(l.scenario().outcomes().classify("wrong-uprobe")).isEqualTo("forbidden");
        assertThat(l.scenario().outcomes().classify("speculative-hit")).isEqualTo("expected");
    }

    @Test
    void parsesEveryOperationOfTheGrammar() {
        // given
        String text = Texts.withLine(16, "  cpu2: [ \"open f2 libbar\", \"open f3 libbar backing\", \"close f2\", \"mmap-fixed 0x800000 0x2000 f3 1\",\n"
                + "          \"mmap-fixed 0x900000 0x1000 anon\", \"mremap 0x800000 0x1000 0xa00000\", \"mprotect 0x401000 0x1000\",\n"
                + "          \"inode-alloc libnew\", \"uprobe-register u4 libnew 0x100\", \"uprobe-unregister u1\", fork, mmap-write-lock, mmap-write-unlock,\n"
                + "          \"iput libfoo\" ]");
        // when
        Lesson l = Texts.load(text);
        // then
        assertThat(l.scenario().threads().get(2).ops()).containsExactly(
                new Op.Open("f2", "libbar", false), new Op.Open("f3", "libbar", true), new Op.Close("f2"),
                new Op.MmapFixed(0x800000, 0x2000, "f3", 1), new Op.MmapFixed(0x900000, 0x1000, null, 0),
                new Op.Mremap(0x800000, 0x1000, 0xa00000), new Op.Mprotect(0x401000, 0x1000),
                new Op.InodeAlloc("libnew"), new Op.UprobeRegister("u4", "libnew", 0x100), new Op.UprobeUnregister("u1"), new Op.Fork(),
                new Op.MmapWriteLockOp(), new Op.MmapWriteUnlockOp(), new Op.Iput("libfoo"));
    }

    @Test
    void acceptsASingleOperationWrittenWithoutBrackets() {
        // given
        String text = Texts.withLine(15, "  cpu1: munmap 4194304 16384");
        // when
        Lesson l = Texts.load(text);
        // then
        assertThat(l.scenario().threads().get(1).ops()).containsExactly(new Op.Munmap(0x400000, 0x4000));
    }

    @Test
    void loadsTheSameLessonTheSameWay() {
        // given
        String text = Texts.VALID + "schedule: [cpu0*6, cpu1*9, cpu2]\n";
        // when
        Lesson a = Texts.load(text);
        Lesson b = Texts.load(text);
        // then
        assertThat(a).isEqualTo(b);
    }

    @Test
    void panelsDefaultToAllAndKeepTheFilesOrder() {
        // given / when
        Lesson all = Texts.load(Texts.VALID);
        Lesson some = Texts.load(Texts.VALID + "panels: [narration, code, registers]\n");
        // then
        assertThat(all.panels()).containsExactly(Panel.values());
        assertThat(some.panels()).containsExactly(Panel.NARRATION, Panel.CODE, Panel.REGISTERS);
    }
}
