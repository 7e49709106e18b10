package org.speclab.engine.run;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.speclab.engine.kernel.Committed;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.step.Decision;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.reader.FindUprobeRcu;
import org.speclab.engine.step.reader.LockedLookup;
import org.speclab.engine.step.reader.SpeculativeLookup;

/**
 * Which of a reader's locals its current lookup attempt has loaded so far, and whether its vm_start and vm_pgoff
 * form a torn pair: both loaded by plain loads (S5/S6 of {@code find_active_uprobe_speculative()}) and giving a
 * file offset for bp ({@code vaddr_to_offset()}) that the committed mapping had at bp at neither load — e.g. a
 * new vm_start with an old vm_pgoff while {@code __split_vma()} rewrites the VMA (MODEL.md §8, B4). For the
 * reader-registers view; computed from the trace, never stored in the state.
 */
public record ReaderLoads(Set<Local> loaded, boolean tornPair) {
    /** The locals of the lookup, in the order the speculative path loads them. */
    public enum Local { SEQ, VMA, VM_FILE, PGOFF, START, INODE, OFFSET, UPROBE }

    public ReaderLoads { loaded = Set.copyOf(loaded); }

    /** After {@code steps} steps of {@code trace}, for reader thread {@code thread}. */
    public static ReaderLoads of(Trace trace, int steps, int thread) {
        EnumSet<Local> loaded = EnumSet.noneOf(Local.class);
        int pgoffAt = -1;
        int startAt = -1;
        for (int i = steps; i >= 1; i--) {
            TraceEntry e = trace.entries().get(i - 1);
            if (e.thread() != thread) continue;
            Step s = e.step();
            // a failed attempt clears the locals at the step that failed it (SpeculativeLookup.fail: a retry or the
            // fallback); S2 (try_begin) and L1 (mmap_read_lock) begin an attempt
            if (s instanceof SpeculativeLookup.SpeculationFailed || endsAttempt(e.decision())) break;
            loaded.addAll(loads(s));
            if (s instanceof SpeculativeLookup.LoadPgoff && pgoffAt < 0) pgoffAt = i;
            if (s instanceof SpeculativeLookup.LoadStart && startAt < 0) startAt = i;
            if (s instanceof SpeculativeLookup.TryBegin || e.label().equals("L1")) break;
        }
        if (trace.stateAt(steps).thread(thread).regs() instanceof ReaderRegs r && r.file() == null) loaded.remove(Local.VM_FILE);
        return new ReaderLoads(loaded, pgoffAt > 0 && startAt > 0 && torn(trace, steps, thread, pgoffAt, startAt));
    }

    private static boolean endsAttempt(Decision d) {
        return d != null && (d.kind() == Decision.Kind.RETRY || d.kind() == Decision.Kind.FALLBACK);
    }

    private static Set<Local> loads(Step s) {
        if (s instanceof SpeculativeLookup.TryBegin) return Set.of(Local.SEQ);
        if (s instanceof SpeculativeLookup.VmaLookup || s instanceof LockedLookup.VmaLookup) return Set.of(Local.VMA);
        if (s instanceof SpeculativeLookup.LoadVmFile || s instanceof SpeculativeLookup.LoadVmFileSecondHalf) return Set.of(Local.VM_FILE);
        if (s instanceof SpeculativeLookup.LoadPgoff) return Set.of(Local.PGOFF);
        if (s instanceof SpeculativeLookup.LoadStart) return Set.of(Local.START);
        if (s instanceof SpeculativeLookup.LoadInode) return Set.of(Local.INODE);
        if (s instanceof SpeculativeLookup.ComputeOffset) return Set.of(Local.OFFSET);
        if (s instanceof LockedLookup.LoadKey) return Set.of(Local.VM_FILE, Local.PGOFF, Local.START, Local.INODE, Local.OFFSET);
        if (s instanceof FindUprobeRcu.Find) return Set.of(Local.UPROBE);
        return Set.of();
    }

    private static boolean torn(Trace trace, int steps, int thread, int pgoffAt, int startAt) {
        if (!(trace.stateAt(steps).thread(thread).regs() instanceof ReaderRegs r)) return false;
        long offset = r.pgoff() * Kernel.PAGE_SIZE + (r.bp() - r.start());
        Optional<Committed.Key> atPgoff = trace.stateAt(pgoffAt).world().committed().keyAt(r.bp());
        Optional<Committed.Key> atStart = trace.stateAt(startAt).world().committed().keyAt(r.bp());
        if (atPgoff.isEmpty() && atStart.isEmpty()) return false;
        return atPgoff.map(k -> k.offset() != offset).orElse(true) && atStart.map(k -> k.offset() != offset).orElse(true);
    }
}
