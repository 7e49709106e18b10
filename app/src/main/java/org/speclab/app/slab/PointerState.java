package org.speclab.app.slab;

/**
 * What a reader's {@code struct file *} points at now, compared with the identity it loaded ({@code fileGen}).
 * Each state has a word, so colour never carries the meaning alone.
 */
public enum PointerState {
    /** Same slot, same generation, still LIVE: the file the reader loaded. */
    OK(""),
    /** Same generation but freed: the typesafe cache keeps it a struct file, free for the next open(). */
    FREED("freed: still a struct file, may be reused any moment"),
    /** The slot was allocated again: typesafe memory, another file. */
    STALE("still a struct file, no longer your file"),
    /** The memory left the cache: any load through this pointer is a use-after-free (P2). */
    RETURNED("not a struct file any more");

    private final String caption;

    PointerState(String caption) { this.caption = caption; }

    public String caption() { return caption; }

    /** Amber: the pointer outlived the object it was loaded from. */
    public boolean stale() { return this == FREED || this == STALE; }

    /** Red: the pointer targets memory that is no longer a struct file. */
    public boolean violation() { return this == RETURNED; }
}
