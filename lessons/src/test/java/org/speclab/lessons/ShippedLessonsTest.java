package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.speclab.engine.run.Trace;
import org.speclab.engine.run.TraceEntry;
import org.speclab.engine.run.TraceText;

/** Every bundled lesson loads, is named after its file, and its own run ends in an outcome it declares expected. */
class ShippedLessonsTest {
    static Stream<String> ids() { return LessonCatalog.ids().stream(); }

    @ParameterizedTest(name = "{0} loads cleanly from the jar")
    @MethodSource("ids")
    void loadsCleanlyFromTheJar(String id) throws LessonException {
        // given / when
        Lesson l = LessonCatalog.loadBundled(id);
        // then
        assertThat(l.id()).isEqualTo(id);
        assertThat(l.source()).isEqualTo("bundled:" + id);
        assertThat(l.result()).as("the answer comes first").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}.yaml in the module folder lints clean")
    @MethodSource("ids")
    void sourceFileLintsClean(String id) {
        // given
        Path file = Modules.lessonsDir().resolve(id + ".yaml");
        // when
        var problems = LessonLinter.lint(file);
        // then
        assertThat(problems).extracting(LessonProblem::format).isEmpty();
    }

    @ParameterizedTest(name = "{0}: its run ends in an expected outcome")
    @MethodSource("ids")
    void runEndsInAnExpectedOutcome(String id) {
        // given
        Lesson l = LessonCatalog.byId(id).orElseThrow();
        // when
        Trace t = LessonReplay.run(l.scenario());
        // then
        assertThat(l.scenario().outcomes().expected()).as(TraceText.summary(t)).contains(t.outcome());
        assertThat(l.scenario().outcomes().forbidden()).doesNotContain(t.outcome());
        assertThat(t.end()).isIn(Trace.End.FINISHED, Trace.End.VIOLATION);
    }

    @ParameterizedTest(name = "{0} names the panels its story needs")
    @MethodSource("ids")
    void declaresThePanelsPresentationModeShows(String id) throws java.io.IOException {
        // given: without the key a lesson gets every panel, small, in presentation mode
        String yaml = java.nio.file.Files.readString(Modules.lessonsDir().resolve(id + ".yaml"));
        // when
        Lesson l = LessonCatalog.byId(id).orElseThrow();
        // then
        assertThat(yaml).containsPattern("(?m)^panels: \\[");
        assertThat(l.panels()).contains(Panel.CODE, Panel.NARRATION).hasSizeLessThan(Panel.values().length);
    }

    @ParameterizedTest(name = "{0}: a correct variant shows no violation, a broken one shows its own")
    @MethodSource("ids")
    void brokenLessonsShowTheirVariantsViolationAndOthersNone(String id) {
        // given
        Lesson l = LessonCatalog.byId(id).orElseThrow();
        // when
        Trace t = LessonReplay.run(l.scenario());
        // then
        if (l.scenario().variant().broken()) {
            assertThat(id).startsWith("broken-");
            assertThat(t.violation()).isNotNull();
            assertThat(t.violation().property().name()).isEqualTo(l.scenario().variant().breaks());
        } else {
            assertThat(t.violation()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}: at least one predict-then-reveal quiz, and narration")
    @MethodSource("ids")
    void everyLessonHasAQuizAndNarration(String id) {
        // given
        Lesson l = LessonCatalog.byId(id).orElseThrow();
        // when
        int steps = LessonReplay.run(l.scenario()).size();
        // then
        assertThat(l.quizzes()).as("at least one quiz").isNotEmpty();
        assertThat(l.quizzes()).allMatch(q -> q.answer() >= 1 && q.answer() <= q.choices().size());
        assertThat(l.narration()).as("narration notes").hasSizeGreaterThanOrEqualTo(3);
        assertThat(l.narration().keySet()).as("narration keys within the run of " + steps + " steps").allMatch(s -> s <= steps);
    }

    @ParameterizedTest(name = "{0}: narration and quizzes fall inside the run")
    @MethodSource("ids")
    void narrationAndQuizzesFallInsideTheRun(String id) {
        // given
        Lesson l = LessonCatalog.byId(id).orElseThrow();
        // when
        int steps = LessonReplay.run(l.scenario()).size();
        // then
        assertThat(l.narration().keySet()).allMatch(s -> s >= 0 && s <= steps);
        assertThat(l.quizzes()).allMatch(q -> q.step() >= 1 && q.step() <= steps);
    }

    /** A narration line that opens with a kernel call, e.g. {@code "fput() drops …"}, names that call. */
    private static final Pattern OPENS_WITH_CALL = Pattern.compile("^([a-z_][a-z0-9_]*)\\(\\)");

    /** The munmap and mmap teardown calls, whose order 6.14 fixes (mm/vma.c, mm/memory.c) and lessons narrate. */
    private static final java.util.Set<String> TEARDOWN = java.util.Set.of("vma_iter_clear_gfp", "mmap_write_downgrade",
            "downgrade_write", "uprobe_munmap", "unmap_page_range", "fput", "vm_area_free", "mmap_read_unlock", "__fput",
            "uprobe_mmap");

    @ParameterizedTest(name = "{0}: a narration line that opens with a teardown call sits on that call's step")
    @MethodSource("ids")
    void narrationThatNamesACallSitsOnThatStep(String id) {
        // given: re-keying after a step reorder must move the line with its step
        Lesson l = LessonCatalog.byId(id).orElseThrow();
        // when
        Trace t = LessonReplay.run(l.scenario());
        // then
        List<String> misplaced = new ArrayList<>();
        for (Map.Entry<Integer, String> n : l.narration().entrySet()) {
            if (n.getKey() < 1 || n.getKey() > t.size()) continue;
            TraceEntry e = t.entries().get(n.getKey() - 1);
            String text = n.getValue();
            Matcher m = OPENS_WITH_CALL.matcher(text);
            if (m.find() && TEARDOWN.contains(m.group(1)) && !e.function().equals(m.group(1))) misplaced.add(n.getKey() + ": " + m.group(1) + "() on " + e.label() + " " + e.function());
            if (text.startsWith("The downgrade") && !e.label().equals("WD1")) misplaced.add(n.getKey() + ": the downgrade on " + e.label());
        }
        assertThat(misplaced).isEmpty();
    }
}
