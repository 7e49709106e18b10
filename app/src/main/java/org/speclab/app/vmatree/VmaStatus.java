package org.speclab.app.vmatree;

/** A VMA slot's life as the view names it, each with its word (never colour alone). */
public enum VmaStatus {
    IN_TREE("LIVE · in tree"),
    /** Allocated by a split or mmap and not inserted yet: readers cannot find it. */
    NEW("LIVE · not in tree yet"),
    /** Removed from the tree, still allocated: a reader that found it earlier may still read it. */
    UNLINKED("LIVE · unlinked"),
    /** Removed and handed to call_rcu(): freed once every reader that could see it has left. */
    WAITS_FOR_RCU("LIVE · unlinked, waits for RCU"),
    FREE("FREE"),
    RETURNED("RETURNED");

    private final String word;

    VmaStatus(String word) { this.word = word; }

    public String word() { return word; }

    public boolean live() { return this != FREE && this != RETURNED; }
}
