package org.speclab.engine.run;

/** The earlier step of another thread that made a decision go the way it did. */
public record Cause(int step, String thread, String what) {
    @Override
    public String toString() { return what + " on " + thread + ", step " + step; }
}
