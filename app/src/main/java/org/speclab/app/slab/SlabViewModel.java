package org.speclab.app.slab;

import org.speclab.app.stepper.StepperViewModel;

/** View-model of the file slab view (placeholder until the view is built). */
public final class SlabViewModel {
    private final StepperViewModel stepper;

    public SlabViewModel(StepperViewModel stepper) { this.stepper = stepper; }

    public StepperViewModel stepper() { return stepper; }
}
