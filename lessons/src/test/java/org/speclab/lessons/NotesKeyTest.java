package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The optional {@code notes} key: presenter notes keyed to steps, validated like narration. */
class NotesKeyTest {
    @Test
    void aLessonWithoutTheKeyHasNoNotes() {
        assertThat(Texts.load(Texts.VALID).notes()).isEmpty();
    }

    @Test
    void readsNotesByStep() {
        Lesson l = Texts.load(Texts.VALID + "notes: { 0: \"Ask who has seen a seqlock.\", 12: \"Point at the count.\" }\n");
        assertThat(l.notes()).containsEntry(0, "Ask who has seen a seqlock.").containsEntry(12, "Point at the count.").hasSize(2);
    }

    @Test
    void aNotePastTheEndOfTheRunIsLocated() {
        assertThat(Texts.first(Texts.VALID + "notes: { 400: \"too far\" }\n"))
                .startsWith("t.yaml:17:10: notes for step 400, but the lesson's run has ");
    }

    @Test
    void aNoteMustBeKeyedByAStepNumber() {
        assertThat(Texts.first(Texts.VALID + "notes: { end: \"x\" }\n")).startsWith("t.yaml:17:10: a notes step must be a step number, not 'end'");
    }

    @Test
    void aMisspelledKeySuggestsNotes() {
        assertThat(Texts.first(Texts.VALID + "note: { 1: \"x\" }\n")).contains("did you mean 'notes'");
    }
}
