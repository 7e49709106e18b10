package org.speclab.engine.throughput;

/**
 * One point to compute: uprobe-nop hits per second of {@code variant} on {@code cpus} CPUs of {@code topology}, with
 * {@code writersPerSecond} mmap/munmap write sections per second in the same mm. Deterministic for {@code seed}.
 */
public record ThroughputQuery(String variant, int cpus, double writersPerSecond, String topology, long seed) {
    public ThroughputQuery {
        if (cpus < 1) throw new IllegalArgumentException("cpus must be at least 1: " + cpus);
        if (!(writersPerSecond >= 0)) throw new IllegalArgumentException("writer rate must be >= 0: " + writersPerSecond);
    }
}
