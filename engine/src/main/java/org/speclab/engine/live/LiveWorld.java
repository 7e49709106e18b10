package org.speclab.engine.live;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's address space: libfoo's text at 0x400000 with uprobe u1 at file offset 0x1100 (the breakpoint
 * 0x401100 every reader hits, as in uprobe-nop), libbar with u2 at the same offset, and 62 more mappings so the
 * VMA lookup has some depth. Writers remap a scratch mapping far from the breakpoint: the readers' answer never
 * changes, but every write section moves the count, as an unrelated mmap/munmap does in the kernel.
 */
public final class LiveWorld {
    public static final long BREAKPOINT = 0x401100;
    public static final long SCRATCH = 0x7f0000000000L;
    public static final int U1 = 1;
    public static final int U2 = 2;
    public static final Vma.Inode LIBFOO = new Vma.Inode(1, "libfoo");
    public static final Vma.Inode LIBBAR = new Vma.Inode(2, "libbar");
    static final Vma.MappedFile FOO = new Vma.MappedFile(LIBFOO);
    static final Vma.MappedFile BAR = new Vma.MappedFile(LIBBAR);

    private LiveWorld() {}

    public static Snapshot initial() {
        List<Vma> vmas = new ArrayList<>();
        vmas.add(new Vma(0x400000, 0x404000, FOO, 0));
        for (int i = 0; i < 62; i++) {
            long start = 0x10000000L + i * 0x100000L;
            vmas.add(new Vma(start, start + 0x4000, i % 2 == 0 ? BAR : null, i));
        }
        vmas.add(scratch(0));
        List<Snapshot.Uprobe> uprobes = List.of(new Snapshot.Uprobe(U1, LIBFOO, 0x1100), new Snapshot.Uprobe(U2, LIBBAR, 0x1100));
        return Snapshot.of(vmas, uprobes);
    }

    /** The scratch mapping after write section {@code n}: libbar or libfoo, alternately. */
    public static Vma scratch(long n) { return new Vma(SCRATCH, SCRATCH + 0x4000, n % 2 == 0 ? BAR : FOO, n % 2); }
}
