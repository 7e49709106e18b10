package org.speclab.app.stepper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeWordsTest {
    @Test
    void anOutcomeNameOnScreenHasNonBreakingHyphensAndMayBreakOnlyAtTheSlash() {
        // given: the engine's sentence at the end of a fallback
        String engine = "cpu0 leaves the RCU Tasks Trace section; handle_swbp() is done: fallback-seq-changed/locked-miss-restart";
        // when
        String shown = OutcomeWords.display(engine);
        // then: each name keeps its look, with hyphens a line never breaks at; a line may break at the spaced "/"
        assertThat(shown).endsWith("done: fallback\u2011seq\u2011changed / locked\u2011miss\u2011restart");
        assertThat(shown).doesNotContain("-");
        // and the stable name is what it says underneath (JSON, CSV and the CLI keep ASCII hyphens)
        assertThat(OutcomeWords.stable(shown)).isEqualTo(engine);
        // and showing it twice changes nothing
        assertThat(OutcomeWords.display(shown)).isEqualTo(shown);
    }

    @Test
    void onlyOutcomeNamesChange() {
        // "read-locked" is not an outcome name, and "locked-miss" alone is only part of one
        assertThat(OutcomeWords.display("read-locked, locked-miss-sigtrap and P1 wrong-uprobe; x-locked-hit"))
                .isEqualTo("read-locked, locked\u2011miss\u2011sigtrap and P1 wrong\u2011uprobe; x-locked-hit");
        assertThat(OutcomeWords.display("cpu0=fallback-no-vma/locked-hit,cpu2=speculative-hit"))
                .isEqualTo("cpu0=fallback\u2011no\u2011vma / locked\u2011hit,cpu2=speculative\u2011hit");
    }

    @Test
    void theWordsOfAnOutcomeAreDisplayText() {
        assertThat(OutcomeWords.outcome("fallback-writer-active/locked-miss-restart"))
                .startsWith("fell back because mm_lock_seq was odd").doesNotContain("locked-miss");
        assertThat(OutcomeWords.property(org.speclab.engine.step.Property.P3)).startsWith("P3 uprobe\u2011freed\u2011in\u2011use: ");
    }
}
