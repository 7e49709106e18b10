package org.speclab.engine.throughput;

import java.util.Map;

/**
 * Why a row is what it is: how many times per hit each cache line moved between cores (most-moved first), which
 * share of those moves crossed sockets, and the time one hit costs on one CPU with every line at hand.
 */
public record ThroughputExplanation(ThroughputRow row, Map<String, Double> transfersPerHitByLine, double crossSocketShare, double soloNsPerHit) {
    public ThroughputExplanation {
        transfersPerHitByLine = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(transfersPerHitByLine));
    }

    /** One line for a chart overlay or a CLI row: the most-moved line and how often, or that nothing moves. */
    public String summary() {
        if (transfersPerHitByLine.isEmpty()) return "no line moves between cores: every CPU keeps its own copy of each line it reads";
        return String.format(java.util.Locale.ROOT, "%s moves %.2f times per hit (%.0f%% of all moves cross sockets)",
                row.hottestLine(), transfersPerHitByLine.get(row.hottestLine()), 100 * crossSocketShare);
    }
}
