package org.speclab.engine.step;

/**
 * A branch the reader took, as a value with its reason: a speculative hit, a failed attempt that retries or falls
 * back, the locked path's result, or (B14 only) a result decided without the lock from a speculative NULL. The trace
 * finds the cause (the step of another thread that made it so).
 */
public record Decision(Kind kind, Reason reason, Verdict verdict, String sentence) {
    public enum Kind { SPECULATIVE_HIT, RETRY, FALLBACK, LOCKED_RESULT, UNLOCKED_RESULT }

    public static Decision hit(String sentence) { return new Decision(Kind.SPECULATIVE_HIT, null, Verdict.SPECULATIVE_HIT, sentence); }

    public static Decision failed(boolean retry, Reason reason, String sentence) {
        return new Decision(retry ? Kind.RETRY : Kind.FALLBACK, reason, null, sentence);
    }

    public static Decision locked(Verdict verdict, String sentence) { return new Decision(Kind.LOCKED_RESULT, null, verdict, sentence); }

    /** A verdict reached without mmap_read_lock (the broken B14 shortcut): never to be shown as the locked path's. */
    public static Decision unlocked(Verdict verdict, String sentence) { return new Decision(Kind.UNLOCKED_RESULT, null, verdict, sentence); }
}
