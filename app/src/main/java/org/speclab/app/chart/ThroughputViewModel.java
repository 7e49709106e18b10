package org.speclab.app.chart;

import org.speclab.app.jobs.Jobs;
import org.speclab.app.stepper.StepperViewModel;

/** View-model of the throughput view (placeholder until the view is built). */
public final class ThroughputViewModel {
    private final StepperViewModel stepper;

    public ThroughputViewModel(StepperViewModel stepper, Jobs jobs) { this.stepper = stepper; }

    public StepperViewModel stepper() { return stepper; }
}
