package org.speclab.app.decisions;

import org.speclab.app.stepper.StepperViewModel;

/** View-model of the decisions view (placeholder until the view is built). */
public final class DecisionsViewModel {
    private final StepperViewModel stepper;

    public DecisionsViewModel(StepperViewModel stepper) { this.stepper = stepper; }

    public StepperViewModel stepper() { return stepper; }
}
