package org.speclab.engine.check;

/** How the checker reports progress and learns it should stop; the GUI adapts it to a Task, the CLI to stderr. */
public interface CheckProgress {
    CheckProgress NONE = new CheckProgress() {
        @Override public void explored(long states, long frontier, double statesPerSecond) {}

        @Override public boolean cancelled() { return false; }
    };

    /** Called after each breadth-first level (and at least every few thousand states). */
    void explored(long states, long frontier, double statesPerSecond);

    boolean cancelled();
}
