package org.speclab.engine.variant;

/**
 * A named bundle of knob values and code-path switches (DESIGN.md §4). {@code breaks} names the property the
 * broken variants violate (MODEL.md §8.6), or is empty for the correct ones.
 */
public record Variant(String name, String tag, String summary, Knobs knobs, CodePath path, String breaks) {
    public boolean broken() { return !breaks.isEmpty(); }

    public Variant withKnobs(Knobs k) { return new Variant(name, tag, summary, k, path, breaks); }
}
