package org.speclab.app.code;

import org.speclab.app.stepper.StepperViewModel;

/** View-model of the code view (placeholder until the view is built). */
public final class CodeViewModel {
    private final StepperViewModel stepper;

    public CodeViewModel(StepperViewModel stepper) { this.stepper = stepper; }

    public StepperViewModel stepper() { return stepper; }
}
