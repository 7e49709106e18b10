package org.speclab.app.vmatree;

import org.speclab.app.stepper.StepperViewModel;

/** View-model of the address space and vma tree view (placeholder until the view is built). */
public final class VmaViewModel {
    private final StepperViewModel stepper;

    public VmaViewModel(StepperViewModel stepper) { this.stepper = stepper; }

    public StepperViewModel stepper() { return stepper; }
}
