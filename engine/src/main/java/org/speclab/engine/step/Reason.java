package org.speclab.engine.step;

/** Why a speculation attempt failed (DESIGN.md §5 names). */
public enum Reason {
    WRITER_ACTIVE("fallback-writer-active", "mm_lock_seq was odd: a writer holds mmap_lock"),
    SEQ_CHANGED("fallback-seq-changed", "mm_lock_seq changed since the snapshot: a write section ran"),
    NO_VMA("fallback-no-vma", "no VMA covers the breakpoint address"),
    NO_FILE("fallback-no-file", "the VMA has no vm_file"),
    NO_UPROBE("fallback-no-uprobe", "no uprobe at (inode, offset): a negative is never trusted");

    private final String outcomeName;
    private final String explanation;

    Reason(String outcomeName, String explanation) {
        this.outcomeName = outcomeName;
        this.explanation = explanation;
    }

    public String outcomeName() { return outcomeName; }

    public String explanation() { return explanation; }
}
