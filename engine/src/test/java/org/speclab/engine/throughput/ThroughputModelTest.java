package org.speclab.engine.throughput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.speclab.engine.step.MemAccess;

/** The model's laws: determinism, the single-CPU sum, which lines move, the rejected alternative, writers. */
class ThroughputModelTest {
    private static final String GOLD = ThroughputModel.DEFAULT_TOPOLOGY;
    private final ThroughputModel model = new ThroughputModel();

    private ThroughputExplanation explain(String variant, int cpus, double writers) {
        return model.explain(new ThroughputQuery(variant, cpus, writers, GOLD, 1));
    }

    @Test
    void sameQueryAndSeedGiveTheSameRow() {
        // given
        ThroughputQuery q = new ThroughputQuery("v6.13", 24, 5000, GOLD, 7);
        // when / then
        assertThat(model.measure(q)).isEqualTo(model.measure(q));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v6.13", "v6.14", "retry-2", "per-vma-lock"})
    void oneCpuRunsAtTheSumOfTheCostedSteps(String variant) {
        // given: the cycles of every step's own work and of every access it declared, at the 1-core turbo
        double cycles = 0;
        for (StepCost s : ThroughputModel.hitSteps(variant)) {
            cycles += s.localCycles();
            for (MemAccess a : s.accesses()) cycles += Code.cost(a);
        }
        double expectedMps = 1e3 / (cycles / 3.7);
        // when
        ThroughputRow row = explain(variant, 1, 0).row();
        // then: only the ±5 % jitter of local work separates the two
        assertThat(ThroughputModel.soloNsPerHit(variant, 3.7)).isCloseTo(cycles / 3.7, within(1e-9));
        assertThat(row.totalMps()).isCloseTo(expectedMps, within(expectedMps * 0.01));
        assertThat(row.transfersPerHit()).isZero();
    }

    @Test
    void afterHotPathStoresOnlyToPrivateLines() {
        for (StepCost s : ThroughputModel.hitSteps("v6.14")) {
            for (MemAccess a : s.accesses()) {
                if (a.writes()) assertThat(Layout.V6_13.lineOf(a)).as(s.label() + " " + a).isEqualTo(Layout.PRIVATE);
            }
        }
    }

    static List<Integer> defaultCpus() { return ThroughputModel.DEFAULT_CPUS; }

    @ParameterizedTest
    @MethodSource("defaultCpus")
    void afterMovesNoLineWithoutWriters(int cpus) {
        ThroughputExplanation e = explain("v6.14", cpus, 0);
        assertThat(e.row().transfersPerHit()).isZero();
        assertThat(e.row().hottestLine()).isEmpty();
        assertThat(e.transfersPerHitByLine()).isEmpty();
    }

    /**
     * down_read and up_read each need the count line, so once the line is saturated (from 4 CPUs, the knee) it
     * moves twice per hit for every busy core; hyper-thread twins share one fill, so from 41 CPUs it moves
     * 2 x 40 / N times per hit. Below the knee (2, 3 CPUs) an up_read sometimes finds the line still at home.
     */
    @ParameterizedTest
    @MethodSource("defaultCpus")
    void beforeMovesTheCountLineTwicePerHitPerBusyCore(int cpus) {
        ThroughputExplanation e = explain("v6.13", cpus, 0);
        if (cpus == 1) {
            assertThat(e.transfersPerHitByLine()).isEmpty();
            return;
        }
        assertThat(e.row().hottestLine()).isEqualTo("mm.mmap_lock.count + mm.mmap_lock.owner");
        double perBusyCore = e.transfersPerHitByLine().get(e.row().hottestLine()) * cpus / Math.min(cpus, 40);
        assertThat(perBusyCore).isBetween(cpus >= 4 ? 1.95 : 1.5, 2.05);
    }

    @Test
    void siblingsShareOneFillSoBeforeMovesTheLineAboutOncePerHitOnAllEightyCpus() {
        assertThat(explain("v6.13", 80, 0).row().transfersPerHit()).isBetween(0.8, 1.3);
    }

    @Test
    void theSecondSocketJoinsButTheRetryRaceKeepsMostHandOffsOnOneSocket() {
        // one socket: nothing crosses; two full sockets: a first-come order would send about half of the moves
        // across (20 of the 39 other cores are remote), the race of retries, in which a local core wins 3.1 times
        // as often as a remote one, about a quarter
        assertThat(explain("v6.13", 16, 0).crossSocketShare()).isZero();
        assertThat(explain("v6.13", 40, 0).crossSocketShare()).isBetween(0.15, 0.40);
    }

    @Test
    void perVmaLockOnlyMovesTheBottleneckToTheVmaLock() {
        ThroughputExplanation e = explain("per-vma-lock", 16, 0);
        assertThat(e.row().hottestLine()).startsWith("vma_lock[0].count");
        assertThat(e.row().totalMps()).isLessThan(explain("v6.13", 5, 0).row().totalMps());
        assertThat(e.row().totalMps()).isLessThan(explain("v6.14", 16, 0).row().totalMps() / 3);
    }

    @Test
    void writersBendAfterAndSplitItsHits() {
        // given
        ThroughputRow quiet = explain("v6.14", 40, 0).row();
        ThroughputRow some = explain("v6.14", 40, 10_000).row();
        ThroughputRow many = explain("v6.14", 40, 50_000).row();
        // then
        assertThat(some.totalMps()).isLessThan(quiet.totalMps());
        assertThat(many.totalMps()).isLessThan(some.totalMps());
        assertThat(quiet.fallbackMps()).isZero();
        assertThat(many.fallbackMps()).isPositive();
        assertThat(many.speculativeMps() + many.fallbackMps()).isCloseTo(many.totalMps(), within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v6.14", "retry-2"})
    void runningQuietStretchesWholeChangesNothing(String variant) {
        for (int cpus : new int[] {3, 40, 80}) {
            for (double writers : new double[] {0, 2_000, 50_000}) {
                ThroughputQuery q = new ThroughputQuery(variant, cpus, writers, GOLD, 5);
                ThroughputExplanation fast = model.explain(q);
                ThroughputExplanation slow = model.explain(q, true);
                assertThat(fast.row()).as(q.toString()).isEqualTo(slow.row());
                assertThat(fast.transfersPerHitByLine()).as(q.toString()).isEqualTo(slow.transfersPerHitByLine());
            }
        }
    }

    @Test
    void aFallbackStoresOwnerOnTheLineSpeculationReads() {
        ThroughputExplanation e = explain("v6.14", 40, 50_000);
        assertThat(e.transfersPerHitByLine()).containsKey("mm.mmap_lock.owner + mm.mm_lock_seq");
    }

    @Test
    void layoutsPutOwnerWithCountIn612AndWithTheSequenceFrom613() {
        MemAccess count = new MemAccess("mm.mmap_lock.count", MemAccess.Kind.LOCKED_RMW);
        MemAccess owner = new MemAccess("mm.mmap_lock.owner", MemAccess.Kind.STORE);
        MemAccess seq = new MemAccess("mm.mm_lock_seq", MemAccess.Kind.LOAD);
        assertThat(Layout.V6_12.lineOf(owner)).isEqualTo(Layout.V6_12.lineOf(count)).isNotEqualTo(Layout.V6_12.lineOf(seq));
        assertThat(Layout.V6_13.lineOf(owner)).isEqualTo(Layout.V6_13.lineOf(seq)).isNotEqualTo(Layout.V6_13.lineOf(count));
    }

    @Test
    void unknownNamesAndTooManyCpusAreRefused() {
        assertThatThrownBy(() -> model.measure(new ThroughputQuery("no-end-check", 1, 0, GOLD, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.measure(new ThroughputQuery("v6.14", 1, 0, "mars", 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.measure(new ThroughputQuery("v6.14", 9, 0, "1s-8c", 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void topologiesNumberCpusAsLinuxDoes() {
        Topology gold = Topology.xeonGold6138();
        assertThat(gold.size()).isEqualTo(80);
        assertThat(gold.place(19)).isEqualTo(new Topology.Place(0, 19, 0));
        assertThat(gold.place(20)).isEqualTo(new Topology.Place(1, 20, 0));
        assertThat(gold.place(40)).isEqualTo(new Topology.Place(0, 0, 1));
        assertThat(gold.place(79)).isEqualTo(new Topology.Place(1, 39, 1));
        assertThat(ThroughputModel.maxCpus("1s-8c")).isEqualTo(8);
        assertThat(ThroughputModel.maxCpus("this-machine")).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(List.of(gold.ghz(1), gold.ghz(8), gold.ghz(20))).containsExactly(3.7, 3.2, 2.7);
    }
}
