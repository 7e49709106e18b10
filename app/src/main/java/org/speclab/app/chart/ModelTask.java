package org.speclab.app.chart;

import java.util.List;
import java.util.Queue;
import javafx.concurrent.Task;
import java.util.function.Function;
import org.speclab.engine.throughput.ThroughputQuery;
import org.speclab.engine.throughput.ThroughputRow;

/**
 * Costs {@code queries} with the throughput model in the background, handing each row to a queue the chart
 * drains once per frame (STYLE.md §15: no runLater per sample). Stops between points when cancelled.
 */
final class ModelTask extends Task<Integer> {
    private final Function<ThroughputQuery, ThroughputRow> model;
    private final List<ThroughputQuery> queries;
    private final Queue<ThroughputRow> out;

    ModelTask(Function<ThroughputQuery, ThroughputRow> model, List<ThroughputQuery> queries, Queue<ThroughputRow> out) {
        this.model = model;
        this.queries = List.copyOf(queries);
        this.out = out;
    }

    @Override
    protected Integer call() {
        int done = 0;
        for (ThroughputQuery q : queries) {
            if (isCancelled()) break;
            out.add(model.apply(q));
            updateProgress(++done, queries.size());
        }
        return done;
    }
}
