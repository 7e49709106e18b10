package org.speclab.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.live.LiveRow;
import org.speclab.engine.throughput.ThroughputModel;
import org.speclab.engine.throughput.ThroughputRow;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chart's view-model with a direct executor and the {@link FakeModel}: no Node is created, but
 * javafx.concurrent.Task reports its state through Platform.runLater, so the toolkit runs (headless Monocle).
 */
class ThroughputViewModelTest {
    private ThroughputViewModel vm;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void create() { onFx(() -> vm = new ThroughputViewModel(FakeModel::measure, new Jobs(Runnable::run))); }

    private ThroughputRow row(String variant, int cpus) {
        return vm.rows().stream().filter(r -> r.variant().equals(variant) && r.cpus() == cpus).findFirst().orElseThrow();
    }

    @Test
    void sweepsEveryPublishedCpuCountForBeforeAndAfter() {
        // when
        create();
        onFx(() -> vm.drain());

        // then
        assertThat(vm.rows()).hasSize(2 * ThroughputModel.DEFAULT_CPUS.size());
        assertThat(vm.rows()).extracting(ThroughputRow::variant).containsOnly("v6.13", "v6.14");
        assertThat(vm.rows().stream().filter(r -> r.variant().equals("v6.14")).map(ThroughputRow::cpus).toList())
                .containsExactlyElementsOf(ThroughputViewModel.sweepOrder(ThroughputModel.DEFAULT_CPUS))
                .containsExactlyInAnyOrderElementsOf(ThroughputModel.DEFAULT_CPUS);
        assertThat(vm.rows().subList(0, 4)).extracting(ThroughputRow::cpus).containsExactly(1, 1, 80, 80);
        assertThat(vm.isRunning()).isFalse();
    }

    @Test
    void togglingVariantsResweepsOnlyTheChosenOnes() {
        // given
        create();

        // when
        onFx(() -> {
            vm.selectedProperty("v6.13").set(false);
            vm.selectedProperty("retry-2").set(true);
            vm.drain();
        });

        // then
        assertThat(vm.rows()).extracting(ThroughputRow::variant).containsOnly("v6.14", "retry-2");
    }

    @Test
    void theWhyNamesTheBouncingLineAtTheSelectedCpuCount() {
        // given
        create();

        // when
        onFx(() -> {
            vm.cpusProperty().set(16);
            vm.drain();
        });

        // then
        assertThat(vm.whyProperty().get()).isEqualTo("At 16 CPUs:\n"
                + "BEFORE v6.13: 10.0 M/s\n   mm.mmap_lock.count moves 2.0× per hit\n"
                + "AFTER v6.14: 48.0 M/s\n   no line moves between cores");
        assertThat(vm.detailProperty().get()).extracting(ThroughputRow::cpus).containsOnly(16);
    }

    @Test
    void aWriterRateBendsTheAfterCurveAndSplitsItsHits() {
        // given
        create();
        onFx(() -> vm.drain());
        double before = row("v6.14", 80).totalMps();

        // when
        onFx(() -> {
            vm.writersProperty().set(1000);
            vm.drain();
        });

        // then
        assertThat(row("v6.14", 80).totalMps()).isEqualTo(before / 2);
        assertThat(vm.splitProperty().get()).isEqualTo("AFTER hits: 6.00 speculative · 6.00 locked path (M/s)");
        assertThat(vm.speculativeShareProperty().get()).isEqualTo(0.5);
    }

    @Test
    void draggingTheWriterSliderDrawsACoarseCurveAndReleasingFillsItIn() {
        // given
        create();
        onFx(() -> vm.drain());

        // when: dragged to 1 k/s
        onFx(() -> {
            vm.writersAdjustingProperty().set(true);
            vm.writersProperty().set(1000);
            vm.drain();
        });

        // then: the coarse CPU counts only, already bent
        assertThat(vm.rows().stream().filter(r -> r.variant().equals("v6.14")).map(ThroughputRow::cpus).toList())
                .containsExactlyInAnyOrderElementsOf(ThroughputViewModel.COARSE_CPUS);
        assertThat(row("v6.14", 80).totalMps()).isEqualTo(120.0);

        // when: released
        onFx(() -> {
            vm.writersAdjustingProperty().set(false);
            vm.drain();
        });
        onFx(() -> vm.drain());   // the task's end reaches the FX thread after its rows

        // then: every CPU count
        assertThat(vm.rows().stream().filter(r -> r.variant().equals("v6.14")).map(ThroughputRow::cpus).toList())
                .containsExactlyInAnyOrderElementsOf(ThroughputModel.DEFAULT_CPUS);
        assertThat(vm.lastRefreshMillis()).isNotNegative();
    }

    @Test
    void aRateSeenBeforeIsDrawnFromTheCacheWithoutCostingAPointAgain() {
        // given: a model that counts its calls at 1 k/s, with writers at 1 k/s then back to none
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        onFx(() -> vm = new ThroughputViewModel(q -> {
            if (q.writersPerSecond() == 1000) calls.incrementAndGet();
            return FakeModel.measure(q);
        }, new Jobs(Runnable::run)));
        onFx(() -> {
            vm.writersProperty().set(1000);
            vm.drain();
        });
        int costed = calls.get();
        assertThat(costed).isEqualTo(2 * ThroughputModel.DEFAULT_CPUS.size());   // the selected point (8 CPUs) is on the curves

        // when
        onFx(() -> {
            vm.writersProperty().set(0);
            vm.writersProperty().set(1000);
        });

        // then: both curves are back at once (before any drain), and nothing was costed again
        assertThat(vm.rows()).hasSize(2 * ThroughputModel.DEFAULT_CPUS.size());
        assertThat(row("v6.14", 80).totalMps()).isEqualTo(120.0);
        assertThat(vm.whyProperty().get()).startsWith("At 8 CPUs:");
        assertThat(calls.get()).isEqualTo(costed);
    }

    @Test
    void withoutWritersEveryAfterHitIsSpeculative() {
        create();
        onFx(() -> vm.drain());

        assertThat(vm.speculativeShareProperty().get()).isEqualTo(1.0);
        assertThat(vm.splitProperty().get()).isEqualTo("AFTER hits: 24.0 speculative · 0.00 locked path (M/s)");
    }

    @Test
    void theScalabilityLessonOpensTheChartAtItsCpuCount() {
        // given
        StepperViewModel stepper = new StepperViewModel();
        onFx(() -> vm = new ThroughputViewModel(stepper, new Jobs(Runnable::run)));

        // when
        onFx(() -> stepper.load(LessonCatalog.byId("scalability").orElseThrow()));

        // then
        assertThat(vm.cpusProperty().get()).isEqualTo(16);
        assertThat(vm.writersProperty().get()).isZero();
    }

    @Test
    void theWriterSliderRunsOverALogScaleFromNoneToAMillion() {
        assertThat(ThroughputViewModel.rateAt(0)).isZero();
        assertThat(ThroughputViewModel.rateAt(0.4)).isZero();
        assertThat(ThroughputViewModel.rateAt(3)).isEqualTo(1000);
        assertThat(ThroughputViewModel.rateAt(3.5)).isEqualTo(3200);
        assertThat(ThroughputViewModel.rateAt(6)).isEqualTo(1_000_000);
        assertThat(ThroughputViewModel.positionOf(1000)).isEqualTo(3);
        assertThat(ThroughputViewModel.positionOf(0)).isZero();
        assertThat(ThroughputViewModel.rateText(0)).isEqualTo("0");
        assertThat(ThroughputViewModel.rateText(3200)).isEqualTo("3.2 k");
        assertThat(ThroughputViewModel.rateText(1_000_000)).isEqualTo("1 M");
    }

    @Test
    void measuringHereAddsBothAnalogsAtEveryThreadCount() {
        // given
        create();
        onFx(() -> vm.measureSecondsProperty().set(0.1));

        // when
        onFx(() -> vm.measureHere());

        // then
        int cores = Math.min(vm.cores(), 16);
        assertThat(vm.measured()).hasSize(2 * cores);
        assertThat(vm.measured()).extracting(LiveRow::totalMps).allMatch(m -> m >= 0).anyMatch(m -> m > 0);
        assertThat(vm.measuringProperty().get()).isFalse();
        assertThat(vm.measureStatusProperty().get()).startsWith("measured on this machine (" + vm.cores() + " cores, Java analog)");
    }

    @Test
    void cancellingTheMeasurementKeepsTheWindowResponsive() {
        // given: jobs are held, so the measurement stays "running"
        List<Runnable> held = new ArrayList<>();
        onFx(() -> vm = new ThroughputViewModel(FakeModel::measure, new Jobs(r -> {
            if (r instanceof LiveTask) held.add(r);
            else r.run();
        })));
        onFx(() -> vm.measureHere());
        assertThat(vm.measuringProperty().get()).isTrue();

        // when
        onFx(() -> vm.cancelMeasure());
        held.forEach(Runnable::run);
        WaitForAsyncUtils.waitForFxEvents();

        // then
        assertThat(vm.measuringProperty().get()).isFalse();
        assertThat(vm.measured()).isEmpty();
        assertThat(vm.measureStatusProperty().get()).isEqualTo("measurement cancelled");
    }
}
