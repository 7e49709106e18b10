package org.speclab.app.narration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A folded lesson answer keeps its first sentence: the direct answer to the lesson's question. */
class FirstSentenceTest {
    @Test
    void endsAtTheFirstFullStopBeforeACapital() {
        assertThat(NarrationView.firstSentence("Never. On this schedule cpu2 arrives inside munmap's write section.")).isEqualTo("Never.");
    }

    @Test
    void keepsAFullStopInsideANameOrANumber() {
        assertThat(NarrationView.firstSentence("Never in v6.14: the reader is inside rcu_read_lock_trace() (speculative-hit)."))
                .isEqualTo("Never in v6.14: the reader is inside rcu_read_lock_trace() (speculative-hit).");
    }
}
