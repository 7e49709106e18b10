package org.speclab.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceCodeTest {
    private static final List<String> THREADS = List.of("cpu0", "cpu1", "cpu2", "rcu", "rcu-trace");

    @Test
    void encodesRunsOfTheSameThreadCompactly() {
        TraceCode c = TraceCode.of("munmap-file-reuse", "v6.14", Map.of(), List.of("cpu0", "cpu0", "cpu1", "cpu2", "cpu2", "cpu2", "rcu"), THREADS);
        assertThat(c.toString()).isEqualTo("munmap-file-reuse@v6.14@a2bc3d");
    }

    @Test
    void parsesBackToTheSameScheduleAndKnobs() {
        TraceCode c = TraceCode.parse("inode-reuse@end-check-before-tree-lookup,inode-free=immediate@a11c12b9c5a3");
        assertThat(c.variant()).isEqualTo("end-check-before-tree-lookup");
        assertThat(c.knobs()).containsEntry("inode-free", "immediate");
        assertThat(c.schedule(THREADS)).hasSize(40).startsWith("cpu0").endsWith("cpu0");
        assertThat(TraceCode.parse(c.toString())).isEqualTo(c);
    }

    @Test
    void keepsAListValuedKnob() {
        TraceCode c = TraceCode.of("fast-path", "v6.14", Map.of("load-order", "start,pgoff,inode"), List.of("cpu0"), THREADS);
        assertThat(TraceCode.parse(c.toString()).knobs()).containsEntry("load-order", "start,pgoff,inode");
    }

    @Test
    void rejectsSomethingThatIsNotACode() {
        assertThatThrownBy(() -> TraceCode.parse("fast-path@v6.14@x9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LESSON@VARIANT");
    }

    @Test
    void parsesALongScheduleWithoutRecursion() {
        // a nested regex repetition overflowed the stack on a few thousand characters of this
        String schedule = "ab".repeat(9_000);
        assertThat(TraceCode.parse("fast-path@v6.14@" + schedule).picks()).hasSize(18_000);
    }

    @Test
    void refusesCodesPastTheLimitsWithTheLimit() {
        assertThatThrownBy(() -> TraceCode.parse("fast-path@v6.14@" + "ab".repeat(TraceCode.MAX_LENGTH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most " + TraceCode.MAX_LENGTH + " characters");
        assertThatThrownBy(() -> TraceCode.parse("fast-path@v6.14@a99999999999999999999"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too long");
        assertThatThrownBy(() -> TraceCode.parse("fast-path@v6.14@a60000b60000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than " + TraceCode.MAX_PICKS + " steps");
        assertThatThrownBy(() -> TraceCode.parse("fast-path@v6.14@a1@b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TraceCode.parse("fast-path@v6.14,seq-bits@a")).isInstanceOf(IllegalArgumentException.class);
    }
}
