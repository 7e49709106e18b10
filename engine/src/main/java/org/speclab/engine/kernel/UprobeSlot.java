package org.speclab.engine.kernel;

import java.util.Objects;

/**
 * A {@code struct uprobe}: the (inode, offset) it was registered for (the inode as address + generation),
 * its reference count, whether it is in the uprobes tree, whether its original instruction was copied, and how
 * many consumers its list holds ({@code consumer_add}/{@code consumer_del}).
 */
public record UprobeSlot(Header header, String name, int inode, int inodeGen, long offset, int ref, boolean inTree,
                         boolean copyInsn, int consumers) implements Slot<UprobeSlot> {
    public static final UprobeSlot BLANK = new UprobeSlot(Header.NEVER_USED, "", -1, -1, 0, 0, false, false, 0);

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() {
        int h = Objects.hashCode(header);
        h = 31 * h + Objects.hashCode(name);
        h = 31 * h + inode;
        h = 31 * h + inodeGen;
        h = 31 * h + Long.hashCode(offset);
        h = 31 * h + ref;
        h = 31 * h + (inTree ? 1 : 0);
        h = 31 * h + (copyInsn ? 1 : 0);
        return 31 * h + consumers;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof UprobeSlot s && s.ref == ref && s.consumers == consumers && s.inTree == inTree
                && s.copyInsn == copyInsn && s.inode == inode && s.inodeGen == inodeGen && s.offset == offset
                && Objects.equals(s.header, header) && Objects.equals(s.name, name);
    }

    @Override
    public UprobeSlot withHeader(Header h) { return new UprobeSlot(h, name, inode, inodeGen, offset, ref, inTree, copyInsn, consumers); }

    public UprobeSlot withRef(int r) { return new UprobeSlot(header, name, inode, inodeGen, offset, r, inTree, copyInsn, consumers); }

    public UprobeSlot withInTree(boolean t) { return new UprobeSlot(header, name, inode, inodeGen, offset, ref, t, copyInsn, consumers); }

    public UprobeSlot withCopyInsn(boolean c) { return new UprobeSlot(header, name, inode, inodeGen, offset, ref, inTree, c, consumers); }

    public UprobeSlot withConsumers(int c) { return new UprobeSlot(header, name, inode, inodeGen, offset, ref, inTree, copyInsn, c); }
}
