package org.speclab.engine.step;

/** How a reader's lookup ended (docs/model.md §7). */
public enum Verdict {
    SPECULATIVE_HIT("speculative-hit"),
    LOCKED_HIT("locked-hit"),
    LOCKED_MISS_SIGTRAP("locked-miss-sigtrap"),
    LOCKED_MISS_RESTART("locked-miss-restart");

    private final String outcomeName;

    Verdict(String outcomeName) { this.outcomeName = outcomeName; }

    public String outcomeName() { return outcomeName; }
}
