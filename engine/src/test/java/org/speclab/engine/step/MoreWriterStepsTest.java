package org.speclab.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.fixture.Stepper;
import org.speclab.engine.kernel.FileRef;
import org.speclab.engine.kernel.RcuCallback;
import org.speclab.engine.program.Op;
import org.speclab.engine.program.ThreadSpec;
import org.speclab.engine.scenario.WorldSpec;
import org.speclab.engine.variant.KnobSetting;
import org.speclab.engine.variant.Variants;

/** mmap MAP_FIXED, mremap, file and inode lifetimes, the torn load, and the !PER_VMA_LOCK counter. */
class MoreWriterStepsTest {
    private static WorldSpec withOpenF2() {
        WorldSpec b = Scenarios.world();
        return new WorldSpec(b.inodes(), List.of(new WorldSpec.FileSpec("f1", "libfoo", false, false), new WorldSpec.FileSpec("f2", "libbar", true, false)),
                b.vmas(), b.uprobes(), 2);
    }

    @Test
    void mmapFixedReplacesTheRangeInOneStoreAndInstallsTheNewFilesBreakpoints() {
        // given: map libbar (which has u2 at 0x1100) over libfoo's range
        Stepper s = new Stepper(Scenarios.of("mmap", Variants.V6_14, withOpenF2(),
                new ThreadSpec("cpu1", List.of(new Op.MmapFixed(Scenarios.A, Scenarios.C - Scenarios.A, "f2", 0)))));
        // when
        s.to("cpu1", "MM4");
        // then: the tree maps the new VMA, the old one is detached, the old int3 is gone
        int fresh = s.w().mm().tree().lookup(Scenarios.BP).orElseThrow().vma();
        assertThat(fresh).isEqualTo(1);
        assertThat(s.w().vmas().get(0).attached()).isFalse();
        assertThat(s.w().text().trapAt(Scenarios.BP)).isFalse();
        // __mmap_complete() in 6.14: vms_complete_munmap_vmas() removes the old VMA (fput, vm_area_free) first,
        // and only then uprobe_mmap() installs the new mapping's breakpoints (mm/vma.c)
        assertThat(s.next("cpu1")).isEqualTo("FPUT");
        s.to("cpu1", "VFREE");
        assertThat(s.w().text().trapAt(Scenarios.BP)).isFalse();
        assertThat(s.next("cpu1")).isEqualTo("MM5");
        s.step("cpu1");
        assertThat(s.w().text().trapAt(Scenarios.BP)).isTrue();
        // install_breakpoint() sets MMF_HAS_UPROBES before set_swbp() writes the int3, and the text says so
        assertThat(s.last.explanation()).containsSubsequence("MMF_HAS_UPROBES", "int3");
        assertThat(s.next("cpu1")).isEqualTo("WU1");
        assertThat(s.w().committed().keyAt(Scenarios.BP).orElseThrow().inode()).isZero();
        s.to("cpu1", "WU1");
        assertThat(s.w().committed().keyAt(Scenarios.BP).orElseThrow().inode()).isEqualTo(1);
    }

    @Test
    void mremapMovesTheMappingAndItsBreakpoint() {
        // given
        long to = 0x800000;
        Stepper s = new Stepper(Scenarios.of("mremap", Variants.V6_14, Scenarios.world(),
                new ThreadSpec("cpu1", List.of(new Op.Mremap(Scenarios.A, Scenarios.C - Scenarios.A, to)))));
        // when
        s.to("cpu1", "WU2");
        // then
        assertThat(s.w().mm().tree().lookup(Scenarios.BP)).isEmpty();
        assertThat(s.w().text().trapAt(to + Scenarios.O)).isTrue();
        assertThat(s.w().committed().keyAt(to + Scenarios.O).orElseThrow().offset()).isEqualTo(Scenarios.O);
        assertThat(s.w().filp().get(0).count()).isEqualTo(1);
    }

    @Test
    void closeOfTheLastReferenceFreesTheFileOnTheReturnToUserSpace() {
        Stepper s = new Stepper(Scenarios.of("close", Variants.V6_14, withOpenF2(), new ThreadSpec("cpu1", List.of(new Op.Close("f2")))));
        s.step("cpu1");
        assertThat(s.w().filp().get(1).count()).isZero();
        assertThat(s.w().filp().get(1).live()).isTrue();
        s.step("cpu1");
        assertThat(s.last.step().function()).isEqualTo("__fput");
        assertThat(s.w().filp().get(1).live()).isFalse();
        assertThat(s.w().inodes().get(1).count()).isEqualTo(2);
    }

    @Test
    void typesafeFreeQueuesNoGracePeriodWhileItsSlabPageHoldsALiveFile() {
        // given: f1 (held by the VMA) and f2 share the filp slab page
        Stepper s = new Stepper(Scenarios.of("close", Variants.V6_14, withOpenF2(), new ThreadSpec("cpu1", List.of(new Op.Close("f2")))));
        // when: f2's last reference goes and __fput frees it (kmem_cache_free into SLAB_TYPESAFE_BY_RCU)
        s.steps("cpu1", 2);
        // then: the slot is free and typed, and nothing waits for a grace period
        assertThat(s.w().filp().get(1).live()).isFalse();
        assertThat(s.w().filp().get(1).returned()).isFalse();
        assertThat(s.w().rcu().callbacks()).isEmpty();
    }

    @Test
    void theEmptySlabPageIsReleasedAfterAGracePeriodOnlyIfStillEmpty() {
        // given: munmap frees f1, the filp cache's only live file: SLUB may discard the empty page (call_rcu)
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_14));
        s.to("cpu1", "TW");
        assertThat(s.w().rcu().callbacks()).extracting(RcuCallback::describe).contains("discard the filp slab page (if still empty)");
        // when: open() takes the slot before the grace period ends
        s.step("cpu2");
        s.steps("rcu", 4);
        // then: the page holds a live file again and stays
        assertThat(s.w().rcu().callbacks()).isEmpty();
        assertThat(s.w().filp().get(0).returned()).isFalse();
    }

    @Test
    void immediateInodeFreeLetsANewInodeTakeTheSameAddress() {
        var v = Variants.V6_14.withKnobs(KnobSetting.apply(Variants.V6_14.knobs(), "inode-free", "immediate"));
        Stepper s = new Stepper(Scenarios.inodeReuse(v));
        s.to("cpu2", "IPUT").to("cpu1", "TW");
        assertThat(s.w().inodes().get(0).returned()).isTrue();
        s.to("cpu2", "IALLOC");
        assertThat(s.w().inodes().get(0).name()).isEqualTo("libnew");
        assertThat(s.w().inodes().get(0).gen()).isEqualTo(2);
    }

    @Test
    void rcuDelayedInodeFreeKeepsTheAddressUntilTheGracePeriod() {
        Stepper s = new Stepper(Scenarios.inodeReuse(Variants.V6_14));
        s.to("cpu2", "IPUT").to("cpu1", "TW").to("cpu2", "IALLOC");
        assertThat(s.w().inodes().get(0).name()).isEqualTo("libfoo");
        assertThat(s.w().inodeNamed("libnew")).isNotZero();
    }

    @Test
    void tornVmFileLoadOfARewrittenSlotYieldsAWildPointer() {
        Stepper s = new Stepper(Scenarios.vmaReuse(Variants.byName("torn-vm-file-load").orElseThrow()));
        s.to("cpu0", "S4");
        assertThat(s.reader("cpu0").tornHalf()).isEqualTo(new FileRef(org.speclab.engine.kernel.Cache.FILP, 0));
        s.to("cpu1", "WU2");
        s.step("cpu0");
        assertThat(s.reader("cpu0").file()).isEqualTo(FileRef.WILD);
    }

    @Test
    void withoutPerVmaLocksTheCountNeverMovesAndSpeculationFailsAtOnce() {
        var v = Variants.V6_14.withKnobs(KnobSetting.apply(Variants.V6_14.knobs(), "per-vma-lock", "false"));
        Stepper s = new Stepper(Scenarios.writerHolds(v));
        s.to("cpu1", "WL2");
        assertThat(s.w().mm().seq()).isEqualTo(2);
        s.to("cpu0", "S2");
        assertThat(s.last.decision().reason()).isEqualTo(Reason.WRITER_ACTIVE);
        assertThat(s.last.decision().sentence()).contains("stub refuses").contains("no writer is involved").doesNotContain("holds mmap_lock");
    }

    @Test
    void withoutPerVmaLocksVmAreaFreeFreesAtOnceAndVmaStartWriteIsEmpty() {
        // given: --set per-vma-lock=false alone (vma-free keeps its 6.14 value, call_rcu)
        var v = Variants.V6_14.withKnobs(KnobSetting.apply(Variants.V6_14.knobs(), "per-vma-lock", "false"));
        Stepper s = new Stepper(Scenarios.munmapReuse(v));
        // when
        s.to("cpu1", "VSW");
        // then: vma_start_write() marks nothing
        assertThat(s.w().vmas().get(0).lockSeq()).isEqualTo(-1);
        s.to("cpu1", "VFREE");
        // and vm_area_free() frees at once, without a grace period
        assertThat(s.w().vmas().get(0).returned()).isTrue();
        assertThat(s.w().rcu().callbacks()).isEmpty();
    }

    @Test
    void lockedLookupRecomputesHasUprobesWhenAskedTo() {
        Stepper s = new Stepper(Scenarios.munmapReuse(Variants.V6_13));
        s.to("cpu1", "RU");
        assertThat(s.w().mm().recalcUprobes()).isTrue();
        s.to("cpu0", "L5");
        assertThat(s.w().mm().recalcUprobes()).isFalse();
        assertThat(s.w().mm().hasUprobes()).isFalse();
    }
}
