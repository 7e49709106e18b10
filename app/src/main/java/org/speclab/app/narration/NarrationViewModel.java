package org.speclab.app.narration;

import org.speclab.app.stepper.StepperViewModel;

/** View-model of the narration view (placeholder until the view is built). */
public final class NarrationViewModel {
    private final StepperViewModel stepper;

    public NarrationViewModel(StepperViewModel stepper) { this.stepper = stepper; }

    public StepperViewModel stepper() { return stepper; }
}
