package org.speclab.app.chart;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.speclab.engine.throughput.ThroughputQuery;
import org.speclab.engine.throughput.ThroughputRow;

/**
 * The throughput model's rows by query. The model is deterministic for a query (variant, CPUs, writer rate,
 * topology, seed), so a window costs each point once: going back to a writer rate redraws at once. At most one
 * point per core is costed at a time, and a task that was cancelled while it waited for its turn gives way
 * without costing its point: dragging a slider leaves no pile of stale work to slow the newest curve. The slider's
 * rates have two significant digits, so the map stays small (a few thousand rows at most).
 */
final class ModelCache {
    private final Function<ThroughputQuery, ThroughputRow> model;
    private final Map<ThroughputQuery, ThroughputRow> rows = new ConcurrentHashMap<>();
    private final Semaphore turns = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    ModelCache(Function<ThroughputQuery, ThroughputRow> model) { this.model = model; }

    /** The row if it was costed before, else null. */
    ThroughputRow cached(ThroughputQuery q) { return rows.get(q); }

    /** The row, costed now if needed; null when {@code cancelled} turned true before its turn came. */
    ThroughputRow row(ThroughputQuery q, BooleanSupplier cancelled) throws InterruptedException {
        ThroughputRow known = rows.get(q);
        if (known != null) return known;
        turns.acquire();
        try {
            if (cancelled.getAsBoolean()) return null;
            return rows.computeIfAbsent(q, model);
        } finally {
            turns.release();
        }
    }
}
