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
}
