package org.speclab.app.course;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.speclab.lessons.Lesson;

/**
 * The order a course teaches the bundled lessons in: the merged code from the fast path to the hard races, then
 * the broken variants B1 … B13 in number order (a broken lesson's variant gives its B number, DESIGN.md §4).
 * Lessons this list does not know come after their group, by id.
 */
public final class CourseOrder {
    /** The merged code's lessons, easiest first. */
    static final List<String> MERGED = List.of("fast-path", "writer-holds-lock", "munmap-file-reuse", "mprotect-split",
            "uprobe-unregister", "retry-budget", "two-readers-two-writers");

    private CourseOrder() {}

    public static List<Lesson> sort(List<Lesson> lessons) {
        List<Lesson> out = new ArrayList<>(lessons);
        out.sort(Comparator.comparingInt(CourseOrder::group).thenComparingInt(CourseOrder::rank).thenComparing(Lesson::id));
        return out;
    }

    /** "B7" for a lesson of a broken variant, else "". */
    public static String brokenTag(Lesson l) {
        return l.scenario().variant().broken() ? l.scenario().variant().tag() : "";
    }

    private static int group(Lesson l) { return l.scenario().variant().broken() ? 1 : 0; }

    private static int rank(Lesson l) {
        if (l.scenario().variant().broken()) {
            String tag = brokenTag(l);
            try {
                return Integer.parseInt(tag.substring(1));
            } catch (RuntimeException e) {
                return Integer.MAX_VALUE;
            }
        }
        int i = MERGED.indexOf(l.id());
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
