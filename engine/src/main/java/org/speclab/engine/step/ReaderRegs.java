package org.speclab.engine.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.speclab.engine.kernel.FileRef;

/**
 * The reader's locals in {@code handle_swbp()} and the lookups (docs/model.md §3): the breakpoint address, the
 * sequence snapshot, the loaded pointers and fields, the uprobe found, and the result. Ghost fields, used only
 * by the properties and the views: {@code fileGen}/{@code inodeGen} (which identity the loaded pointer had),
 * {@code window} and {@code valid} (the uprobes that were valid at bp at some instant of the lookup, for P1).
 * Pointers that are not set are -1 or null.
 */
public record ReaderRegs(long bp, int attempt, int seq, int vma, FileRef file, int fileGen, FileRef tornHalf, long pgoff, long start, int inode, int inodeGen, long off, int useq0, int uprobe, int uprobeGen, int isSwbp, Reason reason, Verdict verdict, boolean locked, boolean window, List<UprobeId> valid) implements Regs {
    /** A uprobe identity: slot and generation. */
    public record UprobeId(int index, int gen) {
        /** Written out, as {@link ReaderRegs#hashCode}. */
        @Override
        public int hashCode() { return 31 * index + gen; }

        @Override
        public boolean equals(Object o) { return this == o || o instanceof UprobeId u && u.index == index && u.gen == gen; }
    }

    public ReaderRegs { valid = List.copyOf(valid); }

    /**
     * Written out (equality stays the record's): the checker hashes every new reader state, and a record's
     * generated hash runs as a chain of method handles, which the checker's C1-only JVM runs several times slower
     * (ADR 0015). Every component takes part; {@code ReaderRegsTest} fails when a new one does not. The same for
     * {@link #equals}, which compares the ints first: equal hashes of different registers differ there most often.
     */
    @Override
    public int hashCode() {
        int h = Long.hashCode(bp);
        h = 31 * h + attempt;
        h = 31 * h + seq;
        h = 31 * h + vma;
        h = 31 * h + Objects.hashCode(file);
        h = 31 * h + fileGen;
        h = 31 * h + Objects.hashCode(tornHalf);
        h = 31 * h + Long.hashCode(pgoff);
        h = 31 * h + Long.hashCode(start);
        h = 31 * h + inode;
        h = 31 * h + inodeGen;
        h = 31 * h + Long.hashCode(off);
        h = 31 * h + useq0;
        h = 31 * h + uprobe;
        h = 31 * h + uprobeGen;
        h = 31 * h + isSwbp;
        h = 31 * h + Objects.hashCode(reason);
        h = 31 * h + Objects.hashCode(verdict);
        h = 31 * h + (locked ? 1 : 0);
        h = 31 * h + (window ? 1 : 0);
        return 31 * h + valid.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ReaderRegs r && r.bp == bp && r.attempt == attempt && r.seq == seq && r.vma == vma
                && r.fileGen == fileGen && r.pgoff == pgoff && r.start == start && r.inode == inode && r.inodeGen == inodeGen
                && r.off == off && r.useq0 == useq0 && r.uprobe == uprobe && r.uprobeGen == uprobeGen && r.isSwbp == isSwbp
                && r.locked == locked && r.window == window && r.reason == reason && r.verdict == verdict
                && Objects.equals(r.file, file) && Objects.equals(r.tornHalf, tornHalf) && r.valid.equals(valid);
    }

    public static ReaderRegs at(long bp) {
        return new ReaderRegs(bp, 0, 0, -1, null, -1, null, 0, 0, -1, -1, 0, 0, -1, -1, 0, null, null, false, false, List.of());
    }

    public ReaderRegs withAttempt(int v) { return new ReaderRegs(bp, v, seq, vma, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, locked, window, valid); }

    public ReaderRegs withSeq(int v) { return new ReaderRegs(bp, attempt, v, vma, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, locked, window, valid); }

    public ReaderRegs withVma(int v) { return new ReaderRegs(bp, attempt, seq, v, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, locked, window, valid); }

    public ReaderRegs withFile(FileRef v, int gen) { return new ReaderRegs(bp, attempt, seq, vma, v, gen, tornHalf, pgoff, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, locked, window, valid); }

    public ReaderRegs withTornHalf(FileRef v) { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, v, pgoff, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, locked, window, valid); }

    public ReaderRegs withPgoff(long v) { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, v, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, locked, window, valid); }

    public ReaderRegs withStart(long v) { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, pgoff, v, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, locked, window, valid); }

    public ReaderRegs withInode(int v, int gen) { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, pgoff, start, v, gen, off, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, locked, window, valid); }

    public ReaderRegs withOff(long v) { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, v, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, locked, window, valid); }

    public ReaderRegs withUseq0(int v) { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, off, v, uprobe, uprobeGen, isSwbp, reason, verdict, locked, window, valid); }

    public ReaderRegs withUprobe(int v, int gen) { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, off, useq0, v, gen, isSwbp, reason, verdict, locked, window, valid); }

    public ReaderRegs withIsSwbp(int v) { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, v, reason, verdict, locked, window, valid); }

    public ReaderRegs withReason(Reason v) { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, v, verdict, locked, window, valid); }

    public ReaderRegs withVerdict(Verdict v) { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, reason, v, locked, window, valid); }

    public ReaderRegs withLocked(boolean v) { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, v, window, valid); }

    public ReaderRegs openWindow() { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, locked, true, List.of()); }

    public ReaderRegs closeWindow() { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, locked, false, valid); }

    public ReaderRegs withValid(List<UprobeId> v) { return new ReaderRegs(bp, attempt, seq, vma, file, fileGen, tornHalf, pgoff, start, inode, inodeGen, off, useq0, uprobe, uprobeGen, isSwbp, reason, verdict, locked, window, v); }


    /** Forgets what one lookup attempt loaded, before the next attempt or the locked path. */
    public ReaderRegs cleared() {
        return new ReaderRegs(bp, attempt, seq, -1, null, -1, null, 0, 0, -1, -1, 0, 0, -1, -1, isSwbp, reason, verdict, locked, false, List.of());
    }

    /** Records that {@code id} is valid at bp right now (P1 bookkeeping). */
    public ReaderRegs noteValid(UprobeId id) {
        if (valid.contains(id)) return this;
        List<UprobeId> v = new ArrayList<>(valid);
        v.add(id);
        return withValid(v);
    }

    public boolean holdsUprobe() { return uprobe >= 0; }

    /** docs/model.md §7: {@code speculative-hit}, or the failed speculation's reason, '/', the locked result. */
    public String outcome() {
        if (verdict == null) return "unfinished";
        if (verdict == Verdict.SPECULATIVE_HIT || reason == null) return verdict.outcomeName();
        return reason.outcomeName() + "/" + verdict.outcomeName();
    }
}
