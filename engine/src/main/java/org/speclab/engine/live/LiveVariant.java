package org.speclab.engine.live;

/** The two lookups the live benchmark compares, named as the model's variants. */
public enum LiveVariant {
    /** BEFORE: every hit takes mmap_lock for reading. */
    LOCKED("v6.13", "every lookup takes ReentrantReadWriteLock.readLock()"),
    /** AFTER: a seqcount-validated lookup over the published snapshot; the read lock only when it fails. */
    LOCKLESS("v6.14", "seqcount-validated lockless lookup, read lock only on fallback");

    private final String model;
    private final String description;

    LiveVariant(String model, String description) {
        this.model = model;
        this.description = description;
    }

    /** The model variant this analog stands for. */
    public String model() { return model; }

    public String description() { return description; }

    /** "v6.13" / "v6.14" / "locked" / "lockless" (any case). */
    public static LiveVariant byName(String name) {
        for (LiveVariant v : values()) {
            if (v.model.equals(name) || v.name().equalsIgnoreCase(name)) return v;
        }
        throw new IllegalArgumentException("unknown live variant " + name);
    }
}
