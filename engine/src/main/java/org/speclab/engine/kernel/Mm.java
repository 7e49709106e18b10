package org.speclab.engine.kernel;

import java.util.Objects;

/**
 * The probed process's {@code mm_struct}: {@code mmap_lock}, the {@code mm_lock_seq} sequence count (modulo
 * 2^bits), the uprobe flags and the VMA tree.
 */
public record Mm(MmapLock lock, int seq, int seqBits, boolean hasUprobes, boolean recalcUprobes, VmaTree tree) {
    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() {
        int h = Objects.hashCode(lock);
        h = 31 * h + seq;
        h = 31 * h + seqBits;
        h = 31 * h + (hasUprobes ? 1 : 0);
        h = 31 * h + (recalcUprobes ? 1 : 0);
        return 31 * h + Objects.hashCode(tree);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Mm m && m.seq == seq && m.seqBits == seqBits && m.hasUprobes == hasUprobes
                && m.recalcUprobes == recalcUprobes && Objects.equals(m.lock, lock) && Objects.equals(m.tree, tree);
    }

    public Mm withLock(MmapLock l) { return new Mm(l, seq, seqBits, hasUprobes, recalcUprobes, tree); }

    public Mm withTree(VmaTree t) { return new Mm(lock, seq, seqBits, hasUprobes, recalcUprobes, t); }

    public Mm withHasUprobes(boolean v) { return new Mm(lock, seq, seqBits, v, recalcUprobes, tree); }

    public Mm withRecalc(boolean v) { return new Mm(lock, seq, seqBits, hasUprobes, v, tree); }

    /** {@code do_raw_write_seqcount_begin/end}: sequence++, wrapping at the counter's width. */
    public Mm bumpSeq() {
        int next = seqBits >= 32 ? seq + 1 : (int) ((seq + 1L) & ((1L << seqBits) - 1));
        return new Mm(lock, next, seqBits, hasUprobes, recalcUprobes, tree);
    }

    /** The count as an unsigned number, for display. */
    public long seqValue() { return Integer.toUnsignedLong(seq); }
}
