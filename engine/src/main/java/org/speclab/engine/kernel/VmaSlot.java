package org.speclab.engine.kernel;

/** A {@code vm_area_struct}: its range, file offset (in pages), file and whether it is in the tree. */
public record VmaSlot(Header header, long start, long end, long pgoff, FileRef file, boolean attached, int lockSeq)
        implements Slot<VmaSlot> {
    public static final VmaSlot BLANK = new VmaSlot(Header.NEVER_USED, 0, 0, 0, null, false, -1);

    @Override
    public VmaSlot withHeader(Header h) { return new VmaSlot(h, start, end, pgoff, file, attached, lockSeq); }

    public VmaSlot withStart(long v) { return new VmaSlot(header, v, end, pgoff, file, attached, lockSeq); }

    public VmaSlot withEnd(long v) { return new VmaSlot(header, start, v, pgoff, file, attached, lockSeq); }

    public VmaSlot withPgoff(long v) { return new VmaSlot(header, start, end, v, file, attached, lockSeq); }

    public VmaSlot withFile(FileRef v) { return new VmaSlot(header, start, end, pgoff, v, attached, lockSeq); }

    public VmaSlot withAttached(boolean v) { return new VmaSlot(header, start, end, pgoff, file, v, lockSeq); }

    public VmaSlot withLockSeq(int v) { return new VmaSlot(header, start, end, pgoff, file, attached, v); }

    /** {@code vaddr_to_offset()}: the file offset this VMA maps at {@code addr}. */
    public long fileOffset(long addr) { return pgoff * Kernel.PAGE_SIZE + (addr - start); }
}
