package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code speclab lint}: problems as values, never an exception. */
class LessonLinterTest {
    @TempDir
    Path dir;

    @Test
    void cleanFileHasNoProblems() throws Exception {
        // given
        Path f = Files.writeString(dir.resolve("ok.yaml"), Texts.VALID);
        // when / then
        assertThat(LessonLinter.lint(f)).isEmpty();
    }

    @Test
    void reportsEveryProblemOfABadFileNamedByItsPath() throws Exception {
        // given
        Path f = Files.writeString(dir.resolve("bad.yaml"), Texts.VALID.replace("question:", "qestion:") + "variant: v6.15\n");
        // when
        var problems = LessonLinter.lint(f);
        // then
        assertThat(problems).hasSize(2).allMatch(p -> p.file().equals(f.toString()));
        assertThat(problems.get(0).format()).startsWith(f + ":3:1: unknown key 'qestion'");
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        // given
        Path f = dir.resolve("nope.yaml");
        // when
        var problems = LessonLinter.lint(f);
        // then
        assertThat(problems).extracting(LessonProblem::format)
                .containsExactly(f + ":1:1: no such file — check the path; `speclab lessons` lists the bundled lessons by id");
    }

    @Test
    void directoryIsAProblem() {
        // given / when
        var problems = LessonLinter.lint(dir);
        // then
        assertThat(problems).extracting(LessonProblem::message).containsExactly("is a directory, not a lesson file");
    }

    @Test
    void tooLargeFileIsRefusedBeforeItIsRead() throws Exception {
        // given
        Path f = Files.write(dir.resolve("big.yaml"), new byte[300 * 1024]);
        // when
        var problems = LessonLinter.lint(f);
        // then
        assertThat(problems).extracting(LessonProblem::format).containsExactly(f + ":1:1: the file is 300 KiB;"
                + " lesson files are limited to 256 KiB — a lesson needs only a few KiB; split it, or check that this is a lesson file");
    }

    @Test
    void invalidUtf8IsLocatedAtItsByte() throws Exception {
        // given
        byte[] head = "id: x\ntitle: \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xe9;
        bytes[head.length + 1] = '"';
        Path f = Files.write(dir.resolve("latin1.yaml"), bytes);
        // when
        var problems = LessonLinter.lint(f);
        // then
        assertThat(problems).extracting(LessonProblem::format)
                .containsExactly(f + ":2:12: the file is not valid UTF-8 (byte 0xe9) — save it as UTF-8");
    }

    @Test
    void columnsCountCharactersNotBytesOrUtf16Units() throws Exception {
        // given: "😀" is 4 bytes in UTF-8 and 2 units in UTF-16, but one column
        Path f = Files.writeString(dir.resolve("utf8.yaml"), Texts.VALID + "outcomes: { expected: [\"😀\", speculative-ht] }\n");
        // when
        var problems = LessonLinter.lint(f);
        // then
        assertThat(problems).extracting(LessonProblem::line, LessonProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(17, 24), org.assertj.core.groups.Tuple.tuple(17, 29));
    }

    @Test
    void byteOrderMarkIsIgnored() throws Exception {
        // given
        Path f = Files.writeString(dir.resolve("bom.yaml"), "\uFEFF" + Texts.VALID);
        // when / then
        assertThat(LessonLinter.lint(f)).isEmpty();
    }
}
