package org.speclab.engine.kernel;

import java.util.Objects;

/**
 * A {@code struct file *} value: the address of a slot in the filp or bfilp cache. {@link #WILD} is the value a
 * torn load produces (half of one pointer, half of another): it points at no object at all.
 */
public record FileRef(Cache cache, int index) {
    public static final FileRef WILD = new FileRef(null, -1);

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() { return 31 * Objects.hashCode(cache) + index; }

    @Override
    public boolean equals(Object o) { return this == o || o instanceof FileRef f && f.index == index && f.cache == cache; }

    public boolean wild() { return cache == null; }

    @Override
    public String toString() { return wild() ? "<torn pointer>" : cache.slot(index); }
}
