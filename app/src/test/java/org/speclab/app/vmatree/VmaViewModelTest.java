package org.speclab.app.vmatree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.kernel.Header;
import org.speclab.engine.kernel.Life;
import org.speclab.engine.kernel.Mem;
import org.speclab.engine.kernel.VmaSlot;
import org.speclab.lessons.LessonCatalog;

class VmaViewModelTest {
    private static VmaViewModel loaded(String lesson) {
        StepperViewModel stepper = new StepperViewModel();
        stepper.load(LessonCatalog.byId(lesson).orElseThrow());
        stepper.runToEnd();
        return new VmaViewModel(stepper);
    }

    @Test
    void initialTreeHasOneBlockForVma0WithItsFileAndPgoff() {
        VmaViewModel vm = loaded("munmap-file-reuse");
        vm.stepper().goTo(0);
        assertThat(vm.scene().blocks()).singleElement().satisfies(b -> {
            assertThat(b.title()).isEqualTo("vma[0] g1");
            assertThat(b.lane()).isEqualTo(VmaBlock.Lane.TREE);
            assertThat(b.file()).isEqualTo("f1");
            assertThat(b.pgoff()).isEqualTo("pgoff 0");
            assertThat(b.range()).isEqualTo("0x400000–0x404000");
            assertThat(b.stale()).isFalse();
        });
        assertThat(vm.scene().row(0).orElseThrow().status()).isEqualTo(VmaStatus.IN_TREE);
        assertThat(vm.scene().pointers()).isEmpty();
    }

    @Test
    void stripCoversEveryRangeOfTheScenarioWithATwentiethMarginEachSide() {
        // the scenario's ranges are [0x400000, 0x404000): a margin of 0x4000 / 20 = 0x333 on each side
        VmaViewModel vm = loaded("munmap-file-reuse");
        assertThat(vm.scene().span()).isEqualTo(new AddressSpan(0x400000 - 0x333, 0x404000 + 0x333));
        VmaBlock b = vm.scene().blocks().get(0);
        assertThat(b.x0()).isCloseTo(0x333 / (double) (0x4000 + 2 * 0x333), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(b.x1()).isCloseTo(1 - b.x0(), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void stripScaleDoesNotChangeWhileStepping() {
        VmaViewModel vm = loaded("mprotect-split");
        AddressSpan first = vm.scene().span();
        for (int i = 1; i <= vm.stepper().frame().timeline().size(); i++) {
            vm.stepper().goTo(i);
            assertThat(vm.scene().span()).isEqualTo(first);
        }
    }

    @Test
    void readerPointerTargetsTheTreeBlockAfterVmaLookup() {
        VmaViewModel vm = loaded("munmap-file-reuse");
        vm.stepper().goTo(5);
        VmaPointer p = vm.scene().pointer("cpu0").orElseThrow();
        assertThat(p.vma()).isEqualTo(0);
        assertThat(p.targetKey()).isEqualTo("vma0g1");
        assertThat(p.state()).isEqualTo(VmaPointer.State.OK);
        assertThat(p.x()).isEqualTo(vm.scene().span().fraction(0x401100));
    }

    @Test
    void munmapUnlinksTheVmaAndTheReaderPointerTurnsStale() {
        // given cpu0 holds vma[0]; when cpu1's munmap clears the range (step 10)
        VmaViewModel vm = loaded("munmap-file-reuse");
        vm.stepper().goTo(10);
        // then vma[0] has left the tree for the detached lane, and cpu0's arrow reads "unlinked"
        VmaBlock b = vm.scene().blocks().get(0);
        assertThat(vm.scene().blocks()).hasSize(1);
        assertThat(b.lane()).isEqualTo(VmaBlock.Lane.DETACHED);
        assertThat(b.status()).isEqualTo(VmaStatus.UNLINKED);
        assertThat(b.changed()).isTrue();
        VmaPointer p = vm.scene().pointer("cpu0").orElseThrow();
        assertThat(p.state()).isEqualTo(VmaPointer.State.UNLINKED);
        assertThat(p.state().stale()).isTrue();
        assertThat(p.caption()).isEqualTo("unlinked");
        assertThat(p.targetKey()).isEqualTo(b.key());
        assertThat(vm.scene().row(0).orElseThrow().pointers()).extracting(VmaPointer::threadName).containsExactly("cpu0");
    }

    @Test
    void vmFileOfTheUnlinkedVmaPointsIntoTheReusedFileSlot() {
        // when cpu2's open() reuses filp[0] (step 19), the unlinked vma[0] still says vm_file = filp[0]
        VmaViewModel vm = loaded("munmap-file-reuse");
        vm.stepper().goTo(19);
        // then
        assertThat(vm.scene().blocksOf(0).get(0).file()).isEqualTo("f1, slot now f2");
        VmaField file = vm.scene().row(0).orElseThrow().field("vm_file");
        assertThat(file.value()).isEqualTo("filp[0] f2");
        assertThat(file.stale()).isTrue();
        assertThat(file.note()).isEqualTo("slot reused since it was stored: held f1 (gen 1), now f2 (gen 2)");
        // and before the reuse it is plainly f1
        vm.stepper().goTo(18);
        assertThat(vm.scene().row(0).orElseThrow().field("vm_file").stale()).isFalse();
        assertThat(vm.scene().blocksOf(0).get(0).file()).isEqualTo("f1");
    }

    @Test
    void vmAreaFreeQueuesTheVmaForRcu() {
        VmaViewModel vm = loaded("munmap-file-reuse");
        vm.stepper().goTo(34);
        assertThat(vm.scene().row(0).orElseThrow().status()).isEqualTo(VmaStatus.WAITS_FOR_RCU);
        assertThat(vm.scene().pointers()).isEmpty();
    }

    @Test
    void theSplitsNewVmaIsNotInTheTreeYet() {
        VmaViewModel vm = loaded("mprotect-split");
        vm.stepper().goTo(10);
        VmaBlock low = vm.scene().blocksOf(1).get(0);
        assertThat(low.lane()).isEqualTo(VmaBlock.Lane.DETACHED);
        assertThat(low.status()).isEqualTo(VmaStatus.NEW);
        assertThat(low.range()).isEqualTo("0x400000–0x401000");
        assertThat(vm.scene().row(1).orElseThrow().statusChanged()).isTrue();
    }

    @Test
    void inPlaceStoreOfVmStartIsMarkedStaleWhileTheTreeStillMapsTheOldRange() {
        // when __split_vma moves vm_start in place (step 12) but the tree still maps [0x400000, 0x404000)
        VmaViewModel vm = loaded("mprotect-split");
        vm.stepper().goTo(12);
        // then
        VmaBlock b = vm.scene().blocksOf(0).get(0);
        assertThat(b.lane()).isEqualTo(VmaBlock.Lane.TREE);
        assertThat(b.range()).isEqualTo("0x400000–0x404000");
        assertThat(b.staleNote()).isEqualTo("vm_start = 0x401000 · in-place store");
        assertThat(b.staleMark()).isEqualTo(vm.scene().span().fraction(0x401000));
        VmaField start = vm.scene().row(0).orElseThrow().field("vm_start");
        assertThat(start.value()).isEqualTo("0x401000");
        assertThat(start.changed()).isTrue();
        assertThat(start.stale()).isTrue();
        assertThat(start.note()).isEqualTo("in-place store · tree still maps 0x400000");
        assertThat(vm.scene().row(0).orElseThrow().field("vm_end").stale()).isFalse();
        // the reader's VMA is still in the tree: its pointer is valid
        assertThat(vm.scene().pointer("cpu0").orElseThrow().state()).isEqualTo(VmaPointer.State.OK);
    }

    @Test
    void vmaCompleteInsertsTheLowHalfAndTheStaleMarkGoes() {
        VmaViewModel vm = loaded("mprotect-split");
        vm.stepper().goTo(22);
        assertThat(vm.scene().blocks()).extracting(VmaBlock::title, VmaBlock::range, VmaBlock::lane).containsExactly(
                org.assertj.core.groups.Tuple.tuple("vma[1] g1", "0x400000–0x401000", VmaBlock.Lane.TREE),
                org.assertj.core.groups.Tuple.tuple("vma[0] g1", "0x401000–0x404000", VmaBlock.Lane.TREE));
        assertThat(vm.scene().blocks()).noneMatch(VmaBlock::stale);
        assertThat(vm.scene().blocksOf(1).get(0).changed()).isTrue();
        assertThat(vm.scene().row(0).orElseThrow().field("vm_start").stale()).isFalse();
    }

    @Test
    void steppingBackUndoesTheInPlaceStore() {
        VmaViewModel vm = loaded("mprotect-split");
        vm.stepper().goTo(12);
        vm.stepper().stepBack();
        assertThat(vm.scene().blocksOf(0).get(0).stale()).isFalse();
        assertThat(vm.scene().row(0).orElseThrow().field("vm_start").value()).isEqualTo("0x400000");
    }

    @Test
    void pointerStateComparesTheSlotWithTheGenerationTheReaderLoaded() {
        VmaSlot live = new VmaSlot(new Header(2, Life.LIVE, Mem.TYPED), 0, 0x1000, 0, null, true, -1);
        assertThat(VmaPointers.state(live, 2, true)).isEqualTo(VmaPointer.State.OK);
        assertThat(VmaPointers.state(live, 2, false)).isEqualTo(VmaPointer.State.UNLINKED);
        assertThat(VmaPointers.state(live, 1, true)).isEqualTo(VmaPointer.State.REUSED);
        VmaSlot free = live.withHeader(new Header(2, Life.FREE, Mem.TYPED));
        assertThat(VmaPointers.state(free, 2, false)).isEqualTo(VmaPointer.State.FREED);
        VmaSlot returned = live.withHeader(new Header(2, Life.FREE, Mem.RETURNED));
        assertThat(VmaPointers.state(returned, 2, false)).isEqualTo(VmaPointer.State.RETURNED);
    }

    @Test
    void noLessonMeansAnEmptyScene() {
        assertThat(new VmaViewModel(new StepperViewModel()).scene()).isEqualTo(VmaScene.EMPTY);
    }
}
