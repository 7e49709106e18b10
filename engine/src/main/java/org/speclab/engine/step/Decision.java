package org.speclab.engine.step;

/**
 * A branch the reader took, as a value with its reason: a speculative hit, a failed attempt that retries or falls
 * back, or the locked path's result. The trace finds the cause (the step of another thread that made it so).
 */
public record Decision(Kind kind, Reason reason, Verdict verdict, String sentence) {
    public enum Kind { SPECULATIVE_HIT, RETRY, FALLBACK, LOCKED_RESULT }

    public static Decision hit(String sentence) { return new Decision(Kind.SPECULATIVE_HIT, null, Verdict.SPECULATIVE_HIT, sentence); }

    public static Decision failed(boolean retry, Reason reason, String sentence) {
        return new Decision(retry ? Kind.RETRY : Kind.FALLBACK, reason, null, sentence);
    }

    public static Decision locked(Verdict verdict, String sentence) { return new Decision(Kind.LOCKED_RESULT, null, verdict, sentence); }
}
