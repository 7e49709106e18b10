package org.speclab.engine.kernel;

import java.util.Objects;

/** A {@code vm_area_struct}: its range, file offset (in pages), file and whether it is in the tree. */
public record VmaSlot(Header header, long start, long end, long pgoff, FileRef file, boolean attached, int lockSeq)
        implements Slot<VmaSlot> {
    public static final VmaSlot BLANK = new VmaSlot(Header.NEVER_USED, 0, 0, 0, null, false, -1);

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() {
        int h = Objects.hashCode(header);
        h = 31 * h + Long.hashCode(start);
        h = 31 * h + Long.hashCode(end);
        h = 31 * h + Long.hashCode(pgoff);
        h = 31 * h + Objects.hashCode(file);
        h = 31 * h + (attached ? 1 : 0);
        return 31 * h + lockSeq;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof VmaSlot s && s.lockSeq == lockSeq && s.attached == attached && s.start == start
                && s.end == end && s.pgoff == pgoff && Objects.equals(s.header, header) && Objects.equals(s.file, file);
    }

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
