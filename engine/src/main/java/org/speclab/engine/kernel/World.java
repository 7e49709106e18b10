package org.speclab.engine.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything shared between the modelled threads, as one immutable snapshot (docs/model.md §2): the mm, the slab
 * caches, the uprobes tree, the two RCU flavours, the page text and the committed mapping. A value class (not a
 * record) only so that its hash is computed once: the checker hashes every state it meets.
 */
public final class World {
    private final Mm mm;
    private final Slab<VmaSlot> vmas;
    private final Slab<FileSlot> filp;
    private final Slab<FileSlot> bfilp;
    private final Slab<InodeSlot> inodes;
    private final Slab<UprobeSlot> uprobes;
    private final UprobeTree utree;
    private final RcuFlavor rcu;
    private final RcuFlavor trace;
    private final PageText text;
    private final Committed committed;
    /** Non-null in a {@link #watched} world: where its reads and writes are logged. */
    private final ReadLog log;
    private int hash;

    public World(Mm mm, Slab<VmaSlot> vmas, Slab<FileSlot> filp, Slab<FileSlot> bfilp, Slab<InodeSlot> inodes,
                 Slab<UprobeSlot> uprobes, UprobeTree utree, RcuFlavor rcu, RcuFlavor trace, PageText text, Committed committed) {
        this(mm, vmas, filp, bfilp, inodes, uprobes, utree, rcu, trace, text, committed, null);
    }

    private World(Mm mm, Slab<VmaSlot> vmas, Slab<FileSlot> filp, Slab<FileSlot> bfilp, Slab<InodeSlot> inodes,
                  Slab<UprobeSlot> uprobes, UprobeTree utree, RcuFlavor rcu, RcuFlavor trace, PageText text, Committed committed,
                  ReadLog log) {
        this.log = log;
        this.mm = mm;
        this.vmas = vmas;
        this.filp = filp;
        this.bfilp = bfilp;
        this.inodes = inodes;
        this.uprobes = uprobes;
        this.utree = utree;
        this.rcu = rcu;
        this.trace = trace;
        this.text = text;
        this.committed = committed;
    }

    public Mm mm() {
        if (log != null) log.read(0);
        return mm;
    }

    public Slab<VmaSlot> vmas() {
        if (log != null) log.read(1);
        return vmas;
    }

    public Slab<FileSlot> filp() {
        if (log != null) log.read(2);
        return filp;
    }

    public Slab<FileSlot> bfilp() {
        if (log != null) log.read(3);
        return bfilp;
    }

    public Slab<InodeSlot> inodes() {
        if (log != null) log.read(4);
        return inodes;
    }

    public Slab<UprobeSlot> uprobes() {
        if (log != null) log.read(5);
        return uprobes;
    }

    public UprobeTree utree() {
        if (log != null) log.read(6);
        return utree;
    }

    public RcuFlavor rcu() {
        if (log != null) log.read(7);
        return rcu;
    }

    public RcuFlavor trace() {
        if (log != null) log.read(8);
        return trace;
    }

    public PageText text() {
        if (log != null) log.read(9);
        return text;
    }

    public Committed committed() {
        if (log != null) log.read(10);
        return committed;
    }

    @Override
    public int hashCode() {
        if (log != null) log.readAll();
        int h = hash;
        if (h == 0) {
            h = java.util.Objects.hash(mm, vmas, filp, bfilp, inodes, uprobes, utree, rcu, trace, text, committed);
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    /** How many parts {@link #part} has: every field that makes up the world's value. */
    public static final int PARTS = 11;

    /** The {@link #part} index of the uprobes slab. */
    public static final int UPROBES_PART = 5;

    /** The {@link #part} index of the uprobes tree. */
    public static final int UTREE_PART = 6;

    /** The {@link #part} index of the committed mapping. */
    public static final int COMMITTED_PART = 10;

    /**
     * The world's value, part by part, for the checker's compact keys (each distinct part gets a small id). Keep
     * in step with the fields, {@link #equals} and {@link #changedParts}; {@code CompactTablesTest} checks that every
     * field is a part, {@code WorldTest} that {@link #changedParts} sees each. The checker's accessor: it logs no read,
     * so steps must use the named accessors.
     */
    public Object part(int i) {
        return switch (i) {
            case 0 -> mm;
            case 1 -> vmas;
            case 2 -> filp;
            case 3 -> bfilp;
            case 4 -> inodes;
            case 5 -> uprobes;
            case 6 -> utree;
            case 7 -> rcu;
            case 8 -> trace;
            case 9 -> text;
            case 10 -> committed;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    /**
     * A bit per {@link #part} (bit i for part i) that is not the very same object in {@code other}: the parts a
     * step that made this world from {@code other} replaced. One call instead of two {@link #part} calls a part:
     * the checker asks on every step it has not memoized.
     */
    public int changedParts(World other) {
        int m = 0;
        if (mm != other.mm) m |= 1;
        if (vmas != other.vmas) m |= 1 << 1;
        if (filp != other.filp) m |= 1 << 2;
        if (bfilp != other.bfilp) m |= 1 << 3;
        if (inodes != other.inodes) m |= 1 << 4;
        if (uprobes != other.uprobes) m |= 1 << 5;
        if (utree != other.utree) m |= 1 << 6;
        if (rcu != other.rcu) m |= 1 << 7;
        if (trace != other.trace) m |= 1 << 8;
        if (text != other.text) m |= 1 << 9;
        if (committed != other.committed) m |= 1 << 10;
        return m;
    }

    /** The world made of these {@link #part parts}, in {@link #part}'s order (the checker's canonical worlds). */
    @SuppressWarnings("unchecked")
    public static World ofParts(Object[] p) {
        if (p.length != PARTS) throw new IllegalArgumentException(PARTS + " parts expected, not " + p.length);
        return new World((Mm) p[0], (Slab<VmaSlot>) p[1], (Slab<FileSlot>) p[2], (Slab<FileSlot>) p[3], (Slab<InodeSlot>) p[4],
                (Slab<UprobeSlot>) p[5], (UprobeTree) p[6], (RcuFlavor) p[7], (RcuFlavor) p[8], (PageText) p[9], (Committed) p[10]);
    }

    @Override
    public boolean equals(Object o) {
        if (log != null) log.readAll();
        if (this == o) return true;
        if (!(o instanceof World w) || w.hashCode() != hashCode()) return false;
        return mm.equals(w.mm) && vmas.equals(w.vmas) && filp.equals(w.filp) && bfilp.equals(w.bfilp) && inodes.equals(w.inodes)
                && uprobes.equals(w.uprobes) && utree.equals(w.utree) && rcu.equals(w.rcu) && trace.equals(w.trace)
                && text.equals(w.text) && committed.equals(w.committed);
    }

    @Override
    public String toString() {
        if (log != null) log.readAll();
        return "World[mm=" + mm + ", vmas=" + vmas + ", filp=" + filp + ", bfilp=" + bfilp + ", inodes=" + inodes + ", uprobes="
                + uprobes + ", utree=" + utree + ", rcu=" + rcu + ", trace=" + trace + ", text=" + text + ", committed=" + committed + "]";
    }

    public World withMm(Mm v) { return wrote(0, new World(v, vmas, filp, bfilp, inodes, uprobes, utree, rcu, trace, text, committed, log)); }

    public World withVmas(Slab<VmaSlot> v) { return wrote(1, new World(mm, v, filp, bfilp, inodes, uprobes, utree, rcu, trace, text, committed, log)); }

    public World withFiles(Cache c, Slab<FileSlot> v) {
        return c == Cache.BFILP
                ? wrote(3, new World(mm, vmas, filp, v, inodes, uprobes, utree, rcu, trace, text, committed, log))
                : wrote(2, new World(mm, vmas, v, bfilp, inodes, uprobes, utree, rcu, trace, text, committed, log));
    }

    public World withInodes(Slab<InodeSlot> v) { return wrote(4, new World(mm, vmas, filp, bfilp, v, uprobes, utree, rcu, trace, text, committed, log)); }

    public World withUprobes(Slab<UprobeSlot> v) { return wrote(5, new World(mm, vmas, filp, bfilp, inodes, v, utree, rcu, trace, text, committed, log)); }

    public World withUtree(UprobeTree v) { return wrote(6, new World(mm, vmas, filp, bfilp, inodes, uprobes, v, rcu, trace, text, committed, log)); }

    public World withRcu(RcuFlavor v) { return wrote(7, new World(mm, vmas, filp, bfilp, inodes, uprobes, utree, v, trace, text, committed, log)); }

    public World withTrace(RcuFlavor v) { return wrote(8, new World(mm, vmas, filp, bfilp, inodes, uprobes, utree, rcu, v, text, committed, log)); }

    public World withText(PageText v) { return wrote(9, new World(mm, vmas, filp, bfilp, inodes, uprobes, utree, rcu, trace, v, committed, log)); }

    public World withCommitted(Committed v) { return wrote(10, new World(mm, vmas, filp, bfilp, inodes, uprobes, utree, rcu, trace, text, v, log)); }

    /** {@code next}, a copy of this world with part {@code part} replaced, after logging the write when watched. */
    private World wrote(int part, World next) {
        if (log != null) log.wrote(part);
        return next;
    }

    /**
     * This world, logging to {@code log} which parts are read and written through it and the worlds made from
     * it by the {@code with…} methods (ADR 0017). Equal to this world.
     */
    public World watched(ReadLog log) {
        return new World(mm, vmas, filp, bfilp, inodes, uprobes, utree, rcu, trace, text, committed, java.util.Objects.requireNonNull(log));
    }

    /** This world without a log (itself when it has none). */
    public World unwatched() {
        return log == null ? this : new World(mm, vmas, filp, bfilp, inodes, uprobes, utree, rcu, trace, text, committed, null);
    }

    public Slab<FileSlot> files(Cache c) { return c == Cache.BFILP ? bfilp() : filp(); }

    public FileSlot file(FileRef f) { return files(f.cache()).get(f.index()); }

    public World updateFile(FileRef f, java.util.function.UnaryOperator<FileSlot> change) {
        return withFiles(f.cache(), files(f.cache()).update(f.index(), change));
    }

    public RcuFlavor flavor(boolean tasksTrace) { return tasksTrace ? trace() : rcu(); }

    public World withFlavor(boolean tasksTrace, RcuFlavor f) { return tasksTrace ? withTrace(f) : withRcu(f); }

    /** The committed mapping recomputed from the tree and the VMA fields, as at the end of a write section. */
    public Committed mappingNow() {
        List<Committed.Range> ranges = new ArrayList<>();
        for (VmaTree.Entry e : mm().tree().entries()) {
            VmaSlot v = vmas().get(e.vma());
            if (v.file() == null || v.file().wild()) {
                ranges.add(new Committed.Range(e.start(), e.end(), -1, -1, 0));
            } else {
                FileSlot f = file(v.file());
                ranges.add(new Committed.Range(e.start(), e.end(), f.inode(), f.inodeGen(), v.fileOffset(e.start())));
            }
        }
        return new Committed(ranges);
    }

    /**
     * The uprobe the locked lookup would return at bp right now under the committed mapping: the one in the tree
     * whose registered inode identity and offset equal the committed key (P1's "valid at this instant").
     */
    public Optional<UprobeTree.Node> validUprobeAt(long bp) {
        Optional<Committed.Key> key = committed().keyAt(bp);
        if (key.isEmpty()) return Optional.empty();
        Committed.Key k = key.get();
        Optional<UprobeTree.Node> node = utree().find(k.inode(), k.offset());
        if (node.isEmpty()) return Optional.empty();
        UprobeSlot u = uprobes().get(node.get().uprobe());
        return u.inodeGen() == k.inodeGen() && u.inode() == k.inode() ? node : Optional.empty();
    }

    /** Index of the LIVE file slot with this name, in either file cache. */
    public Optional<FileRef> fileNamed(String name) {
        for (Cache c : new Cache[] {Cache.FILP, Cache.BFILP}) {
            Slab<FileSlot> s = files(c);
            for (int i = 0; i < s.size(); i++) if (s.get(i).live() && s.get(i).name().equals(name)) return Optional.of(new FileRef(c, i));
        }
        return Optional.empty();
    }

    public int inodeNamed(String name) {
        Slab<InodeSlot> inodes = inodes();
        for (int i = 0; i < inodes.size(); i++) if (inodes.get(i).live() && inodes.get(i).name().equals(name)) return i;
        return -1;
    }

    public int uprobeNamed(String name) {
        Slab<UprobeSlot> uprobes = uprobes();
        for (int i = 0; i < uprobes.size(); i++) if (uprobes.get(i).live() && uprobes.get(i).name().equals(name)) return i;
        return -1;
    }
}
