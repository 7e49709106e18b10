package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The outcome grammar of docs/model.md §7. */
class OutcomeNamesTest {
    private static final List<String> ONE = List.of("cpu0");
    private static final List<String> TWO = List.of("cpu0", "cpu2");

    @ParameterizedTest(name = "{0} is well-formed with one reader")
    @ValueSource(strings = {"speculative-hit", "fallback-seq-changed/locked-miss-restart", "fallback-no-file/locked-miss-sigtrap",
            "locked-hit", "wrong-uprobe", "use-after-free", "uprobe-freed-in-use", "trusted-negative", "livelock"})
    void acceptsTheSingleReaderForms(String name) {
        // given / when / then
        assertThat(OutcomeNames.check(name, ONE)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is well-formed with readers cpu0 and cpu2")
    @ValueSource(strings = {"cpu0=speculative-hit,cpu2=fallback-writer-active/locked-hit", "cpu0=locked-hit,cpu2=locked-hit", "livelock"})
    void acceptsTheMultiReaderForms(String name) {
        // given / when / then
        assertThat(OutcomeNames.check(name, TWO)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            speculative-hit                                   | must name each of the 2 readers, in order
            cpu2=speculative-hit,cpu0=speculative-hit         | should name reader cpu0
            cpu0=speculative-hit,cpu2=fallback-seq-changed    | unknown outcome 'fallback-seq-changed'
            cpu0=speculative-hit                              | must name each of the 2 readers, in order
            """)
    void refusesMalformedMultiReaderNames(String name, String message) {
        // given / when / then
        assertThat(OutcomeNames.check(name, TWO)).get().extracting(OutcomeNames.Bad::message).asString().contains(message);
    }

    @ParameterizedTest(name = "{0} is refused with one reader")
    @ValueSource(strings = {"fallback-seq-changed", "speculative-hit/locked-hit", "locked-miss", "cpu0=speculative-hit", "unfinished"})
    void refusesMalformedSingleReaderNames(String name) {
        // given / when / then
        assertThat(OutcomeNames.check(name, ONE)).isPresent();
    }
}
