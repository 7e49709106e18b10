package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LessonProblemTest {
    @Test
    void formatsAsPathLineColumnMessageAndFix() {
        // given
        LessonProblem p = new LessonProblem("lessons/x.yaml", 7, 12, "unknown thread 'wirter'", "did you mean 'writer'?");
        // when
        String line = p.format();
        // then
        assertThat(line).isEqualTo("lessons/x.yaml:7:12: unknown thread 'wirter' — did you mean 'writer'?");
    }

    @Test
    void staysOnOneLineWhenTheMessageHasLineBreaks() {
        // given
        LessonProblem p = new LessonProblem("x.yaml", 1, 1, "first\nsecond\r\n third", "do\nthis");
        // when
        String line = p.format();
        // then
        assertThat(line).isEqualTo("x.yaml:1:1: first second third — do this").doesNotContain("\n");
    }

    @Test
    void exceptionMessageIsTheFirstProblem() {
        // given
        var problems = List.of(new LessonProblem("x.yaml", 2, 3, "a", "b"), new LessonProblem("x.yaml", 4, 5, "c", "d"));
        // when
        LessonException e = new LessonException(problems);
        // then
        assertThat(e.getMessage()).isEqualTo("x.yaml:2:3: a — b");
        assertThat(e.problems()).hasSize(2);
    }
}
