package org.speclab.app.uprobes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.uprobes.UprobeTreeModel.Fate;
import org.speclab.app.uprobes.UprobeTreeModel.Held;
import org.speclab.app.uprobes.UprobeTreeModel.NodeRow;
import org.speclab.app.uprobes.UprobeTreeModel.ReaderTag;
import org.speclab.app.uprobes.UprobeTreeModel.SlotRow;
import org.speclab.app.uprobes.UprobeTreeModel.Status;
import org.speclab.lessons.LessonCatalog;

class UprobeTreeViewModelTest {
    private final StepperViewModel stepper = new StepperViewModel();
    private final UprobeTreeViewModel vm = new UprobeTreeViewModel(stepper);

    private void load(String lesson) { stepper.load(LessonCatalog.byId(lesson).orElseThrow()); }

    private NodeRow node(String uprobe) {
        return vm.model().nodes().stream().filter(n -> n.uprobeName().equals(uprobe)).findFirst().orElseThrow();
    }

    @Test
    void listsTreeNodesInKeyOrderAsInodeAddressOffsetToUprobe() {
        // given / when
        load("broken-no-end-check");

        // then
        assertThat(vm.model().nodes()).extracting(NodeRow::text)
                .containsExactly("(inode[0], 0x100) → u3", "(inode[0], 0x1100) → u1", "(inode[1], 0x1100) → u2");
        assertThat(vm.model().inodes()).extracting(r -> r.address() + " " + r.name() + " " + r.status())
                .containsExactly("inode[0] libfoo LIVE", "inode[1] libbar LIVE");
        assertThat(vm.model().wrong()).isFalse();
    }

    @Test
    void flagsTheWrongUprobeAtTheViolationStepOfBrokenNoEndCheck() {
        // given
        load("broken-no-end-check");

        // when: the lesson's schedule ends at the P1 violation (step 27)
        stepper.runToEnd();

        // then
        assertThat(stepper.frame().step().violation()).isNotNull();
        List<ReaderTag> tags = node("u2").readers();
        assertThat(tags).extracting(ReaderTag::held).containsExactly(Held.WRONG);
        assertThat(tags.get(0).text()).isEqualTo("cpu0 ✗ wrong uprobe");
        assertThat(node("u1").readers()).isEmpty();
        assertThat(vm.model().wrong()).isTrue();
        assertThat(vm.model().wrongText()).isEqualTo("✗ WRONG UPROBE: cpu0's lookup returned u2");
        assertThat(vm.model().wrongDetail()).isEqualTo("u2 is (inode[1] gen 1, 0x1100): never mapped at 0x401100 during the lookup; 0x401100 maps nothing now");
    }

    @Test
    void tagsTheUprobeAReaderFoundWhileItIsStillMappedAsCorrect() {
        // given
        load("uprobe-unregister");

        // when: T2 found u1 (step 12)
        stepper.goTo(12);
        stepper.runToEnd();
        stepper.goTo(12);

        // then
        assertThat(node("u1").readers()).extracting(ReaderTag::text).containsExactly("cpu0 ✓");
        assertThat(node("u1").readers()).extracting(ReaderTag::held).containsExactly(Held.CORRECT);
    }

    @Test
    void showsAnErasedUprobeWaitingForRcuTasksTraceAndStillHeld() {
        // given
        load("uprobe-unregister");
        stepper.runToEnd();

        // when: call_rcu_tasks_trace queued the free (step 25; consumer_del is unregister's first step)
        stepper.goTo(25);

        // then
        assertThat(vm.model().nodes()).extracting(NodeRow::uprobeName).containsExactly("u3", "u2");
        SlotRow u1 = vm.model().outOfTree().get(0);
        assertThat(u1.name()).isEqualTo("u1");
        assertThat(u1.fate()).isEqualTo(Fate.ERASED_WAITING);
        assertThat(u1.fateText()).isEqualTo("erased, waiting for RCU Tasks Trace GP 1");
        assertThat(u1.changed()).isTrue();
        // erased, so no lookup would return it now; it was valid when cpu0 found it, which is all P1 asks
        assertThat(u1.readers()).extracting(ReaderTag::text).containsExactly("cpu0 ✓ was mapped during its lookup");
    }

    @Test
    void seqcountIsOddAndTheLockHeldWhileTheTreeWriterErases() {
        // given
        load("uprobe-unregister");
        stepper.runToEnd();

        // when: write_lock(uprobes_treelock) + write_seqcount_begin (step 22)
        stepper.goTo(22);

        // then
        assertThat(vm.model().seq()).isEqualTo(1);
        assertThat(vm.model().seqOdd()).isTrue();
        assertThat(vm.model().seqChanged()).isTrue();
        assertThat(vm.model().seqText()).isEqualTo("odd: tree writer active");
        assertThat(vm.model().lockText()).isEqualTo("uprobes_treelock: cpu1 writes");
    }

    @Test
    void marksTheInodeLoadedThroughAReusedFileSlot() {
        // given
        load("munmap-file-reuse");
        stepper.runToEnd();

        // when: S7 loads f_inode from the reused filp[0] (step 23)
        stepper.goTo(23);

        // then
        var libbar = vm.model().inodes().get(1);
        assertThat(libbar.readers()).extracting(ReaderTag::text).containsExactly("cpu0 · via reused filp[0]");
        assertThat(libbar.readers()).extracting(ReaderTag::held).containsExactly(Held.STALE);
        assertThat(libbar.changed()).isTrue();
    }

    @Test
    void aReaderHoldingTheReusedInodesUprobeIsAmberUntilTheEndCheckRejectsIt() {
        // given
        load("munmap-file-reuse");
        stepper.runToEnd();

        // when: T2 finds u2 (step 26); S9 rejects it at step 27
        stepper.goTo(26);
        List<ReaderTag> before = node("u2").readers();
        stepper.goTo(27);

        // then
        // found, not returned: amber, never the red P1 banner before the end check has spoken
        assertThat(before).extracting(ReaderTag::held).containsExactly(Held.UNVALIDATED);
        assertThat(before.get(0).text()).isEqualTo("cpu0 holds u2 — not validated yet");
        assertThat(node("u2").readers()).isEmpty();
        assertThat(vm.model().wrong()).isFalse();
    }

    @Test
    void aReturnedUprobeUnmappedAfterwardsIsStaleButNotWrong() {
        // given: cpu0 returns u1 speculatively (14 steps), then munmap commits "nothing" at bp (WD1, 6 steps)
        load("munmap-file-reuse");
        List<String> schedule = new ArrayList<>(Collections.nCopies(14, "cpu0"));
        schedule.addAll(Collections.nCopies(6, "cpu1"));

        // when
        stepper.openSchedule(schedule);
        stepper.end();

        // then
        assertThat(node("u1").readers()).extracting(ReaderTag::held).containsExactly(Held.STALE);
        assertThat(node("u1").readers().get(0).text()).isEqualTo("cpu0 ✓ was mapped during its lookup");
        assertThat(vm.model().wrong()).isFalse();
    }

    @Test
    void freedFileInodesKeepTheirRowAndStatus() {
        // given / when
        load("munmap-file-reuse");

        // then
        assertThat(vm.model().inodes()).allMatch(r -> r.status() == Status.LIVE && r.gen() == 1);
    }
}
