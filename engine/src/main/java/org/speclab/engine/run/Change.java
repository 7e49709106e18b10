package org.speclab.engine.run;

/** One field a step changed, shown as {@code field before → after}. */
public record Change(String field, String before, String after) {
    @Override
    public String toString() { return field + " " + before + " → " + after; }
}
