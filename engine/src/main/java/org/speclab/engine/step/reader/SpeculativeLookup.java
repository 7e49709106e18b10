package org.speclab.engine.step.reader;

import java.util.Optional;
import org.speclab.engine.kernel.FileRef;
import org.speclab.engine.kernel.FileSlot;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.VmaSlot;
import org.speclab.engine.kernel.VmaTree;
import org.speclab.engine.step.Decision;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.Reason;
import org.speclab.engine.step.LocalStep;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.Verdict;
import org.speclab.engine.variant.CodePath;

/** {@code find_active_uprobe_speculative()} (Linux 6.14), one line a step: S1–S10 and the failure exit. */
public final class SpeculativeLookup {
    private static final String FN = "find_active_uprobe_speculative";

    private SpeculativeLookup() {}

    /**
     * S1: guard(rcu)() — what call_rcu() frees from now on (VMAs in 6.14, maple nodes) waits for this reader. A
     * struct file freed into its SLAB_TYPESAFE_BY_RCU cache does not wait: its slot may be reused at once; only
     * the discard of its empty slab page waits.
     */
    public record RcuLock() implements Step {
        public String label() { return "S1"; }

        public String function() { return "rcu_read_lock"; }

        public void run(Exec x) {
            x.w(x.w().withRcu(x.w().rcu().enter(x.thread())));
            x.write(() -> "rcu.nesting[" + x.me() + "]");
            x.say(() -> x.me() + " enters an RCU read section: what call_rcu() frees from now on (a VMA in 6.14) waits until it leaves;"
                    + " a struct file freed into its typesafe cache does not wait (its slot may be reused at once), only its slab page does");
        }
    }

    /** S2: mmap_lock_speculate_try_begin(): snapshot mm_lock_seq; an odd count means a writer is active, so don't. */
    public record TryBegin() implements Step {
        public String label() { return "S2"; }

        public String function() { return "mmap_lock_speculate_try_begin"; }

        @Override
        public String preview() { return "S2 snapshot mm_lock_seq (try_begin)"; }

        public void run(Exec x) {
            int seq = x.w().mm().seq();
            x.read("mm.mm_lock_seq");
            x.regs(x.reader().withSeq(seq).openWindow());
            String shown = Long.toUnsignedString(Integer.toUnsignedLong(seq));
            if (!x.knobs().perVmaLock() && !x.path().ignorePerVmaLock()) {
                // the stable outcome name stays fallback-writer-active (docs/model.md §7); no writer is involved here
                fail(x, Reason.WRITER_ACTIVE, "CONFIG_PER_VMA_LOCK=n: the mmap_lock_speculate_try_begin() stub refuses (returns false)"
                        + " whatever the count; no writer is involved, every hit takes mmap_read_lock");
                return;
            }
            if ((seq & 1) == 0) {
                x.say(() -> x.me() + " snapshots mm_lock_seq = " + shown + " (even: no writer) and starts speculating");
                return;
            }
            switch (x.path().start()) {
                case REJECT_ODD -> fail(x, Reason.WRITER_ACTIVE, "mm_lock_seq = " + shown + " is odd: a writer holds mmap_lock");
                case ACCEPT_ODD -> x.say(() -> x.me() + " snapshots mm_lock_seq = " + shown + " and speculates although it is odd (broken: a writer is active)");
                case SPIN_ON_ODD -> {
                    x.stay();
                    x.say(() -> x.me() + " sees mm_lock_seq = " + shown + " (odd) and spins, waiting for the writer (broken: never falls back)");
                }
            }
        }
    }

    /** S3: vma_lookup() under RCU returns a VMA that was in the tree at this instant; nothing is dereferenced yet. */
    public record VmaLookup() implements Step {
        public String label() { return "S3"; }

        public String function() { return "vma_lookup"; }

        public void run(Exec x) {
            x.read("mm.mm_mt");
            Optional<VmaTree.Entry> e = x.w().mm().tree().lookup(x.reader().bp());
            if (e.isEmpty()) {
                fail(x, Reason.NO_VMA, "no VMA covers " + Kernel.hex(x.reader().bp()));
                return;
            }
            x.regs(x.reader().withVma(e.get().vma()));
            x.say(() -> x.me() + " finds vma[" + e.get().vma() + "] covering " + Kernel.hex(x.reader().bp()) + " (a pointer only; no reference taken)");
        }
    }

    /** S4: READ_ONCE(vma->vm_file): one untorn pointer load; no reference is taken on the file. */
    public record LoadVmFile() implements Step {
        public String label() { return "S4"; }

        public String function() { return "READ_ONCE(vma->vm_file)"; }

        @Override
        public String preview() { return "S4 READ_ONCE(vma->vm_file)"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            VmaSlot v = x.loadVma(r.vma(), "vm_file");
            FileRef f = v.file();
            if (f == null) {
                fail(x, Reason.NO_FILE, "vma[" + r.vma() + "] has no vm_file (anonymous memory)");
                return;
            }
            x.regs(r.withFile(f, x.w().file(f).gen()));
            x.say(() -> x.me() + " loads vm_file = " + f + " (" + x.w().file(f).name() + "); the file may be freed and its slot reused under it");
        }
    }

    /**
     * S4 in two halves (B11): a plain load that the compiler may tear (or re-load), which READ_ONCE() forbids;
     * wrapping it in data_race() would change no generated code, only silence KCSAN. This is the first half.
     */
    public record LoadVmFileFirstHalf() implements Step {
        public String label() { return "S4"; }

        public String function() { return "vma->vm_file (plain load)"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            VmaSlot v = x.loadVma(r.vma(), "vm_file (first half)");
            x.regs(r.withTornHalf(v.file()));
            x.say(() -> x.me() + " loads the first half of vm_file (" + v.file() + "): without READ_ONCE the compiler may split"
                    + " the load (data_race() would not stop it: it only tells KCSAN the race is intended)");
        }
    }

    /** S4, second half (B11): if the slot was rewritten in between, the two halves make a wild pointer. */
    public record LoadVmFileSecondHalf() implements Step {
        public String label() { return "S4"; }

        public String function() { return "vma->vm_file (plain load)"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            VmaSlot v = x.loadVma(r.vma(), "vm_file (second half)");
            FileRef first = r.tornHalf();
            FileRef f = java.util.Objects.equals(first, v.file()) ? v.file() : FileRef.WILD;
            if (f == null) {
                fail(x, Reason.NO_FILE, "vma[" + r.vma() + "] has no vm_file");
                return;
            }
            x.regs(r.withFile(f, f.wild() ? -1 : x.w().file(f).gen()).withTornHalf(null));
            x.say(() -> f.wild() ? x.me() + " loads the second half of a different vm_file: the pointer is torn, half " + first + " and half " + v.file()
                    : x.me() + " loads the second half of vm_file = " + f);
        }
    }

    /** S5: vma->vm_pgoff, a plain load with no barrier (LOAD_ORDER may move it). */
    public record LoadPgoff() implements Step {
        public String label() { return "S5"; }

        public String function() { return FN; }

        @Override
        public String preview() { return "S5 load vma->vm_pgoff"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            VmaSlot v = x.loadVma(r.vma(), "vm_pgoff");
            x.regs(r.withPgoff(v.pgoff()));
            x.say(() -> x.me() + " loads vm_pgoff = " + v.pgoff() + " from vma[" + r.vma() + "]");
        }
    }

    /** S6: vma->vm_start, a plain load. */
    public record LoadStart() implements Step {
        public String label() { return "S6"; }

        public String function() { return FN; }

        @Override
        public String preview() { return "S6 load vma->vm_start"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            VmaSlot v = x.loadVma(r.vma(), "vm_start");
            x.regs(r.withStart(v.start()));
            x.say(() -> x.me() + " loads vm_start = " + Kernel.hex(v.start()) + " from vma[" + r.vma() + "]");
        }
    }

    /** S7: vm_file->f_inode — only its address is used, as a tree key; the inode is never dereferenced. */
    public record LoadInode() implements Step {
        public String label() { return "S7"; }

        public String function() { return "file_inode"; }

        @Override
        public String preview() { return "S7 load vm_file->f_inode"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            FileSlot f = x.loadFile(r.file(), "f_inode");
            if (f == null) return;
            x.regs(r.withInode(f.inode(), f.inodeGen()));
            if (f.inode() < 0) {
                x.say(() -> x.me() + " loads f_inode = NULL from " + r.file() + ": the slot was reused and init_file() has cleared it;"
                        + " no uprobe has that key");
                return;
            }
            String reused = f.gen() != r.fileGen() ? " — but " + r.file() + " was reused: this is another file's inode" : "";
            x.say(() -> x.me() + " loads f_inode = inode[" + f.inode() + "] from " + r.file() + reused);
        }
    }

    /**
     * S8: the inline arithmetic of find_active_uprobe_speculative(), {@code (loff_t)(vm_pgoff << PAGE_SHIFT) +
     * (bp_vaddr - vm_start)} (shift, then cast; not a call of vaddr_to_offset()), on the values loaded (locals only).
     */
    public record ComputeOffset() implements LocalStep {
        public String label() { return "S8"; }

        public String function() { return FN; }

        @Override
        public String preview() { return "S8 offset = pgoff + (bp - start)"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            long off = r.pgoff() * Kernel.PAGE_SIZE + (r.bp() - r.start());
            x.regs(r.withOff(off));
            x.say(() -> x.me() + " computes offset = (loff_t)(" + r.pgoff() + " << PAGE_SHIFT) + (" + Kernel.hex(r.bp()) + " - "
                    + Kernel.hex(r.start()) + ") = " + Kernel.hex(off) + ", inline from the values it loaded");
        }
    }

    /** S9: mmap_lock_speculate_retry(): did any write section start since the snapshot? If so, fall back. */
    public record RetryCheck() implements Step {
        public String label() { return "S9"; }

        public String function() { return "mmap_lock_speculate_retry"; }

        @Override
        public String preview() { return "S9 end check: mm_lock_seq == snapshot?"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            int now = x.w().mm().seq();
            x.read("mm.mm_lock_seq");
            String from = Integer.toUnsignedString(r.seq());
            String to = Integer.toUnsignedString(now);
            boolean changed = x.path().end() == CodePath.EndCheck.PARITY_ONLY ? (now & 1) != 0 : now != r.seq();
            if (changed) {
                fail(x, Reason.SEQ_CHANGED, "mm_lock_seq moved " + from + " → " + to);
                return;
            }
            int bits = x.w().mm().seqBits();
            x.say(() -> x.me() + " " + endCheckPasses(x.path().end() == CodePath.EndCheck.PARITY_ONLY, from, to, bits));
        }
    }

    /** What a passing end check compared and concluded: never "unchanged" when the count moved (B2), nor when it may have wrapped (B10). */
    static String endCheckPasses(boolean parityOnly, String snapshot, String now, int bits) {
        if (parityOnly) {
            return "re-reads mm_lock_seq = " + now + " and tests only that it is even (broken: the kernel compares it with the snapshot "
                    + snapshot + "): it passes" + (snapshot.equals(now) ? "" : ", although the count moved " + snapshot + " → " + now
                    + ": a whole write section ran unnoticed");
        }
        String wrap = bits < 32 ? "; with a " + bits + "-bit counter, " + (1 << (bits - 1)) + " write sections in between would also read "
                + now + " (a wrap, broken)" : "";
        return "compares mm_lock_seq = " + now + " with its snapshot " + snapshot + ": equal, so it concludes that no write section began"
                + " since S2 and what it read belongs together" + wrap;
    }

    /** S10: leave the RCU section and return the uprobe — speculative success, without a reference. */
    public record ReturnUprobe() implements Step {
        public String label() { return "S10"; }

        public String function() { return FN; }

        @Override
        public String preview() { return "S10 return the uprobe"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            if (x.path().rcuReadLock()) {
                x.w(x.w().withRcu(x.w().rcu().exit(x.thread())));
                x.write(() -> "rcu.nesting[" + x.me() + "]");
            }
            String name = x.w().uprobes().get(r.uprobe()).name();
            if (!r.valid().contains(new ReaderRegs.UprobeId(r.uprobe(), r.uprobeGen()))) {
                x.violate(Property.P1, "uprobe[" + r.uprobe() + "] gen " + r.uprobeGen(), x.me() + " returns uprobe " + name
                        + " although the committed mapping never mapped its (inode, offset) at " + Kernel.hex(r.bp()) + " during the lookup");
            }
            x.regs(r.withVerdict(Verdict.SPECULATIVE_HIT).closeWindow());
            x.rest(x.setting().afterLookup());
            x.decide(Decision.hit("speculative hit: uprobe " + name + ", found without mmap_lock"));
            x.say(() -> x.me() + " returns uprobe " + name + " without ever touching mmap_lock");
        }
    }

    /** The failure exit: the guard(rcu) scope ends and NULL is returned; a NULL is never trusted. */
    public record SpeculationFailed() implements Step {
        public String label() { return "S_FAIL"; }

        public String function() { return FN; }

        @Override
        public String preview() { return "S_FAIL leave rcu, take the locked path"; }

        public void run(Exec x) {
            if (x.path().rcuReadLock()) {
                x.w(x.w().withRcu(x.w().rcu().exit(x.thread())));
                x.write(() -> "rcu.nesting[" + x.me() + "]");
            }
            x.say(() -> x.me() + " leaves the RCU section with NULL; find_active_uprobe_rcu() takes the locked path");
        }
    }

    /** A failed attempt: retry while attempts remain (retry-N, B13), else go to the locked path. */
    static void fail(Exec x, Reason reason, String why) {
        ReaderRegs r = x.reader().withReason(reason);
        int attempts = x.path().attempts();
        boolean retry = attempts == 0 || r.attempt() + 1 < attempts;
        if (attempts != 0) r = r.withAttempt(r.attempt() + 1);
        x.regs(r.cleared());
        x.rest(retry ? x.setting().attempt() : x.setting().fallback());
        String what = retry ? "speculation failed, tries again: " : "speculation failed, falls back to mmap_read_lock: ";
        x.decide(Decision.failed(retry, reason, what + why));
        x.say(() -> x.me() + ": " + what + why);
    }
}
