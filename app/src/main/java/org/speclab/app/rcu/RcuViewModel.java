package org.speclab.app.rcu;

import org.speclab.app.stepper.StepperViewModel;

/** View-model of the rcu view (placeholder until the view is built). */
public final class RcuViewModel {
    private final StepperViewModel stepper;

    public RcuViewModel(StepperViewModel stepper) { this.stepper = stepper; }

    public StepperViewModel stepper() { return stepper; }
}
