package org.speclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.speclab.app.Main;

/** {@code speclab bench throughput} as a user types it: the published row format, CSV, reasons, exit 2 on bad input. */
class BenchThroughputCommandTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private String out() { return console.out(); }

    private String err() { return console.err(); }

    @Test
    void printsBeforeAndAfterRowsInThePublishedFormat() {
        assertThat(Main.run("bench", "throughput", "--cpus", "1,8")).isZero();
        List<String> rows = out().lines().filter(l -> l.startsWith("uprobe-nop")).toList();
        assertThat(rows).hasSize(4).allMatch(l -> l.matches("uprobe-nop \\( ?\\d+ cpus\\): +\\d+\\.\\d{3} ± \\d+\\.\\d{3}M/s \\( +\\d+\\.\\d{3}M/s/cpu\\)"));
        assertThat(out()).contains("v6.13 — BEFORE").contains("v6.14 — AFTER");
        assertThat(err()).isEmpty();
    }

    @Test
    void csvHasTheHeaderAndOneRowPerCpuCountAndVariant() {
        assertThat(Main.run("bench", "throughput", "--cpus", "1,2,4", "--csv")).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("cpus,variant,total_mps,stddev_mps,per_cpu_mps");
        assertThat(lines).hasSize(1 + 2 * 3);
        assertThat(lines.get(1)).startsWith("1,v6.13,");
        assertThat(lines.get(4)).startsWith("1,v6.14,");
    }

    @Test
    void explainNamesTheLineThatBouncesUnderBeforeAndNoneUnderAfter() {
        assertThat(Main.run("bench", "throughput", "--cpus", "8", "--explain")).isZero();
        assertThat(out()).contains("locked-rmw").contains("handoff-same-socket")
                .contains("most moved: mm.mmap_lock.count + mm.mmap_lock.owner")
                .contains("no line moves between cores");
    }

    @Test
    void writersSplitHitsIntoSpeculativeAndFallback() {
        assertThat(Main.run("bench", "throughput", "--cpus", "8", "--variant", "v6.14", "--writers", "20000")).isZero();
        assertThat(out()).containsPattern("\\[speculative \\d+\\.\\d{3}, fallback \\d+\\.\\d{3} M/s]");
    }

    @Test
    void defaultCpusStopAtTheTopologysSize() {
        assertThat(Main.run("bench", "throughput", "--topology", "1s-8c", "--variant", "v6.14", "--csv")).isZero();
        assertThat(out().lines().skip(1).map(l -> l.split(",")[0]).toList()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --cpus     | 0        | out of range
            --cpus     | 1,,4     | is not a CPU count
            --cpus     | 81       | out of range
            --topology | mars     | unknown
            --writers  | -5       | 0 or more
            --variant  | v9       | pick one of those
            --variant  | no-end-check | pick one of those
            """)
    void badArgumentsExit2WithOneLine(String option, String value, String says) {
        assertThat(Main.run("bench", "throughput", option, value)).isEqualTo(2);
        assertThat(err().lines().toList()).hasSize(1);
        assertThat(err()).startsWith(option + " " + value + ":").contains(says);
        assertThat(out()).isEmpty();
    }
}
