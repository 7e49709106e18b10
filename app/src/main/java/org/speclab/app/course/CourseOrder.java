package org.speclab.app.course;

import java.util.List;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonCatalog;

/**
 * The order a course teaches the bundled lessons in is the catalog's (its index: the merged code first, then the
 * broken variants B1 … B14); this names a broken lesson by its variant's B number (docs/model.md §6).
 */
public final class CourseOrder {
    private CourseOrder() {}

    /** Every bundled lesson, in course order. */
    public static List<Lesson> lessons() { return LessonCatalog.bundled(); }

    /** "B7" for a lesson of a broken variant, else "". */
    public static String brokenTag(Lesson l) {
        return l.scenario().variant().broken() ? l.scenario().variant().tag() : "";
    }
}
