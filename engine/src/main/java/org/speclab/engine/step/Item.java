package org.speclab.engine.step;

/** What a thread has left to do: atomic {@link Step}s, and {@link Plan}s that expand into steps when reached. */
public sealed interface Item permits Step, Plan {
    /** The line of our pseudo-C listing this item belongs to, e.g. {@code S2}. */
    String label();
}
