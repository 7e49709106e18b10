package org.speclab.engine.throughput;

import java.util.ArrayList;
import java.util.List;

/**
 * The uprobe-nop throughput model (issue #8). PLACEHOLDER: the shape of the API is fixed, the numbers are not: a
 * mechanistic multi-CPU model replaces {@link #measure}'s body. Callers (the CLI and the window's chart) use only
 * what is public here.
 */
public final class ThroughputModel {
    /** The published CPU counts of the uprobe-nop table. */
    public static final List<Integer> DEFAULT_CPUS = List.of(1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 24, 32, 40, 48, 56, 64, 72, 80);

    /** The default machine: the patch author's 2 × 20 × 2 Xeon Gold 6138. */
    public static final String DEFAULT_TOPOLOGY = "xeon-gold-6138";

    /** Variants the model can cost: BEFORE, AFTER, Peter's retry, the rejected per-VMA-lock alternative. */
    public static List<String> variants() { return List.of("v6.13", "v6.14", "retry-2", "per-vma-lock"); }

    /** Topology names accepted by {@link #maxCpus} and {@link ThroughputQuery#topology()}. */
    public static List<String> topologies() { return List.of(DEFAULT_TOPOLOGY, "1s-8c", "this-machine"); }

    /** How many CPUs the named topology has. */
    public static int maxCpus(String topology) {
        return switch (topology) {
            case DEFAULT_TOPOLOGY -> 80;
            case "1s-8c" -> 8;
            case "this-machine" -> Runtime.getRuntime().availableProcessors();
            default -> throw new IllegalArgumentException("unknown topology " + topology);
        };
    }

    /** One point. */
    public ThroughputRow measure(ThroughputQuery q) {
        double perHitNs = 290;
        boolean locked = q.variant().equals("v6.13") || q.variant().equals("per-vma-lock");
        double total = locked ? Math.min(q.cpus() * 1e3 / perHitNs, 10.5) : q.cpus() * 1e3 / perHitNs * 0.95;
        return new ThroughputRow(q.cpus(), q.variant(), total, 0, total / q.cpus(), locked ? 0 : total, locked ? total : 0,
                locked && q.cpus() > 1 ? 2 : 0, locked && q.cpus() > 1 ? "mm.mmap_lock.count" : "");
    }

    /** A sweep over {@code cpus}, in order. */
    public List<ThroughputRow> sweep(String variant, List<Integer> cpus, double writersPerSecond, String topology, long seed) {
        List<ThroughputRow> rows = new ArrayList<>();
        for (int n : cpus) rows.add(measure(new ThroughputQuery(variant, n, writersPerSecond, topology, seed)));
        return rows;
    }
}
