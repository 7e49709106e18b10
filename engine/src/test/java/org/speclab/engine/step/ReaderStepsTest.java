package org.speclab.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.fixture.Stepper;
import org.speclab.engine.kernel.FileRef;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.program.Op;
import org.speclab.engine.program.ThreadSpec;
import org.speclab.engine.variant.Variants;

/** The reader's steps (docs/model.md §3), one behaviour each. */
class ReaderStepsTest {
    @Test
    void rcuReadLockSaysFreedFilesDoNotWaitOnlyTheirSlabPagesDo() {
        // given: SLAB_TYPESAFE_BY_RCU (mm/slub.c): kmem_cache_free() queues nothing; only a slab page's discard waits
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        // when
        s.to("cpu0", "S1");
        // then
        assertThat(s.last.explanation()).contains("reused at once").contains("slab page")
                .doesNotContain("freed VMAs and struct files keep their memory");
    }

    @Test
    void tryBeginSnapshotsAnEvenCountAndSpeculates() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        // when
        s.to("cpu0", "S2");
        // then
        assertThat(s.reader("cpu0").seq()).isEqualTo(2);
        assertThat(s.last.decision()).isNull();
        assertThat(s.next("cpu0")).isEqualTo("S3");
    }

    @Test
    void offsetIsTheInlineArithmeticOfTheSpeculativeLookup() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        // when
        s.to("cpu0", "S8");
        // then: labelled as find_active_uprobe_speculative's own line, shift then cast
        assertThat(s.last.step().function()).isEqualTo("find_active_uprobe_speculative");
        assertThat(s.last.explanation()).contains("(loff_t)(0 << PAGE_SHIFT) + (0x401100 - 0x400000) = 0x1100");
        assertThat(s.reader("cpu0").off()).isEqualTo(0x1100);
    }

    @Test
    void endCheckSaysWhatItComparedWhenItPasses() {
        // given / when
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        s.to("cpu0", "S9");
        // then
        assertThat(s.last.explanation()).contains("compares mm_lock_seq = 2 with its snapshot 2: equal");
    }

    @Test
    void parityOnlyEndCheckNeverCallsAMovedCountUnchanged() {
        // given: B2, munmap's whole write section (2 → 4) between S2 and S9
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.byName("parity-only-end-check").orElseThrow()));
        s.to("cpu0", "S4").to("cpu1", "TW");
        // when
        s.to("cpu0", "S9");
        // then
        assertThat(s.last.explanation()).doesNotContain("unchanged").contains("tests only that it is even")
                .contains("moved 2 → 4");
    }

    @Test
    void wrappedCounterSaysAnEqualCountMayHideWriteSections() {
        // given: B10's 2-bit counter
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.byName("tiny-seq-counter").orElseThrow()));
        // when
        s.to("cpu0", "S9");
        // then
        assertThat(s.last.explanation()).doesNotContain("unchanged").contains("2-bit counter, 2 write sections");
    }

    @Test
    void tryBeginFallsBackWithoutSpinningWhenAWriterIsActive() {
        // given: the writer made the count odd
        Stepper s = new Stepper(Scenarios.writerHolds(Variants.V6_14));
        s.to("cpu1", "WL2");
        // when
        s.to("cpu0", "S2");
        // then
        assertThat(s.last.decision().reason()).isEqualTo(Reason.WRITER_ACTIVE);
        assertThat(s.last.decision().kind()).isEqualTo(Decision.Kind.FALLBACK);
        assertThat(s.next("cpu0")).isEqualTo("S_FAIL");
    }

    @Test
    void vmaLookupTakesNoReferenceAndLoadsNothingFromTheVma() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        // when
        s.to("cpu0", "S3");
        // then
        assertThat(s.reader("cpu0").vma()).isZero();
        assertThat(s.last.accesses()).extracting(MemAccess::object).containsExactly("mm.mm_mt");
    }

    @Test
    void vmFileLoadKeepsThePointerButNotAReference() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        // when
        s.to("cpu0", "S4");
        // then
        assertThat(s.reader("cpu0").file()).isEqualTo(new FileRef(org.speclab.engine.kernel.Cache.FILP, 0));
        assertThat(s.w().filp().get(0).count()).isEqualTo(1);
    }

    @Test
    void inodeLoadBetweenInitFileAndDentryOpenYieldsNullAndTheLookupMisses() {
        // given: 6.14's init_file() sets f_inode = NULL before do_dentry_open() sets the inode (fs/file_table.c)
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        s.to("cpu0", "S4").to("cpu1", "TW").to("cpu2", "OPEN");
        // when: cpu0 loads f_inode from the slot open() has taken but not finished
        s.to("cpu0", "S7");
        // then: NULL, a key no uprobe has: a miss, and the speculation falls back
        assertThat(s.w().filp().get(0).gen()).isEqualTo(2);
        assertThat(s.reader("cpu0").inode()).isNegative();
        assertThat(s.last.explanation()).contains("f_inode = NULL");
        s.to("cpu0", "T2");
        assertThat(s.reader("cpu0").uprobe()).isNegative();
        assertThat(s.last.explanation()).contains("(NULL, 0x1100)");
        assertThat(s.next("cpu2")).isEqualTo("OPEN2");
    }

    @Test
    void inodeLoadFromAReusedFileSlotYieldsTheNewFilesInode() {
        // given: the reader holds vm_file, then munmap frees f1 and open reuses the slot for libbar
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        s.to("cpu0", "S4").to("cpu1", "TW").to("cpu2", "OPEN2");
        // when
        s.to("cpu0", "S7");
        // then: the same address, another file, another inode
        assertThat(s.w().filp().get(0).gen()).isEqualTo(2);
        assertThat(s.reader("cpu0").inode()).isEqualTo(1);
        assertThat(s.last.violation()).isNull();
    }

    @Test
    void endCheckFallsBackWhenMunmapBumpedTheSequenceBetweenLoads() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        s.to("cpu0", "S8").to("cpu1", "WD1");
        // when
        s.to("cpu0", "S9");
        // then
        assertThat(s.last.decision().reason()).isEqualTo(Reason.SEQ_CHANGED);
        assertThat(s.last.decision().sentence()).contains("2 → 4");
    }

    @Test
    void findRetriesTheWalkWhenTheTreeChangedUnderIt() {
        // given: a miss, then a register changes the tree (uprobes_seqcount 0 → 2) before the re-check
        var sc = Scenarios.of("walk", Variants.V6_14, Scenarios.world(),
                new ThreadSpec("cpu0", List.of(new Op.UprobeHit(Scenarios.A + 0x2000))),
                new ThreadSpec("cpu1", List.of(new Op.UprobeRegister("u9", "libfoo", 0x2000))));
        Stepper s = new Stepper(sc);
        s.to("cpu0", "T2").to("cpu1", "UR4");
        // when
        s.step("cpu0");
        // then: T3 sees the count moved 0 → 2 and walks again
        assertThat(s.last.step().label()).isEqualTo("T3");
        assertThat(s.next("cpu0")).isEqualTo("T1");
    }

    @Test
    void tasksTraceSectionBracketsTheWholeHandler() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        // when
        s.to("cpu0", "H1");
        // then
        assertThat(s.w().trace().depth(0)).isEqualTo(1);
        s.to("cpu0", "H3");
        assertThat(s.w().trace().depth(0)).isZero();
        assertThat(s.reader("cpu0").outcome()).isEqualTo("speculative-hit");
    }

    @Test
    void lockedPathReportsRestartWhenTheVmaIsGone() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_13));
        s.to("cpu1", "RU");
        // when
        s.to("cpu0", "L6");
        // then
        assertThat(s.reader("cpu0").isSwbp()).isEqualTo(Kernel.EFAULT);
        assertThat(s.last.decision().verdict()).isEqualTo(Verdict.LOCKED_MISS_RESTART);
    }

    @Test
    void lockedPathReportsSigtrapForARealInt3WithoutUprobe() {
        // given: u1 unregistered, but a breakpoint of another uprobe at the same address cannot exist,
        // so use an address inside the VMA with a trap but no uprobe: libfoo offset 0x100 is u3, unregistered first
        var sc = Scenarios.of("sigtrap", Variants.V6_13, Scenarios.world(),
                new ThreadSpec("cpu0", List.of(new Op.UprobeHit(Scenarios.A + 0x100))));
        Stepper s = new Stepper(sc);
        // make the tree forget u3 while keeping its int3 in the text: erase it directly
        s.state = new org.speclab.engine.run.State(s.w().withUtree(s.w().utree().erase(2)), s.state.threads());
        // when
        s.to("cpu0", "L6");
        // then
        assertThat(s.last.decision().verdict()).isEqualTo(Verdict.LOCKED_MISS_SIGTRAP);
    }

    @Test
    void readLockSleepsBehindAWriterAndWakesWhenItUnlocks() {
        // given
        Stepper s = new Stepper(Scenarios.writerHolds(Variants.V6_13));
        s.to("cpu1", "WL2");
        // when: the reader queues itself, then cannot move
        s.to("cpu0", "H1").step("cpu0");
        // then
        assertThat(s.w().mm().lock().queued(0)).isTrue();
        assertThat(s.canMove("cpu0")).isFalse();
        s.to("cpu1", "WU2");
        assertThat(s.canMove("cpu0")).isTrue();
        s.step("cpu0");
        assertThat(s.w().mm().lock().readHeldBy(0)).isTrue();
    }
}
