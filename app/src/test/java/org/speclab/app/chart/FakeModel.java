package org.speclab.app.chart;

import org.speclab.engine.throughput.ThroughputQuery;
import org.speclab.engine.throughput.ThroughputRow;

/**
 * A stand-in for the throughput model with simple, known numbers, so chart tests pin the wiring and not the model:
 * BEFORE saturates at 10 M/s and moves the count line twice per hit; AFTER is 3 M/s per CPU, bent by writers
 * (total / (1 + writers/1000)), and the bent-off share goes to the locked path.
 */
final class FakeModel {
    private FakeModel() {}

    static ThroughputRow measure(ThroughputQuery q) {
        boolean locked = q.variant().equals("v6.13") || q.variant().equals("per-vma-lock");
        double w = q.writersPerSecond();
        double total = locked ? Math.min(q.cpus() * 3.0, 10) : q.cpus() * 3.0 / (1 + w / 1000);
        double fallback = locked ? total : total * w / (w + 1000);
        boolean bounces = locked && q.cpus() > 1;
        return new ThroughputRow(q.cpus(), q.variant(), total, 0, total / q.cpus(), total - fallback, fallback, bounces ? 2 : 0,
                bounces ? "mm.mmap_lock.count" : "");
    }
}
