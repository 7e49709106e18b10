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
}
