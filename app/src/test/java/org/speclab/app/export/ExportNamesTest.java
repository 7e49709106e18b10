package org.speclab.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names derived from what the user typed stay short and plain (issue #11: a long trace code as a file name). */
class ExportNamesTest {
    @Test
    void aLessonIdOrFileKeepsItsName() {
        assertThat(FrameExport.baseName("munmap-file-reuse")).isEqualTo("munmap-file-reuse");
        assertThat(FrameExport.baseName("lessons@home/my-lesson.yaml")).isEqualTo("my-lesson");
    }

    @Test
    void aLongTraceCodeBecomesLessonVariantAndAHash() {
        String code = "fast-path@v6.14,seq-bits=4@" + "ab".repeat(5_000);
        String name = FrameExport.baseName(code);
        assertThat(name).startsWith("fast-path-v6.14-seq-bits_4-").matches("[A-Za-z0-9._-]+").hasSizeLessThanOrEqualTo(80);
        assertThat(FrameExport.baseName(code + "a")).isNotEqualTo(name);
    }

    @Test
    void oddCharactersAndLengthAreTamed() {
        assertThat(FrameExport.baseName("../..\u001b[2J.yaml")).matches("[A-Za-z0-9._-]+").doesNotStartWith(".");
        assertThat(FrameExport.baseName("x".repeat(500))).hasSizeLessThanOrEqualTo(80);
    }
}
