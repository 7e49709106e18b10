package org.speclab.engine.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable address space: VMAs sorted by start, and the uprobes keyed by (inode, offset) in one sorted
 * array (the analog of the uprobes rb-tree). A writer derives a new snapshot and publishes it; a reader that
 * holds an old one can still walk it safely (the RCU part of the analog). {@link #find} allocates nothing.
 */
public final class Snapshot {
    /** No uprobe at the address: a miss. */
    public static final int NONE = -1;

    private final Vma[] vmas;
    private final long[] uprobeKeys;
    private final int[] uprobeIds;

    private Snapshot(Vma[] vmas, long[] uprobeKeys, int[] uprobeIds) {
        this.vmas = vmas;
        this.uprobeKeys = uprobeKeys;
        this.uprobeIds = uprobeIds;
    }

    /** A space with {@code vmas} (must not overlap) and {@code uprobes}. */
    public static Snapshot of(List<Vma> vmas, List<Uprobe> uprobes) {
        Vma[] sorted = vmas.toArray(Vma[]::new);
        Arrays.sort(sorted, Comparator.comparingLong(Vma::start));
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].start() < sorted[i - 1].end()) throw new IllegalArgumentException("overlapping vmas at " + sorted[i].start());
        }
        Uprobe[] u = uprobes.toArray(Uprobe[]::new);
        Arrays.sort(u, Comparator.comparingLong(Uprobe::key));
        long[] keys = new long[u.length];
        int[] ids = new int[u.length];
        for (int i = 0; i < u.length; i++) {
            keys[i] = u[i].key();
            ids[i] = u[i].id();
            if (i > 0 && keys[i] == keys[i - 1]) throw new IllegalArgumentException("two uprobes at one (inode, offset)");
        }
        return new Snapshot(sorted, keys, ids);
    }

    /** A uprobe at {@code offset} of {@code inode}; {@code id} is what a hit returns. */
    public record Uprobe(int id, Vma.Inode inode, long offset) {
        public Uprobe {
            if (id < 0) throw new IllegalArgumentException("uprobe id must be >= 0");
            if (offset < 0 || offset >= 1L << 40) throw new IllegalArgumentException("offset out of range");
        }

        long key() { return key(inode.id(), offset); }

        static long key(int inode, long offset) { return (long) inode << 40 | offset; }
    }

    /** VMA → file → inode → uprobe, as find_active_uprobe_*() resolves a breakpoint address; {@link #NONE} on a miss. */
    public int find(long addr) {
        Vma vma = vmaLookup(addr);
        if (vma == null || vma.file() == null) return NONE;
        long key = Uprobe.key(vma.file().inode().id(), vma.fileOffset(addr));
        int i = Arrays.binarySearch(uprobeKeys, key);
        return i >= 0 ? uprobeIds[i] : NONE;
    }

    /** vma_lookup(): the VMA containing {@code addr}, or null. */
    public Vma vmaLookup(long addr) {
        int lo = 0;
        int hi = vmas.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Vma v = vmas[mid];
            if (addr < v.start()) hi = mid - 1;
            else if (addr >= v.end()) lo = mid + 1;
            else return v;
        }
        return null;
    }

    /** This space without the VMA that starts at {@code start} (munmap's unlink). */
    public Snapshot without(long start) {
        List<Vma> kept = new ArrayList<>(vmas.length);
        for (Vma v : vmas) if (v.start() != start) kept.add(v);
        return new Snapshot(kept.toArray(Vma[]::new), uprobeKeys, uprobeIds);
    }

    /** This space with {@code vma} added (it must not overlap any VMA left). */
    public Snapshot with(Vma vma) {
        List<Vma> all = new ArrayList<>(Arrays.asList(vmas));
        all.add(vma);
        Vma[] sorted = all.toArray(Vma[]::new);
        Arrays.sort(sorted, Comparator.comparingLong(Vma::start));
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].start() < sorted[i - 1].end()) throw new IllegalArgumentException("overlapping vmas at " + sorted[i].start());
        }
        return new Snapshot(sorted, uprobeKeys, uprobeIds);
    }

    public List<Vma> vmas() { return List.of(vmas); }
}
