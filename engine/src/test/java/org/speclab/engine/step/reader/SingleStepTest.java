package org.speclab.engine.step.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.fixture.Stepper;
import org.speclab.engine.variant.KnobSetting;
import org.speclab.engine.variant.Variant;
import org.speclab.engine.variant.Variants;

/** The {@code insn=single-step} knob: pre_ssout() takes a reference with try_get_uprobe(); a dying uprobe restarts. */
class SingleStepTest {
    private static Variant singleStep() {
        return Variants.V6_14.withKnobs(KnobSetting.apply(Variants.V6_14.knobs(), "insn", "single-step"));
    }

    @Test
    void aLiveUprobeIsReferencedUntilTheSingleStepEnds() {
        // given: cpu0's lookup returned u1 (ref 1) and H2 takes pre_ssout()'s reference
        Stepper s = new Stepper(Scenarios.unregister(singleStep()));
        s.to("cpu0", "H2");
        int u1 = s.w().uprobeNamed("u1");
        assertThat(s.w().uprobes().get(u1).ref()).isEqualTo(2);
        assertThat(s.last.explanation()).contains("try_get_uprobe() takes a reference");
        // when: the whole unregister runs; its put_uprobe() is not the last one
        while (s.canMove("cpu1")) s.step("cpu1");
        // then: u1 stays in the tree, its free not queued
        assertThat(s.w().uprobes().get(u1).ref()).isEqualTo(1);
        assertThat(s.w().uprobes().get(u1).inTree()).isTrue();
        assertThat(s.w().trace().callbacks()).isEmpty();
        // when: the single-step completes after H3
        s.to("cpu0", "SS");
        // then: the last put; uprobe_free_deferred() runs (modelled on cpu0) and queues the Tasks Trace free
        assertThat(s.w().uprobes().get(u1).ref()).isZero();
        while (s.canMove("cpu0")) s.step("cpu0");
        assertThat(s.w().uprobes().get(u1).inTree()).isFalse();
        assertThat(s.w().trace().callbacks()).hasSize(1);
    }

    @Test
    void aDyingUprobeIsNotSteppedButRestarted() {
        // given: cpu0's speculation returned u1, then the unregister drops the last reference (ref 0) and erases it
        Stepper s = new Stepper(Scenarios.unregister(singleStep()));
        s.to("cpu0", "S10");
        while (s.canMove("cpu1")) s.step("cpu1");
        int u1 = s.w().uprobeNamed("u1") >= 0 ? s.w().uprobeNamed("u1") : s.reader("cpu0").uprobe();
        assertThat(s.w().uprobes().get(u1).ref()).isZero();
        // when
        s.to("cpu0", "H2");
        // then: try_get_uprobe() fails, no reference, no single-step
        assertThat(s.last.explanation()).contains("try_get_uprobe() fails");
        assertThat(s.w().uprobes().get(u1).ref()).isZero();
        assertThat(s.last.violation()).isNull();
        assertThat(s.next("cpu0")).isEqualTo("H3");
    }
}
