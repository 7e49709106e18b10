package org.speclab.app.chart;

import java.util.Queue;
import javafx.concurrent.Task;
import org.speclab.app.stepper.Session;

/**
 * Runs {@code first..last} in the background and hands each result to a queue that the chart drains once per
 * frame (STYLE.md §15: no runLater per sample). Progress goes through {@code updateProgress}, which coalesces.
 */
final class SweepTask extends Task<Integer> {
    private final Session session;
    private final int first;
    private final int last;
    private final Queue<RunResult> out;

    SweepTask(Session session, int first, int last, Queue<RunResult> out) {
        this.session = session;
        this.first = first;
        this.last = last;
        this.out = out;
    }

    @Override
    protected Integer call() {
        int total = last - first + 1;
        int[] done = {0};
        return ThroughputSweep.sweep(session, first, last, r -> {
            out.add(r);
            updateProgress(++done[0], total);
        }, this::isCancelled);
    }
}
