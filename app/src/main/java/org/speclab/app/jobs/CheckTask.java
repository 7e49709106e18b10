package org.speclab.app.jobs;

import javafx.concurrent.Task;
import org.speclab.app.stepper.Session;
import org.speclab.engine.check.CheckProgress;
import org.speclab.engine.check.CheckResult;
import org.speclab.engine.check.ModelChecker;

/** The exhaustive checker as a Task: progress in states (against the bound), message with states/s, Cancel works. */
public final class CheckTask extends Task<CheckResult> {
    private final Session session;
    private final long maxStates;

    public CheckTask(Session session, long maxStates) {
        this.session = session;
        this.maxStates = maxStates;
        updateTitle("Checking every interleaving of " + session.scenario().id());
    }

    @Override
    protected CheckResult call() {
        CheckProgress progress = new CheckProgress() {
            @Override
            public void explored(long states, long frontier, double rate) {
                updateProgress(Math.min(states, maxStates), maxStates);
                updateMessage(String.format("%,d states, frontier %,d, %,.0f states/s", states, frontier, rate));
            }

            @Override
            public boolean cancelled() { return isCancelled(); }
        };
        int workers = Runtime.getRuntime().availableProcessors();
        return new ModelChecker(session.engine(), new ModelChecker.Options(maxStates, workers, true), progress).check(session.initial());
    }
}
