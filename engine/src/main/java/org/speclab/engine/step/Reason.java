package org.speclab.engine.step;

/** Why a speculation attempt failed (docs/model.md §7 names). */
public enum Reason {
    /** Also what CONFIG_PER_VMA_LOCK=n reports: its try_begin stub refuses; the stable name is kept (docs/model.md §7). */
    WRITER_ACTIVE("fallback-writer-active", "mm_lock_seq was odd (a writer holds mmap_lock), or CONFIG_PER_VMA_LOCK=n and the try_begin stub refuses"),
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
