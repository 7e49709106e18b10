package org.speclab.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.speclab.app.jobs.Jobs;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.lessons.LessonCatalog;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The view-model with a direct executor: no Node is created, but javafx.concurrent.Task reports its state
 * through Platform.runLater, so the toolkit must be running (headless Monocle) and commands go to the FX thread.
 */
class ThroughputViewModelTest {
    private final StepperViewModel stepper = new StepperViewModel();
    private ThroughputViewModel vm;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void create(int batch) {
        onFx(() -> {
            vm = new ThroughputViewModel(stepper, new Jobs(Runnable::run));
            vm.batchProperty().set(batch);
        });
    }

    private void load(String lesson) { onFx(() -> stepper.load(LessonCatalog.byId(lesson).orElseThrow())); }

    @Test
    void countsHitsAndFallbacksCumulativelyOverTheSeeds() {
        // given
        create(6);

        // when
        load("munmap-file-reuse");
        onFx(() -> vm.drain());

        // then
        assertThat(vm.points()).hasSize(6);
        assertThat(vm.points()).extracting(ThroughputViewModel.Point::run).containsExactly(1, 2, 3, 4, 5, 6);
        ThroughputViewModel.Point last = vm.points().get(5);
        assertThat(last.hits() + last.fallbacks()).isLessThanOrEqualTo(6);
        for (int i = 1; i < 6; i++) {
            assertThat(vm.points().get(i).hits()).isGreaterThanOrEqualTo(vm.points().get(i - 1).hits());
        }
        assertThat(vm.isRunning()).isFalse();
        assertThat(vm.hitRateProperty().get()).matches("hit rate ([<>] )?\\d+%");
        assertThat(vm.summaryProperty().get()).startsWith("6 runs (seeds 1–6) · " + last.hits() + " hits · " + last.fallbacks() + " fallbacks");
    }

    @Test
    void fastPathHitsEveryTime() {
        // given
        create(5);

        // when
        load("fast-path");
        onFx(() -> vm.drain());

        // then
        assertThat(vm.points().get(4)).isEqualTo(new ThroughputViewModel.Point(5, 5, 0));
        assertThat(vm.hitRateProperty().get()).isEqualTo("hit rate 100%");
    }

    @Test
    void aNewLessonStartsOverAndRunMoreContinuesTheSeeds() {
        // given
        create(4);
        load("munmap-file-reuse");
        onFx(() -> vm.drain());

        // when
        load("fast-path");
        onFx(() -> vm.drain());
        onFx(() -> vm.runMore());
        onFx(() -> vm.drain());

        // then
        assertThat(vm.points()).extracting(ThroughputViewModel.Point::run).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(vm.points().get(7).hits()).isEqualTo(8);
    }

    @Test
    void aRareHitOrARareFallbackIsNeverRoundedAway() {
        assertThat(ThroughputViewModel.percent(1, 600)).isEqualTo("< 1%");
        assertThat(ThroughputViewModel.percent(599, 600)).isEqualTo("> 99%");
        assertThat(ThroughputViewModel.percent(0, 600)).isEqualTo("0%");
        assertThat(ThroughputViewModel.percent(600, 600)).isEqualTo("100%");
        assertThat(ThroughputViewModel.percent(3, 8)).isEqualTo("38%");
    }
}
