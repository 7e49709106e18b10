package org.speclab.engine.kernel;

/** A {@code struct inode}: only its reference count matters here; its address is the uprobes tree key. */
public record InodeSlot(Header header, String name, int count) implements Slot<InodeSlot> {
    public static final InodeSlot BLANK = new InodeSlot(Header.NEVER_USED, "", 0);

    @Override
    public InodeSlot withHeader(Header h) { return new InodeSlot(h, name, count); }

    public InodeSlot withCount(int c) { return new InodeSlot(header, name, c); }
}
