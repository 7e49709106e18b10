package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestTest {
    private static final List<String> OPS = List.of("munmap", "mprotect", "mremap", "open", "close", "fork");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            munmapp,  munmap
            mnumap,   munmap
            MUNMAP,   munmap
            mprotetc, mprotect
            opne,     open
            """)
    void suggestsTheClosestNameForATypo(String typo, String meant) {
        // given / when / then
        assertThat(Suggest.closest(typo, OPS)).contains(meant);
    }

    @ParameterizedTest(name = "{0} is too far from anything")
    @CsvSource({"xyz", "madvise", "o"})
    void suggestsNothingForAFarWord(String word) {
        // given / when / then
        assertThat(Suggest.closest(word, OPS)).isEmpty();
    }
}
