package org.speclab.engine.kernel;

/**
 * A queued {@code call_rcu()}-style callback: it may run once grace period {@code waitFor} has completed. It
 * acts on one slot, named with the generation it was queued for.
 */
public record RcuCallback(int waitFor, Kind kind, Cache cache, int index, int gen) {
    public enum Kind {
        /** An RCU-delayed kfree: the slot becomes FREE and its memory RETURNED. */
        FREE,
        /** SLAB_TYPESAFE_BY_RCU: the slab page goes back to the page allocator if the slot is still free. */
        RELEASE_PAGE
    }

    public String describe() {
        return (kind == Kind.FREE ? "free " : "release slab page of ") + cache.slot(index);
    }
}
