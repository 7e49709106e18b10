package org.speclab.app.chart;

import java.util.List;
import java.util.Queue;
import javafx.concurrent.Task;
import org.speclab.engine.live.LiveBenchmark;
import org.speclab.engine.live.LiveProgress;
import org.speclab.engine.live.LiveRow;
import org.speclab.engine.live.LiveVariant;

/** The real-threads benchmark ({@code speclab bench live}) in the background, with progress and Cancel. */
final class LiveTask extends Task<Integer> {
    private final LiveBenchmark bench;
    private final List<Integer> threads;
    private final Queue<LiveRow> out;

    LiveTask(LiveBenchmark bench, List<Integer> threads, Queue<LiveRow> out) {
        this.bench = bench;
        this.threads = List.copyOf(threads);
        this.out = out;
    }

    @Override
    protected Integer call() {
        return bench.run(List.of(LiveVariant.LOCKED, LiveVariant.LOCKLESS), threads, new LiveProgress() {
            @Override public void row(LiveRow row) { out.add(row); }

            @Override public void progress(long done, long total) { updateProgress(done, total); }

            @Override public boolean cancelled() { return isCancelled(); }
        }).size();
    }
}
