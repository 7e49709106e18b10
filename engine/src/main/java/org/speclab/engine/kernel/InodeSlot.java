package org.speclab.engine.kernel;

import java.util.Objects;

/** A {@code struct inode}: only its reference count matters here; its address is the uprobes tree key. */
public record InodeSlot(Header header, String name, int count) implements Slot<InodeSlot> {
    public static final InodeSlot BLANK = new InodeSlot(Header.NEVER_USED, "", 0);

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() { return (31 * Objects.hashCode(header) + Objects.hashCode(name)) * 31 + count; }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof InodeSlot s && s.count == count && Objects.equals(s.header, header)
                && Objects.equals(s.name, name);
    }

    @Override
    public InodeSlot withHeader(Header h) { return new InodeSlot(h, name, count); }

    public InodeSlot withCount(int c) { return new InodeSlot(header, name, c); }
}
