package org.speclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.speclab.app.Main;

/** {@code speclab bench check}: its output format and exit codes, on one fresh run of the smallest lesson (no timings asserted). */
class BenchCheckCommandTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void oneColdRunOfOneLessonPrintsTheHeaderARowAndTheWarmRate() {
        assertThat(Main.run("bench", "check", "--lesson", "fast-path", "--runs", "1")).isZero();
        var lines = console.out().strip().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).matches("bench check: cold `speclab check`, start to exit, a fresh JVM per run, 1 run per row;"
                + " load average -?[0-9.]+ on [0-9]+ cores");
        // Not started by the launcher: a plain java with this class path, and it says so.
        assertThat(lines.get(1)).startsWith("via: ").contains(" -cp … org.speclab.app.Main (not started by ./speclab");
        assertThat(lines.get(2).split("\\s{2,}")).containsExactly("lesson", "verdict", "states", "wall min", "wall median", "search", "search states/s");
        // The fresh process's own verdict and state count, as `speclab check fast-path` prints them.
        assertThat(lines.get(3)).matches("fast-path\\s+holds\\s+17\\s+[0-9.]+ s\\s+[0-9.]+ s\\s+[0-9.]+ s\\s+[0-9,]+");
        assertThat(lines.get(4)).matches("warm search of fast-path: 17 states, best [0-9.]+ s, median [0-9.]+ s = [0-9,]+ states/s"
                + " \\(this JVM after 2 warm-up searches, [0-9]+ workers\\), where a cold check searched at [0-9,]+ states/s");
        assertThat(console.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --runs   | 0         | --runs 0: out of range — give 1 to 1000
            --runs   | 1001      | --runs 1001: out of range — give 1 to 1000
            --runs   | many      | Invalid value for option '--runs'
            --lesson | fast-pth  | no bundled lesson 'fast-pth'
            """)
    void badArgumentsExit2WithOneLineBeforeAnyRun(String option, String value, String says) {
        assertThat(Main.run("bench", "check", option, value)).isEqualTo(2);
        assertThat(console.err().lines().toList()).hasSize(1);
        assertThat(console.err()).contains(says);
        assertThat(console.out()).isEmpty();
    }
}
