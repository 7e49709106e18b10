package org.speclab.app.seqcount;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speclab.app.stepper.Fixtures;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.lessons.LessonCatalog;

/** The mm_lock_seq view-model, on real lessons, without a toolkit. Step numbers are those of {@code speclab run}. */
class SeqcountViewModelTest {
    private static StepperViewModel at(String lesson, int step) {
        StepperViewModel s = new StepperViewModel();
        s.load(LessonCatalog.byId(lesson).orElseThrow());
        s.runToEnd();
        s.goTo(step);
        return s;
    }

    private static Snapshot cpu0(SeqcountViewModel vm) {
        return vm.snapshots().stream().filter(s -> s.name().equals("cpu0")).findFirst().orElseThrow();
    }


    @Test
    void showsTheInitialEvenCountAndNoSnapshotBeforeTheFirstStep() {
        // given / when
        SeqcountViewModel vm = new SeqcountViewModel(at("munmap-file-reuse", 0));
        // then
        assertThat(vm.valueTextProperty().get()).isEqualTo("2");
        assertThat(vm.oddProperty().get()).isFalse();
        assertThat(vm.parityTextProperty().get()).isEqualTo("even — no writer");
        assertThat(vm.holderTextProperty().get()).isEqualTo("mmap_lock: free");
        assertThat(vm.causeTextProperty().get()).isEmpty();
        assertThat(cpu0(vm).match()).isEqualTo(Snapshot.Match.NONE);
        assertThat(cpu0(vm).text()).isEqualTo("—");
    }

    @Test
    void writerMakesTheCountOddAtWl2AndHoldsTheLockForWrite() {
        // given
        SeqcountViewModel vm = new SeqcountViewModel(at("munmap-file-reuse", 7));
        // when: step 8 is cpu1's WL2
        vm.stepper().goTo(8);
        // then
        assertThat(vm.valueProperty().get()).isEqualTo(3);
        assertThat(vm.oddProperty().get()).isTrue();
        assertThat(vm.parityTextProperty().get()).isEqualTo("odd — writer active");
        assertThat(vm.changedProperty().get()).isTrue();
        assertThat(vm.writeHeldProperty().get()).isTrue();
        assertThat(vm.holderTextProperty().get()).isEqualTo("mmap_lock: write · cpu1");
        assertThat(vm.causeTextProperty().get()).isEqualTo("step 8 · cpu1 WL2: 2 → 3");
    }

    @Test
    void stepThatDoesNotTouchTheCountIsNotMarkedChanged() {
        SeqcountViewModel vm = new SeqcountViewModel(at("munmap-file-reuse", 9));
        assertThat(vm.changedProperty().get()).isFalse();
        assertThat(vm.causeTextProperty().get()).startsWith("step 8 ");
    }

    @Test
    void readerSnapshotMatchesTheCountUntilAWriterMovesIt() {
        SeqcountViewModel vm = new SeqcountViewModel(at("munmap-file-reuse", 4));
        assertThat(cpu0(vm).text()).isEqualTo("2 ✓");
        assertThat(cpu0(vm).match()).isEqualTo(Snapshot.Match.SAME);

        vm.stepper().goTo(8);
        assertThat(cpu0(vm).text()).isEqualTo("2 ✗");
        assertThat(cpu0(vm).match()).isEqualTo(Snapshot.Match.DIFFERENT);
        assertThat(cpu0(vm).explanation(3)).contains("will fail");
    }

    @Test
    void downgradeMakesTheCountEvenWhileTheWriterStillHoldsTheLockForRead() {
        SeqcountViewModel vm = new SeqcountViewModel(at("munmap-file-reuse", 13));
        assertThat(vm.valueTextProperty().get()).isEqualTo("4");
        assertThat(vm.oddProperty().get()).isFalse();
        assertThat(vm.holderTextProperty().get()).isEqualTo("mmap_lock: read · cpu1");
        // the snapshot 2 is even, like the count, and still stale
        assertThat(cpu0(vm).text()).isEqualTo("2 ✗");
    }

    @Test
    void snapshotIsGoneOnceTheEndCheckFailed() {
        SeqcountViewModel vm = new SeqcountViewModel(at("munmap-file-reuse", 27));
        assertThat(cpu0(vm).match()).isEqualTo(Snapshot.Match.NONE);
    }

    @Test
    void lockedPathHoldsNoSnapshotAlthoughItsWindowIsOpen() {
        // step 30: cpu0 is between L1 and L6 under mmap_read_lock (munmap has released its read lock by now)
        SeqcountViewModel vm = new SeqcountViewModel(at("munmap-file-reuse", 30));
        assertThat(cpu0(vm).match()).isEqualTo(Snapshot.Match.NONE);
        assertThat(vm.holderTextProperty().get()).isEqualTo("mmap_lock: read · cpu0");
    }

    @Test
    void queueShowsAReaderSleepingBehindTheWriter() {
        // writer-holds-lock step 8: cpu0 sleeps in down_read() behind cpu1's write lock
        SeqcountViewModel vm = new SeqcountViewModel(at("writer-holds-lock", 8));
        assertThat(vm.queueTextProperty().get()).isEqualTo("waiting: cpu0 (read)");
        vm.stepper().goTo(11);
        assertThat(vm.queueTextProperty().get()).isEmpty();
    }

    @Test
    void oddCountAtTryBeginLeavesNoSnapshot() {
        // writer-holds-lock step 6: S2 reads 3 and fails at once
        SeqcountViewModel vm = new SeqcountViewModel(at("writer-holds-lock", 6));
        assertThat(vm.valueTextProperty().get()).isEqualTo("3");
        assertThat(cpu0(vm).match()).isEqualTo(Snapshot.Match.NONE);
    }

    @Test
    void everyReaderGetsARowInThreadOrder() {
        SeqcountViewModel vm = new SeqcountViewModel(Fixtures.readersBeforeWriters(12));
        assertThat(vm.snapshots()).extracting(Snapshot::name).containsExactly("cpu0", "cpu2");
        assertThat(vm.snapshots()).extracting(Snapshot::text).containsExactly("2 ✓", "2 ✓");
    }

    @Test
    void stepBackRestoresThePreviousCount() {
        SeqcountViewModel vm = new SeqcountViewModel(at("munmap-file-reuse", 8));
        vm.stepper().stepBack();
        assertThat(vm.valueTextProperty().get()).isEqualTo("2");
        assertThat(vm.oddProperty().get()).isFalse();
        assertThat(cpu0(vm).text()).isEqualTo("2 ✓");
    }

    @Test
    void showsADashWhenNoLessonIsLoaded() {
        SeqcountViewModel vm = new SeqcountViewModel(new StepperViewModel());
        assertThat(vm.valueTextProperty().get()).isEqualTo("—");
        assertThat(vm.snapshots()).isEmpty();
    }
}
