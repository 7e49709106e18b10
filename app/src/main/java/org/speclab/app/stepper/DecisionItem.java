package org.speclab.app.stepper;

/** One line of the decision panel: a reader's decision or a violation, at a step, with the step that caused it. */
public record DecisionItem(int step, String thread, String sentence, int causeStep, boolean violation, boolean hit) {
    public boolean hasCause() { return causeStep > 0; }
}
