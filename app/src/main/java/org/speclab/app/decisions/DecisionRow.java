package org.speclab.app.decisions;

import org.speclab.app.theme.ThreadBadge;
/**
 * One line of the decisions view: step, thread (with its index and role for the marker), the engine's sentence
 * with its cause, the kind (which picks colour and symbol), the cause step, and whether it is this frame's step.
 */
public record DecisionRow(int step, String thread, int threadIndex, ThreadBadge.Role role, String sentence, Kind kind, int causeStep,
                          boolean current) {
    /** How a decision went; each kind has a symbol and a word, so colour never carries it alone. */
    public enum Kind {
        HIT("✓", "hit"),
        RETRY("↻", "retries"),
        FALLBACK("↩", "falls back"),
        LOCKED("↩", "locked path"),
        UNLOCKED("⚠", "no lock taken"),
        VIOLATION("⚠", "violation");

        private final String symbol;
        private final String word;

        Kind(String symbol, String word) {
            this.symbol = symbol;
            this.word = word;
        }

        public String symbol() { return symbol; }

        public String word() { return word; }

        /** The fallback family (retry, fallback, locked result) shares the green style. */
        public boolean fallback() { return this == RETRY || this == FALLBACK || this == LOCKED; }
    }

    public boolean hasCause() { return causeStep > 0; }

    /** "✓ hit", "↩ falls back", "⚠ violation". */
    public String tag() { return kind.symbol() + " " + kind.word(); }

    /** Node id: decisions by step; a violation at the same step gets its own id. */
    public String id() { return kind == Kind.VIOLATION ? "violation-" + step : "decision-" + step; }
}
