package org.speclab.app.seqcount;

import org.speclab.app.stepper.StepperViewModel;

/** View-model of the mm_lock_seq view (placeholder until the view is built). */
public final class SeqcountViewModel {
    private final StepperViewModel stepper;

    public SeqcountViewModel(StepperViewModel stepper) { this.stepper = stepper; }

    public StepperViewModel stepper() { return stepper; }
}
