package org.speclab.engine.kernel;

import java.util.Objects;

/**
 * A queued {@code call_rcu()}-style callback: it may run once grace period {@code waitFor} has completed. A
 * {@link Kind#FREE} acts on one slot, named with the generation it was queued for; a {@link Kind#RELEASE_PAGE}
 * on the whole slab page of its cache ({@link #PAGE} as index).
 */
public record RcuCallback(int waitFor, Kind kind, Cache cache, int index, int gen) {
    public enum Kind {
        /** An RCU-delayed kfree: the slot becomes FREE and its memory RETURNED. */
        FREE,
        /**
         * SLAB_TYPESAFE_BY_RCU: freeing an object queues nothing; when SLUB discards a whole empty slab page it
         * defers the page's release with call_rcu (free_slab → rcu_free_slab). The model has one page per cache,
         * so the page is queued when the cache's last live slot is freed, and goes back only if still empty.
         */
        RELEASE_PAGE
    }

    /** The index of a {@link Kind#RELEASE_PAGE}: the cache's whole slab page, not one slot. */
    public static final int PAGE = -1;

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() { return (((31 * waitFor + Objects.hashCode(kind)) * 31 + Objects.hashCode(cache)) * 31 + index) * 31 + gen; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof RcuCallback c && c.waitFor == waitFor && c.index == index && c.gen == gen && c.kind == kind
                && c.cache == cache;
    }

    /** What the callback acts on: {@code filp[0]}, or {@code the filp slab page}. */
    public String target() {
        return index == PAGE ? "the " + cache.shortName() + " slab page" : cache.slot(index);
    }

    public String describe() {
        return kind == Kind.FREE ? "free " + target() : "discard " + target() + " (if still empty)";
    }
}
