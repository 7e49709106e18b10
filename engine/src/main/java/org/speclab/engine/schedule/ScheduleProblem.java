package org.speclab.engine.schedule;

/** A schedule that cannot be followed: it names an unknown thread, or one that cannot move at that step. */
public final class ScheduleProblem extends RuntimeException {
    private final int position;

    public ScheduleProblem(int position, String message) {
        super(message);
        this.position = position;
    }

    /** 1-based position of the offending entry in the schedule. */
    public int position() { return position; }
}
