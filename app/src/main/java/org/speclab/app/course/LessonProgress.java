package org.speclab.app.course;

import java.util.HashSet;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Which lessons are done, remembered between runs in {@link Preferences} (a user node by default; tests hand in a
 * temporary node), or only in memory. A lesson is done once its run has been followed to the end.
 */
public final class LessonProgress {
    /** The window's own node: {@code org/speclab/progress} under the user's preferences. */
    public static final String NODE = "org/speclab/progress";

    private final Preferences prefs;
    private final Set<String> memory = new HashSet<>();

    private LessonProgress(Preferences prefs) { this.prefs = prefs; }

    public static LessonProgress in(Preferences node) { return new LessonProgress(node); }

    public static LessonProgress user() { return in(Preferences.userRoot().node(NODE)); }

    /** Nothing is written anywhere (tests, headless snapshots). */
    public static LessonProgress inMemory() { return new LessonProgress(null); }

    public boolean done(String lessonId) {
        return prefs == null ? memory.contains(lessonId) : prefs.getBoolean(lessonId, false);
    }

    public void markDone(String lessonId) {
        if (prefs == null) {
            memory.add(lessonId);
            return;
        }
        if (done(lessonId)) return;
        prefs.putBoolean(lessonId, true);
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // the mark stays for this run; progress is a convenience, never a reason to interrupt a lecture
        }
    }
}
