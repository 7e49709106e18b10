package org.speclab.engine.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code mm->mm_mt}, the maple tree in RCU mode, as an interval map from address ranges to VMA slots. Every
 * change replaces the whole map, which is what an RCU reader sees: a lookup returns a VMA that was in the tree
 * at the instant of the lookup. A range entry carries its own bounds, which can differ from the VMA's
 * {@code vm_start}/{@code vm_end} while a writer is in the middle of a split.
 */
public record VmaTree(List<Entry> entries) {
    public static final VmaTree EMPTY = new VmaTree(List.of());

    /** One range of the tree: [start, end) maps to VMA slot {@code vma}. */
    public record Entry(long start, long end, int vma) {
        public boolean covers(long addr) { return start <= addr && addr < end; }

        /** Written out, as {@link Header#hashCode}. */
        @Override
        public int hashCode() { return (31 * Long.hashCode(start) + Long.hashCode(end)) * 31 + vma; }

        @Override
        public boolean equals(Object o) { return this == o || o instanceof Entry e && e.start == start && e.end == end && e.vma == vma; }
    }

    public VmaTree { entries = List.copyOf(entries); }

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() { return entries.hashCode(); }

    @Override
    public boolean equals(Object o) { return this == o || o instanceof VmaTree t && t.entries.equals(entries); }

    /** {@code vma_lookup()}: the VMA slot whose range covers addr. */
    public Optional<Entry> lookup(long addr) {
        for (Entry e : entries) if (e.covers(addr)) return Optional.of(e);
        return Optional.empty();
    }

    /** Entries overlapping [start, end), in address order. */
    public List<Entry> overlapping(long start, long end) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) if (e.start() < end && start < e.end()) out.add(e);
        return out;
    }

    /** {@code mas_store}: map [start, end) to vma (or to nothing when vma &lt; 0), clipping what was there. */
    public VmaTree store(long start, long end, int vma) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.end() <= start || end <= e.start()) {
                out.add(e);
                continue;
            }
            if (e.start() < start) out.add(new Entry(e.start(), start, e.vma()));
            if (end < e.end()) out.add(new Entry(end, e.end(), e.vma()));
        }
        if (vma >= 0) out.add(new Entry(start, end, vma));
        out.sort((a, b) -> Long.compare(a.start(), b.start()));
        return new VmaTree(out);
    }

    public VmaTree clear(long start, long end) { return store(start, end, -1); }

    public boolean contains(int vma) {
        for (Entry e : entries) if (e.vma() == vma) return true;
        return false;
    }
}
