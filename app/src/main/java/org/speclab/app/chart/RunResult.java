package org.speclab.app.chart;

/**
 * One seeded random run of the current scenario, counted from the engine's own outcomes: how many reader
 * lookups ended as a speculative hit, how many fell back (any locked verdict), how many never finished (the run
 * stopped first), and the property the run broke, if any ("" when none).
 */
public record RunResult(int run, long seed, int hits, int fallbacks, int unfinished, String violation) {
    public boolean violated() { return !violation.isEmpty(); }
}
