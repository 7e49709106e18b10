package org.speclab.app.lanes;

import org.speclab.app.stepper.StepperViewModel;

/** View-model of the cpu lanes and the mm_lock_seq track view (placeholder until the view is built). */
public final class LanesViewModel {
    private final StepperViewModel stepper;

    public LanesViewModel(StepperViewModel stepper) { this.stepper = stepper; }

    public StepperViewModel stepper() { return stepper; }
}
