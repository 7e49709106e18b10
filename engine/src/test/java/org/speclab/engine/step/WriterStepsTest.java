package org.speclab.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.fixture.Stepper;
import org.speclab.engine.kernel.Life;
import org.speclab.engine.kernel.Mem;
import org.speclab.engine.kernel.RcuCallback;
import org.speclab.engine.variant.KnobSetting;
import org.speclab.engine.variant.Variants;

/** The writers' steps (docs/model.md §4), one behaviour each. */
class WriterStepsTest {
    @Test
    void unregisterRemovesTheConsumerFirstSoTheHandlerChainFindsNone() {
        // given: uprobe_unregister_nosync() in 6.14: consumer_del, register_for_each_vma, put_uprobe
        Stepper s = new Stepper(Scenarios.unregister(Variants.V6_14));
        s.to("cpu0", "S10");
        // when
        assertThat(s.next("cpu1")).isEqualTo("UU0");
        s.step("cpu1");
        // then
        assertThat(s.w().uprobeNamed("u1")).isNotNegative();
        assertThat(s.w().uprobes().get(s.reader("cpu0").uprobe()).consumers()).isZero();
        assertThat(s.next("cpu1")).isEqualTo("WL1");
        s.to("cpu0", "H2");
        assertThat(s.last.explanation()).contains("finds no consumer").doesNotContain("runs the handlers");
    }

    @Test
    void writeSectionMakesTheCountOddThenEvenAgain() {
        // given
        Stepper s = new Stepper(Scenarios.writerHolds(Variants.V6_14));
        // when / then
        s.to("cpu1", "WL2");
        assertThat(s.w().mm().seq()).isEqualTo(3);
        s.to("cpu1", "WU1");
        assertThat(s.w().mm().seq()).isEqualTo(4);
    }

    @Test
    void downgradeMakesTheCountEvenWhileTheWriterStillHoldsTheLock() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        // when
        s.to("cpu1", "WD2");
        // then: even, held for read, and the VMA and file not yet freed
        assertThat(s.w().mm().seq()).isEqualTo(4);
        assertThat(s.w().mm().lock().readHeldBy(1)).isTrue();
        assertThat(s.w().filp().get(0).live()).isTrue();
    }

    @Test
    void uprobeMunmapRunsAfterTheDowngradeUnderTheReadLockAndBeforeTheVmaIsFreed() {
        // given: vms_complete_munmap_vmas() in 6.14 downgrades first; unmap_vmas() → unmap_single_vma() then calls
        // uprobe_munmap() (mm/vma.c, mm/memory.c)
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        // when
        s.to("cpu1", "MU2");
        // then: the downgrade comes straight after the tree store, and the flag is still untouched there
        assertThat(s.next("cpu1")).isEqualTo("WD1");
        s.to("cpu1", "WD2");
        assertThat(s.w().mm().recalcUprobes()).isFalse();
        assertThat(s.next("cpu1")).isEqualTo("MU3");
        s.step("cpu1");
        // uprobe_munmap ran with mm_lock_seq even again, mmap_lock held for read, and the VMA not yet freed
        assertThat(s.w().mm().recalcUprobes()).isTrue();
        assertThat(s.w().mm().seq()).isEqualTo(4);
        assertThat(s.w().mm().lock().readHeldBy(1)).isTrue();
        assertThat(s.w().vmas().get(0).live()).isTrue();
        assertThat(s.next("cpu1")).isEqualTo("MU4");
    }

    @Test
    void committedMappingChangesOnlyWhenTheWriteSectionEnds() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        // when: the tree is cleared, but the section is still open
        s.to("cpu1", "MU2");
        // then
        assertThat(s.w().mm().tree().entries()).isEmpty();
        assertThat(s.w().committed().keyAt(Scenarios.BP)).isPresent();
        s.to("cpu1", "WD1");
        assertThat(s.w().committed().keyAt(Scenarios.BP)).isEmpty();
    }

    @Test
    void lastFputOnlyQueuesTheFreeUntilMunmapReturnsToUserSpace() {
        // given: munmap drops f1's last reference (fs/file_table.c: fput → task_work_add(TWA_RESUME))
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        // when
        s.to("cpu1", "FPUT");
        // then: f_count is 0 but the slot is still a live file: nothing can reuse it yet
        assertThat(s.w().filp().get(0).count()).isZero();
        assertThat(s.w().filp().get(0).live()).isTrue();
        // and the free comes after vm_area_free and mmap_read_unlock, on the way back to user space
        assertThat(s.next("cpu1")).isEqualTo("VFREE");
        s.step("cpu1");
        assertThat(s.next("cpu1")).isEqualTo("RU");
        s.step("cpu1");
        assertThat(s.w().mm().lock().readHeldBy(1)).isFalse();
        assertThat(s.w().filp().get(0).live()).isTrue();
        assertThat(s.step("cpu1").step().function()).isEqualTo("__fput");
        assertThat(s.w().filp().get(0).live()).isFalse();
        assertThat(s.canMove("cpu1")).isFalse();
    }

    @Test
    void deferredFputOnATypesafeFileFreesTheSlotAtOnceAndDefersThePage() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        // when
        s.to("cpu1", "TW");
        // then
        var f = s.w().filp().get(0);
        assertThat(f.header().life()).isEqualTo(Life.FREE);
        assertThat(f.header().mem()).isEqualTo(Mem.TYPED);
        assertThat(s.w().rcu().callbacks()).extracting(RcuCallback::kind).contains(RcuCallback.Kind.RELEASE_PAGE);
    }

    @Test
    void deferredFputWithPlainKfreeReturnsTheMemoryAtOnce() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.byName("filp-plain-kfree").orElseThrow()));
        // when
        s.to("cpu1", "FPUT");
        // then
        assertThat(s.w().filp().get(0).returned()).isFalse();
        s.to("cpu1", "TW");
        assertThat(s.w().filp().get(0).returned()).isTrue();
    }

    @Test
    void reopenReusesTheFreedFileSlotWithTheNextGeneration() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        s.to("cpu1", "TW");
        // when: alloc_empty_file() → init_file() clears f_inode first; do_dentry_open() sets it
        s.step("cpu2");
        // then
        var f = s.w().filp().get(0);
        assertThat(f.gen()).isEqualTo(2);
        assertThat(f.name()).isEqualTo("f2");
        assertThat(f.inode()).isNegative();
        assertThat(s.w().inodes().get(1).count()).isEqualTo(2);
        s.step("cpu2");
        assertThat(s.last.step().function()).isEqualTo("do_dentry_open");
        assertThat(s.w().filp().get(0).inode()).isEqualTo(1);
        assertThat(s.w().inodes().get(1).count()).isEqualTo(3);
    }

    @Test
    void vmaFreedWithCallRcuStaysTypedUntilTheGracePeriodEnds() {
        // given
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        s.to("cpu1", "VFREE");
        assertThat(s.w().vmas().get(0).live()).isTrue();
        // when: GP starts, ends, and the VMA's callback runs (the file is not freed yet: its __fput waits for TW)
        s.steps("rcu", 3);
        // then
        assertThat(s.w().vmas().get(0).returned()).isTrue();
    }

    @Test
    void gracePeriodWaitsForAReaderThatWasInsideWhenItStarted() {
        // given: the reader is inside rcu when munmap queues its frees
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        s.to("cpu0", "S3").to("cpu1", "VFREE");
        // when
        s.step("rcu");
        // then: GP 1 started with cpu0 in its waitset, and cannot end
        assertThat(s.w().rcu().gpInProgress()).isTrue();
        assertThat(s.canMove("rcu")).isFalse();
        s.to("cpu0", "S_FAIL");
        assertThat(s.canMove("rcu")).isTrue();
    }

    @Test
    void splitStoresVmStartAndVmPgoffInPlaceAsSeparateSteps() {
        // given
        Stepper s = new Stepper(Scenarios.mprotectSplit(Variants.V6_14));
        // when
        s.to("cpu1", "SPL3");
        // then: the stores are __split_vma()'s (not vma_adjust()'s); vm_start moved, vm_pgoff not yet, and the
        // tree still maps the old range to the VMA
        assertThat(s.last.step().function()).startsWith("__split_vma");
        var v = s.w().vmas().get(0);
        assertThat(v.start()).isEqualTo(Scenarios.A + Scenarios.K);
        assertThat(v.pgoff()).isZero();
        assertThat(s.w().mm().tree().lookup(Scenarios.A).orElseThrow().vma()).isZero();
        s.step("cpu1");
        assertThat(s.w().vmas().get(0).pgoff()).isEqualTo(1);
        s.step("cpu1");
        assertThat(s.w().mm().tree().lookup(Scenarios.A).orElseThrow().vma()).isEqualTo(1);
    }

    @Test
    void unregisterErasesThenFreesOnlyAfterATasksTraceGracePeriod() {
        // given
        Stepper s = new Stepper(Scenarios.unregister(Variants.V6_14));
        // when
        s.to("cpu1", "UU6");
        // then
        assertThat(s.w().utree().find(0, Scenarios.O)).isEmpty();
        assertThat(s.w().uprobes().get(0).live()).isTrue();
        s.steps("rcu-trace", 3);
        assertThat(s.w().uprobes().get(0).returned()).isTrue();
    }

    @Test
    void tinyCounterWrapsBackToTheSnapshotAfterTwoWriteSections() {
        // given
        var v = Variants.V6_14.withKnobs(KnobSetting.apply(Variants.V6_14.knobs(), "seq-bits", "2"));
        Stepper s = new Stepper(Scenarios.twoSections(v));
        // when
        s.to("cpu1", "WU2");
        // then: 2 → 3 → 0 → 1 → 2
        assertThat(s.w().mm().seq()).isEqualTo(2);
    }

    @Test
    void registerInstallsTheBreakpointUnderTheWriteLockAndCopiesTheInstruction() {
        // given
        var sc = Scenarios.of("reg", Variants.V6_14, Scenarios.world(),
                new org.speclab.engine.program.ThreadSpec("cpu1", java.util.List.of(new org.speclab.engine.program.Op.UprobeRegister("u9", "libfoo", 0x2000))));
        Stepper s = new Stepper(sc);
        // when
        s.to("cpu1", "UR5");
        // then
        assertThat(s.w().text().trapAt(Scenarios.A + 0x2000)).isTrue();
        assertThat(s.w().uprobes().get(3).copyInsn()).isTrue();
        assertThat(s.w().mm().seq()).isEqualTo(3);
        // install_breakpoint(): MMF_HAS_UPROBES first, then set_swbp() (kernel/events/uprobes.c)
        assertThat(s.w().mm().hasUprobes()).isTrue();
        assertThat(s.last.explanation()).containsSubsequence("MMF_HAS_UPROBES", "int3");
    }
}
