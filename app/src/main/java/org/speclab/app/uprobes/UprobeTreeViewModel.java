package org.speclab.app.uprobes;

import org.speclab.app.stepper.StepperViewModel;

/** View-model of the inodes and the uprobes tree view (placeholder until the view is built). */
public final class UprobeTreeViewModel {
    private final StepperViewModel stepper;

    public UprobeTreeViewModel(StepperViewModel stepper) { this.stepper = stepper; }

    public StepperViewModel stepper() { return stepper; }
}
