package org.speclab.engine.kernel;

import java.util.List;
import java.util.Optional;

/**
 * The committed mapping: what an {@code mmap_read_lock} holder would see. It changes only when a write section
 * ends (unlock or downgrade) and takes all of that section's changes at once (docs/model.md §8, P1). Each range
 * records the inode identity (address + generation) and file offset it maps.
 */
public record Committed(List<Range> ranges) {
    public static final Committed NOTHING = new Committed(List.of());

    /** [start, end) maps inode (address, gen), or nothing (inode &lt; 0), with file offset of start = base. */
    public record Range(long start, long end, int inode, int inodeGen, long base) {
        /** Written out, as {@link Header#hashCode}. */
        @Override
        public int hashCode() {
            return (((31 * Long.hashCode(start) + Long.hashCode(end)) * 31 + inode) * 31 + inodeGen) * 31 + Long.hashCode(base);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Range r && r.start == start && r.end == end && r.inode == inode && r.inodeGen == inodeGen
                    && r.base == base;
        }
    }

    /** The (inode address, inode gen, offset) the committed mapping maps at addr. */
    public record Key(int inode, int inodeGen, long offset) {}

    public Committed { ranges = List.copyOf(ranges); }

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() { return ranges.hashCode(); }

    @Override
    public boolean equals(Object o) { return this == o || o instanceof Committed c && c.ranges.equals(ranges); }

    public Optional<Key> keyAt(long addr) {
        for (Range r : ranges) {
            if (r.start() <= addr && addr < r.end()) {
                return r.inode() < 0 ? Optional.empty() : Optional.of(new Key(r.inode(), r.inodeGen(), r.base() + (addr - r.start())));
            }
        }
        return Optional.empty();
    }
}
