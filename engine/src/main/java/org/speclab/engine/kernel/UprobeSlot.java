package org.speclab.engine.kernel;

/**
 * A {@code struct uprobe}: the (inode, offset) it was registered for (the inode as address + generation),
 * its reference count, whether it is in the uprobes tree, whether its original instruction was copied, and how
 * many consumers its list holds ({@code consumer_add}/{@code consumer_del}).
 */
public record UprobeSlot(Header header, String name, int inode, int inodeGen, long offset, int ref, boolean inTree,
                         boolean copyInsn, int consumers) implements Slot<UprobeSlot> {
    public static final UprobeSlot BLANK = new UprobeSlot(Header.NEVER_USED, "", -1, -1, 0, 0, false, false, 0);

    @Override
    public UprobeSlot withHeader(Header h) { return new UprobeSlot(h, name, inode, inodeGen, offset, ref, inTree, copyInsn, consumers); }

    public UprobeSlot withRef(int r) { return new UprobeSlot(header, name, inode, inodeGen, offset, r, inTree, copyInsn, consumers); }

    public UprobeSlot withInTree(boolean t) { return new UprobeSlot(header, name, inode, inodeGen, offset, ref, t, copyInsn, consumers); }

    public UprobeSlot withCopyInsn(boolean c) { return new UprobeSlot(header, name, inode, inodeGen, offset, ref, inTree, c, consumers); }

    public UprobeSlot withConsumers(int c) { return new UprobeSlot(header, name, inode, inodeGen, offset, ref, inTree, copyInsn, c); }
}
