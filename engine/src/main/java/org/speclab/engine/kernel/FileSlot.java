package org.speclab.engine.kernel;

/**
 * A {@code struct file}: its reference count and {@code f_inode} (an inode address; {@code inodeGen} is the
 * identity the file pinned, kept so the views and properties can tell a reused inode address apart).
 */
public record FileSlot(Header header, String name, int count, int inode, int inodeGen, boolean backing)
        implements Slot<FileSlot> {
    public static final FileSlot BLANK = new FileSlot(Header.NEVER_USED, "", 0, -1, -1, false);

    @Override
    public FileSlot withHeader(Header h) { return new FileSlot(h, name, count, inode, inodeGen, backing); }

    public FileSlot withCount(int c) { return new FileSlot(header, name, c, inode, inodeGen, backing); }
}
