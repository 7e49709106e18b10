package org.speclab.engine.step;

/** A broken property: which, by which thread, on which object (slot + generation), and why in one sentence. */
public record Violation(Property property, int thread, String object, String explanation) {
    public String outcome() { return property.outcomeName(); }
}
