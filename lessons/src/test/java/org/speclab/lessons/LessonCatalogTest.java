package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCatalogTest {
    private static List<String> yamlFiles() throws IOException {
        try (Stream<Path> s = Files.list(Modules.lessonsDir())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }

    @Test
    void indexListsExactlyTheLessonFilesOfTheModuleFolder() throws IOException {
        // given
        List<String> files = yamlFiles();
        // when
        List<String> index = LessonCatalog.ids();
        // then
        assertThat(index).containsExactlyInAnyOrderElementsOf(files).doesNotHaveDuplicates();
    }

    @Test
    void bundledListsEveryShippedLessonInIndexOrder() throws IOException {
        // given
        List<String> files = yamlFiles();
        // when
        List<Lesson> bundled = LessonCatalog.bundled();
        // then
        assertThat(bundled).extracting(Lesson::id).containsExactlyInAnyOrderElementsOf(files).containsExactlyElementsOf(LessonCatalog.ids());
        assertThat(bundled).extracting(Lesson::id).contains("fast-path", "munmap-file-reuse", "mprotect-split", "uprobe-unregister",
                "writer-holds-lock", "retry-budget", "broken-no-end-check", "broken-spin-on-odd");
    }

    @Test
    void readmeHasOneLinePerShippedLessonWithItsQuestion() throws IOException {
        // given
        String readme = Files.readString(Modules.lessonsDir().resolve("README.md"));
        // when
        List<Lesson> bundled = LessonCatalog.bundled();
        // then
        for (Lesson l : bundled) assertThat(readme).contains("- `" + l.id() + "` — " + l.question() + "\n");
    }

    @Test
    void bundledListsTheMergedCodeFirstThenTheBrokenVariantsInTagOrder() {
        // given / when
        List<Lesson> bundled = LessonCatalog.bundled();
        List<Boolean> broken = bundled.stream().map(l -> l.scenario().variant().broken()).toList();
        List<Integer> tags = bundled.stream().filter(l -> l.scenario().variant().broken())
                .map(l -> Integer.parseInt(l.scenario().variant().tag().substring(1))).toList();
        // then
        assertThat(broken.indexOf(true)).as("the first broken lesson").isPositive();
        assertThat(broken.subList(broken.indexOf(true), broken.size())).as("no correct lesson after a broken one").doesNotContain(false);
        assertThat(tags).as("B1, B2, … in order").isSorted().doesNotHaveDuplicates();
    }

    @Test
    void readmeListsTheShippedLessonsInCatalogOrder() throws IOException {
        // given
        String readme = Files.readString(Modules.lessonsDir().resolve("README.md"));
        // when
        List<Integer> at = LessonCatalog.bundled().stream().map(l -> readme.indexOf("- `" + l.id() + "` — ")).toList();
        // then
        assertThat(at).doesNotContain(-1).isSorted();
    }

    @Test
    void byIdFindsABundledLesson() {
        // given / when
        var l = LessonCatalog.byId("munmap-file-reuse");
        // then
        assertThat(l).isPresent();
        assertThat(l.get().scenario().threads()).hasSize(3);
        assertThat(LessonCatalog.byId("no-such-lesson")).isEmpty();
    }

    @Test
    void resolveTakesAnIdForABundledLesson() throws LessonException {
        // given / when
        Lesson l = LessonCatalog.resolve("fast-path");
        // then
        assertThat(l.source()).isEqualTo("bundled:fast-path");
    }

    @Test
    void resolveTakesAPathForAFile(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, Texts.VALID);
        // when
        Lesson l = LessonCatalog.resolve(file.toString());
        // then
        assertThat(l.id()).isEqualTo("test-lesson");
        assertThat(l.source()).isEqualTo(file.toString());
    }

    @Test
    void resolveTakesAnExistingFileEvenWithoutTheYamlSuffix(@TempDir Path dir) throws Exception {
        // given
        Path file = dir.resolve("fast-path");
        Files.writeString(file, Texts.VALID);
        // when
        Lesson l = LessonCatalog.resolve(file.toString());
        // then
        assertThat(l.id()).isEqualTo("test-lesson");
    }

    @Test
    void resolveReportsAnUnknownIdWithAHint() {
        // given / when / then
        assertThatThrownBy(() -> LessonCatalog.resolve("fast-pth")).isInstanceOf(LessonException.class)
                .hasMessage("fast-pth:1:1: no bundled lesson 'fast-pth' and no such file — did you mean 'fast-path'? run `speclab lessons` to list them");
    }

    @Test
    void resolveReportsAMissingYamlFileAsAFile() {
        // given / when / then
        assertThatThrownBy(() -> LessonCatalog.resolve("missing/lesson.yaml")).isInstanceOf(LessonException.class)
                .hasMessageStartingWith("missing/lesson.yaml:1:1: no such file");
    }
}
