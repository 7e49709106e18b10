package org.speclab.engine.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.fixture.Script;
import org.speclab.engine.run.Trace;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.step.Property;

/**
 * Each broken variant of docs/model.md §6 on the interleaving that exposes it: the named property is violated.
 * The same schedule on v6.14 (and with B5, on B5 with the kernel's real RCU-delayed inode free) is safe and
 * ends in the fallback the kernel takes.
 */
class BrokenVariantsTest {
    record Case(String variant, Function<org.speclab.engine.variant.Variant, Scenario> scenario, String knob, String script,
                Property broken, String safeOutcome) {
        @Override
        public String toString() { return variant; }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("no-end-check", Scenarios::munmapReuse, null, "cpu0:S4 cpu1:TW cpu2:OPEN2 cpu0*", Property.P1,
                        "fallback-seq-changed/locked-miss-restart"),
                new Case("parity-only-end-check", Scenarios::munmapReuse, null, "cpu0:S4 cpu1:TW cpu2:OPEN2 cpu0*", Property.P1,
                        "fallback-seq-changed/locked-miss-restart"),
                new Case("odd-start-accepted", Scenarios::mprotectSplit, null, "cpu1:SPL2 cpu0:S5 cpu1:SPL3 cpu0*", Property.P1,
                        "fallback-writer-active/locked-hit"),
                new Case("vma-fields-after-check", Scenarios::mprotectSplit, null, "cpu0:S9 cpu1:SPL3 cpu0*", Property.P1,
                        "fallback-seq-changed/locked-hit"),
                new Case("end-check-before-tree-lookup", Scenarios::inodeReuse, "inode-free=immediate",
                        "cpu0:S9 cpu2:IPUT cpu1:TW cpu2:UR4 cpu0*", Property.P1, "fallback-seq-changed/locked-miss-restart"),
                new Case("no-rcu-read-lock", Scenarios::munmapReuse, null, "cpu0:S3 cpu1* rcu*3 cpu0*", Property.P2,
                        "fallback-no-vma/locked-miss-restart"),
                new Case("filp-plain-kfree", Scenarios::munmapReuse, null, "cpu0:S4 cpu1:TW cpu0*", Property.P2,
                        "fallback-seq-changed/locked-miss-restart"),
                new Case("backing-file-kfree", v -> withBacking(Scenarios.munmapReuse(v)), null, "cpu0:S4 cpu1:TW cpu0*", Property.P2,
                        "fallback-seq-changed/locked-miss-restart"),
                new Case("speculate-without-per-vma-lock", Scenarios::munmapReuse, null, "cpu0:S3 cpu1* cpu0*", Property.P2,
                        "fallback-seq-changed/locked-miss-restart"),
                new Case("tiny-seq-counter", Scenarios::twoSections, null, "cpu0:S4 cpu1:TW cpu2:OPEN2 cpu1* cpu0*", Property.P1,
                        "fallback-seq-changed/locked-miss-restart"),
                new Case("torn-vm-file-load", Scenarios::vmaReuse, null, "cpu0:S4 cpu1* cpu0*", Property.P2,
                        "fallback-seq-changed/locked-miss-restart"),
                new Case("uprobe-freed-without-gp", Scenarios::unregister, null, "cpu0:S1 cpu1:WL2 cpu0:S_FAIL cpu1:WU2 cpu0:L6 cpu1*",
                        Property.P3, "fallback-writer-active/locked-hit"),
                new Case("spin-on-odd", Scenarios::writerHolds, null, "cpu1*2 cpu0*", Property.L1,
                        "fallback-writer-active/locked-hit"),
                // B14: the writer's odd count makes the speculation return NULL; trusting it reads u1's own int3 as a
                // foreign breakpoint and sends SIGTRAP. v6.14 sleeps in mmap_read_lock and finds u1.
                new Case("trust-speculative-null", Scenarios::writerHolds, null, "cpu1*2 cpu0*", Property.P4,
                        "fallback-writer-active/locked-hit"))
                .map(Arguments::of);
    }

    static Scenario withBacking(Scenario s) {
        return new Scenario(s.id(), s.title(), s.question(), s.variant(), Scenarios.world(true), s.threads(), s.schedule(), s.outcomes());
    }

    private static org.speclab.engine.variant.Variant variant(String name, String knob) {
        org.speclab.engine.variant.Variant v = Variants.byName(name).orElseThrow();
        if (knob == null) return v;
        String[] kv = knob.split("=");
        return v.withKnobs(KnobSetting.apply(v.knobs(), kv[0], kv[1]));
    }

    @ParameterizedTest(name = "{0} violates its property on the exposing schedule")
    @MethodSource("cases")
    void brokenVariantViolatesItsProperty(Case c) {
        // given
        var broken = variant(c.variant(), c.knob());
        // when
        Trace t = Script.run(c.scenario().apply(broken), c.script());
        // then
        assertThat(t.violation()).as(t.outcome() + "\n" + org.speclab.engine.run.TraceText.format(t)).isNotNull();
        assertThat(t.violation().property()).isEqualTo(c.broken());
        assertThat(t.outcome()).isEqualTo(c.broken().outcomeName());
        assertThat(broken.breaks()).isEqualTo(c.broken().name());
    }

    @ParameterizedTest(name = "v6.14 on {0}'s schedule is safe and falls back")
    @MethodSource("cases")
    void mergedCodeIsSafeOnTheSameSchedule(Case c) {
        // given
        var broken = variant(c.variant(), c.knob());
        List<String> schedule = Script.run(c.scenario().apply(broken), c.script()).schedule();
        var merged = variant("v6.14", c.knob());
        // when
        Trace t = Script.replay(c.scenario().apply(merged), schedule);
        // then
        assertThat(t.violation()).as(org.speclab.engine.run.TraceText.format(t)).isNull();
        assertThat(t.end()).isEqualTo(Trace.End.FINISHED);
        assertThat(t.outcome()).isEqualTo(c.safeOutcome());
    }

    @org.junit.jupiter.api.Test
    void aFoundButUnvalidatedUprobeFreedUnderTheReaderIsNotP3() {
        // given: B12; cpu0 holds u1 from T2, then the whole unregister (its write section moves mm_lock_seq) frees it
        var b12 = Variants.byName("uprobe-freed-without-gp").orElseThrow();
        // when
        Trace t = Script.run(Scenarios.unregister(b12), "cpu0:T2 cpu1* cpu0*");
        // then: S9 drops u1 unread; the locked path no longer finds it. P3 is about uprobes a lookup returned
        assertThat(t.violation()).as(org.speclab.engine.run.TraceText.format(t)).isNull();
        assertThat(t.outcome()).isEqualTo("fallback-seq-changed/locked-miss-restart");
    }

    @org.junit.jupiter.api.Test
    void endCheckBeforeTreeLookupIsLatentWithRcuDelayedInodeFree() {
        // given: B5 with the kernel's real destroy_inode() → call_rcu
        var b5 = Variants.byName("end-check-before-tree-lookup").orElseThrow();
        var exposing = Script.run(Scenarios.inodeReuse(variant("end-check-before-tree-lookup", "inode-free=immediate")),
                "cpu0:S9 cpu2:IPUT cpu1:TW cpu2:UR4 cpu0*").schedule();
        // when
        Trace t = Script.replay(Scenarios.inodeReuse(b5), exposing);
        // then: the new inode cannot take the old address while the reader is inside rcu
        assertThat(t.violation()).isNull();
        assertThat(t.outcome()).isEqualTo("fallback-no-uprobe/locked-miss-restart");
    }
}
