package org.speclab.app.chart;

import java.util.List;
import java.util.Queue;
import javafx.concurrent.Task;
import org.speclab.engine.throughput.ThroughputQuery;
import org.speclab.engine.throughput.ThroughputRow;

/**
 * Costs {@code queries} with the throughput model (through its cache) in the background, handing each row to a
 * queue the chart drains once per frame (STYLE.md §15: no runLater per sample). Stops between points when
 * cancelled, and before a point it was still waiting to cost.
 */
final class ModelTask extends Task<Integer> {
    private final ModelCache model;
    private final List<ThroughputQuery> queries;
    private final Queue<ThroughputRow> out;

    ModelTask(ModelCache model, List<ThroughputQuery> queries, Queue<ThroughputRow> out) {
        this.model = model;
        this.queries = List.copyOf(queries);
        this.out = out;
    }

    @Override
    protected Integer call() {
        int done = 0;
        for (ThroughputQuery q : queries) {
            if (isCancelled()) break;
            ThroughputRow r;
            try {
                r = model.row(q, this::isCancelled);
            } catch (InterruptedException e) {
                break;   // cancel(true) interrupts a task waiting for its turn
            }
            if (r == null) break;
            out.add(r);
            updateProgress(++done, queries.size());
        }
        return done;
    }
}
