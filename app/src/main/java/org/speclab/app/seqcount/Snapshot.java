package org.speclab.app.seqcount;

/**
 * One reader CPU's snapshot of mm_lock_seq as the view shows it: the value it took at S2 while it speculates
 * ({@code seq} null outside that window) and whether the count still equals it.
 */
public record Snapshot(int thread, String name, Long seq, Match match) {
    public enum Match {
        /** Not speculating: no snapshot to compare. */
        NONE,
        /** The count still equals the snapshot: the end check would pass. */
        SAME,
        /** A writer moved the count since the snapshot: the end check will fail. */
        DIFFERENT
    }

    /** "2 ✓", "2 ✗" or "—": the mark carries the meaning, not only the colour. */
    public String text() {
        return switch (match) {
            case NONE -> "—";
            case SAME -> seq + " ✓";
            case DIFFERENT -> seq + " ✗";
        };
    }

    /** For the tooltip and screen readers. */
    public String explanation(long now) {
        return switch (match) {
            case NONE -> name + " is not speculating: it holds no snapshot";
            case SAME -> name + " took mm_lock_seq = " + seq + " at S2; it is still " + now + ", so its end check would pass";
            case DIFFERENT -> name + " took mm_lock_seq = " + seq + " at S2; it is now " + now + ", so its end check will fail";
        };
    }
}
