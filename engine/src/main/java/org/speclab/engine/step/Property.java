package org.speclab.engine.step;

/** The safety and liveness properties of docs/model.md §8 with their outcome names (docs/model.md §7). */
public enum Property {
    P1("wrong-uprobe", "the lookup returned a uprobe that was never mapped at the breakpoint during the lookup"),
    P2("use-after-free", "a load from memory that no longer belongs to its cache"),
    P3("uprobe-freed-in-use", "a uprobe was freed while a reader still used it"),
    P4("trusted-negative", "'no uprobe' was decided without mmap_read_lock"),
    L1("livelock", "a reader takes steps forever without finishing");

    private final String outcomeName;
    private final String meaning;

    Property(String outcomeName, String meaning) {
        this.outcomeName = outcomeName;
        this.meaning = meaning;
    }

    public String outcomeName() { return outcomeName; }

    public String meaning() { return meaning; }
}
