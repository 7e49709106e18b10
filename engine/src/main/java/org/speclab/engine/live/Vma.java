package org.speclab.engine.live;

/**
 * One mapping of the analog: [start, end) of {@code file} at page offset {@code pgoff}. Immutable: a writer
 * publishes a new snapshot instead of changing a VMA in place.
 */
public record Vma(long start, long end, MappedFile file, long pgoff) {
    public static final long PAGE = 0x1000;

    public Vma {
        if (end <= start) throw new IllegalArgumentException("empty vma [" + start + ", " + end + ")");
    }

    public boolean contains(long addr) { return addr >= start && addr < end; }

    /** The file offset of {@code addr}, as uprobes key it: vaddr_to_offset(). */
    public long fileOffset(long addr) { return addr - start + pgoff * PAGE; }

    /** A struct file of the analog: the lookup only follows it to its inode. */
    public record MappedFile(Inode inode) {}

    /** An inode of the analog: its id is half of the uprobes key (inode, offset). */
    public record Inode(int id, String name) {
        public Inode {
            if (id < 0 || id >= 1 << 20) throw new IllegalArgumentException("inode id out of range: " + id);
        }
    }
}
