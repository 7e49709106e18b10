package org.speclab.engine.throughput;

/**
 * One row of a sweep, in the published units (millions of hits per second). {@code speculativeMps + fallbackMps =
 * totalMps}. {@code transfersPerHit} counts cache-line transfers between cores per hit; {@code hottestLine} names the
 * most-transferred line ("" when no line moves).
 */
public record ThroughputRow(int cpus, String variant, double totalMps, double stddevMps, double perCpuMps,
                            double speculativeMps, double fallbackMps, double transfersPerHit, String hottestLine) {}
