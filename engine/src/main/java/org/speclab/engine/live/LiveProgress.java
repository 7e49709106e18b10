package org.speclab.engine.live;

/** How the live benchmark reports (the window adapts it to a Task); no JavaFX here. */
public interface LiveProgress {
    /** A point is done. */
    default void row(LiveRow row) {}

    /** {@code done} of {@code total} sample slots measured. */
    default void progress(long done, long total) {}

    /** Polled between samples: stop measuring when true. */
    default boolean cancelled() { return false; }

    LiveProgress NONE = new LiveProgress() {};
}
