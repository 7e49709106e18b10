package org.speclab.app.jobs;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;

/**
 * Runs long work (checks, sweeps, exports) off the FX thread. Tests may hand in a direct executor; the window
 * uses daemon threads so closing it never waits for a job.
 */
public final class Jobs {
    private final Executor executor;

    public Jobs(Executor executor) { this.executor = executor; }

    public static Jobs background() {
        return new Jobs(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "speclab-job");
            t.setDaemon(true);
            return t;
        }));
    }

    public <T> Task<T> start(Task<T> task) {
        executor.execute(task);
        return task;
    }
}
