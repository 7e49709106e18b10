package org.speclab.engine.variant;

/**
 * A named bundle of knob values and code-path switches (docs/model.md §6). {@code breaks} names the property the
 * broken variants violate (docs/model.md §6), or is empty for the correct ones.
 */
public record Variant(String name, String tag, String summary, Knobs knobs, CodePath path, String breaks) {
    public boolean broken() { return !breaks.isEmpty(); }

    public Variant withKnobs(Knobs k) { return new Variant(name, tag, summary, k, path, breaks); }
}
