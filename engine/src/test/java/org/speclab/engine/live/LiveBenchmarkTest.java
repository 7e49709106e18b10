package org.speclab.engine.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour of the benchmark runner, never its speed (speed is what `speclab bench live` reports). */
class LiveBenchmarkTest {
    @Test
    void withoutWritersEveryLocklessLookupIsASpeculativeHit() {
        // when
        LiveRow row = new LiveBenchmark(0.05, 0).measure(LiveVariant.LOCKLESS, 1, LiveProgress.NONE, () -> {});

        // then
        assertThat(row.totalMps()).isPositive();
        assertThat(row.fallbackMps()).isZero();
        assertThat(row.speculativeMps()).isEqualTo(row.totalMps());
        assertThat(row.writesPerSecond()).isZero();
    }

    @Test
    void writersMakeSomeSpeculationsFallBack() {
        // when
        LiveRow row = new LiveBenchmark(0.2, 5000).measure(LiveVariant.LOCKLESS, 1, LiveProgress.NONE, () -> {});

        // then
        assertThat(row.fallbackMps()).isPositive();
        assertThat(row.writesPerSecond()).isPositive();
    }

    @Test
    void theLockedAnalogNeverSpeculates() {
        LiveRow row = new LiveBenchmark(0.05, 0).measure(LiveVariant.LOCKED, 2, LiveProgress.NONE, () -> {});

        assertThat(row.speculativeMps()).isZero();
        assertThat(row.fallbackMps()).isEqualTo(row.totalMps());
        assertThat(row.threads()).isEqualTo(2);
        assertThat(row.perThreadMps()).isEqualTo(row.totalMps() / 2);
    }

    @Test
    void aCancelledRunReturnsTheRowsItHas() {
        // given
        LiveProgress cancelled = new LiveProgress() {
            @Override public boolean cancelled() { return true; }
        };

        // when
        List<LiveRow> rows = new LiveBenchmark(5, 0).run(List.of(LiveVariant.values()), List.of(1, 2), cancelled);

        // then
        assertThat(rows).isEmpty();
    }

    @Test
    void rowsUseThePublishedFormatWithThreads() {
        LiveRow row = new LiveRow(LiveVariant.LOCKED, 8, 24.534, 0.010, 24.534, 0, 0);

        assertThat(row.format()).isEqualTo("lookup ( 8 threads):   24.534 ± 0.010M/s (  3.067M/s/thread)");
    }

    @Test
    void refusesThreadCountsOutOfRange() {
        assertThatThrownBy(() -> new LiveBenchmark(1, 0).measure(LiveVariant.LOCKED, 0, LiveProgress.NONE, () -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
