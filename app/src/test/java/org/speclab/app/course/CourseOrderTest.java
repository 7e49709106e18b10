package org.speclab.app.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonCatalog;

class CourseOrderTest {
    @Test
    void theMergedCodeComesFirstFromTheFastPathThenB1ToB14InNumberOrder() {
        List<Lesson> sorted = CourseOrder.lessons();
        // the course: fast path → writer holds lock → munmap reuse → mprotect → unregister → retry → …
        assertThat(sorted).extracting(Lesson::id).startsWith("fast-path", "writer-holds-lock", "munmap-file-reuse", "mprotect-split",
                "uprobe-unregister", "retry-vs-fallback", "retry-budget");
        List<String> tags = sorted.stream().map(CourseOrder::brokenTag).filter(t -> !t.isEmpty()).toList();
        assertThat(tags).containsExactly("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11", "B12", "B13", "B14");
        assertThat(tags).startsWith("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11", "B12", "B13");
        assertThat(tags.stream().map(t -> Integer.parseInt(t.substring(1))).toList()).isSorted();
        int firstBroken = sorted.indexOf(sorted.stream().filter(l -> l.scenario().variant().broken()).findFirst().orElseThrow());
        assertThat(sorted.subList(firstBroken, sorted.size())).allMatch(l -> l.scenario().variant().broken());
    }

    @Test
    void factsComeFromTheLessonsOwnRun() {
        LessonFacts fast = LessonFacts.of(LessonCatalog.byId("fast-path").orElseThrow());
        LessonFacts munmap = LessonFacts.of(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        assertThat(munmap.steps()).isEqualTo(35);
        assertThat(munmap.minutes()).isEqualTo(7);   // 35 steps × 10 s, rounded up, + 1 quiz
        assertThat(fast.difficulty()).isEqualTo("intro");
        assertThat(munmap.difficulty()).isEqualTo("core");
    }

    @Test
    void factsAreReplayedOncePerLessonAndAnEditedLessonWithTheSameIdGetsItsOwn() {
        Lesson munmap = LessonCatalog.byId("munmap-file-reuse").orElseThrow();
        assertThat(LessonFacts.of(munmap)).isSameAs(LessonFacts.of(LessonCatalog.byId("munmap-file-reuse").orElseThrow()));
        // the same lesson without its quiz: a minute shorter, not the cached bundled figure
        Lesson edited = new Lesson(munmap.scenario(), munmap.source(), munmap.narration(), List.of(), munmap.result(), munmap.chart(),
                munmap.notes(), munmap.panels());
        assertThat(edited.id()).isEqualTo(munmap.id());
        assertThat(LessonFacts.of(edited).minutes()).isEqualTo(6);
        assertThat(LessonFacts.of(munmap).minutes()).isEqualTo(7);
    }

    @Test
    void progressIsRememberedInThePreferencesNodeItIsGiven() throws Exception {
        var node = java.util.prefs.Preferences.userRoot().node("speclab-test-" + java.util.UUID.randomUUID());
        try {
            LessonProgress.in(node).markDone("fast-path");
            assertThat(LessonProgress.in(node).done("fast-path")).isTrue();
            assertThat(LessonProgress.in(node).done("mprotect-split")).isFalse();
            assertThat(LessonProgress.inMemory().done("fast-path")).isFalse();
        } finally {
            node.removeNode();
        }
    }
}
