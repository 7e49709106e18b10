package org.speclab.engine.kernel;

import java.util.Objects;

/**
 * A {@code struct file}: its reference count and {@code f_inode} (an inode address; {@code inodeGen} is the
 * identity the file pinned, kept so the views and properties can tell a reused inode address apart).
 */
public record FileSlot(Header header, String name, int count, int inode, int inodeGen, boolean backing)
        implements Slot<FileSlot> {
    public static final FileSlot BLANK = new FileSlot(Header.NEVER_USED, "", 0, -1, -1, false);

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() {
        int h = Objects.hashCode(header);
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + count;
        h = 31 * h + inode;
        h = 31 * h + inodeGen;
        return 31 * h + (backing ? 1 : 0);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof FileSlot s && s.count == count && s.inode == inode && s.inodeGen == inodeGen
                && s.backing == backing && Objects.equals(s.header, header) && Objects.equals(s.name, name);
    }

    @Override
    public FileSlot withHeader(Header h) { return new FileSlot(h, name, count, inode, inodeGen, backing); }

    public FileSlot withCount(int c) { return new FileSlot(header, name, c, inode, inodeGen, backing); }
}
