package org.speclab.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.fixture.Script;

/** The reader-registers view asks the engine what a reader has loaded and whether its vm_start/vm_pgoff pair is torn. */
class ReaderLoadsTest {
    private static int stepOf(Trace t, int thread, String label) {
        for (TraceEntry e : t.entries()) if (e.thread() == thread && e.label().equals(label)) return e.index();
        throw new AssertionError("no " + label);
    }

    @Test
    void newStartWithOldPgoffDuringASplitIsTorn() {
        // given: cpu0 loads vm_pgoff, the split stores the new vm_start, cpu0 loads it
        Trace t = Script.run(Scenarios.mprotectSplit(Scenarios.v614()), "cpu0:S5 cpu1*5 cpu0:S6");
        int s6 = stepOf(t, 0, "S6");
        // when / then
        assertThat(t.entries().get(s6 - 1).after().thread(0).reader().start()).isEqualTo(0x401000L);
        assertThat(ReaderLoads.of(t, s6, 0).tornPair()).isTrue();
        assertThat(ReaderLoads.of(t, s6 - 1, 0).tornPair()).isFalse();
    }

    @Test
    void fieldsLoadedWithNoWriterBetweenAreNotTorn() {
        // given
        Trace t = Script.run(Scenarios.mprotectSplit(Scenarios.v614()), "cpu0:S6 cpu1*");
        // when / then
        assertThat(ReaderLoads.of(t, stepOf(t, 0, "S6"), 0).tornPair()).isFalse();
    }

    @Test
    void theLockedPathsReloadIsNeverTorn() {
        // given: the torn attempt fails the end check, and the locked lookup reloads the fields
        Trace t = Script.run(Scenarios.mprotectSplit(Scenarios.v614()), "cpu0:S5 cpu1*5 cpu0:S6 cpu0* cpu1* cpu0*");
        // when / then
        assertThat(ReaderLoads.of(t, t.size(), 0).tornPair()).isFalse();
    }

    @Test
    void loadedLocalsFollowTheSpeculativePathAndAFailedAttemptClearsThem() {
        // given
        Trace t = Script.run(Scenarios.mprotectSplit(Scenarios.v614()), "cpu0:S5 cpu1*5 cpu0:S9 cpu0 cpu1* cpu0*");
        int s5 = stepOf(t, 0, "S5");
        // when / then
        assertThat(ReaderLoads.of(t, s5, 0).loaded()).containsExactlyInAnyOrder(
                ReaderLoads.Local.SEQ, ReaderLoads.Local.VMA, ReaderLoads.Local.VM_FILE, ReaderLoads.Local.PGOFF);
        assertThat(ReaderLoads.of(t, stepOf(t, 0, "S_FAIL"), 0).loaded()).isEmpty();
        // the end check that fails the attempt clears the locals at once (SpeculativeLookup.fail), before S_FAIL:
        // the registers must not show the cleared values (vma -1, start 0, inode NULL) as loaded
        assertThat(ReaderLoads.of(t, stepOf(t, 0, "S9"), 0).loaded()).isEmpty();
    }
}
