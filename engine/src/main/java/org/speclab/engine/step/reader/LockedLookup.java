package org.speclab.engine.step.reader;

import java.util.Optional;
import org.speclab.engine.kernel.FileSlot;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.MmapLock;
import org.speclab.engine.kernel.Mm;
import org.speclab.engine.kernel.VmaSlot;
import org.speclab.engine.kernel.VmaTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.Decision;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.Verdict;

/** The locked path of {@code find_active_uprobe_rcu()}: L1–L6 under {@code mmap_read_lock}. */
public final class LockedLookup {
    private LockedLookup() {}

    /** L1: mmap_read_lock(): an atomic RMW on the rwsem count; sleeps (FIFO) behind a writer or queued writers. */
    public record ReadLock() implements Step {
        public String label() { return "L1"; }

        public String function() { return "mmap_read_lock"; }

        public void run(Exec x) {
            MmapLock lock = x.w().mm().lock();
            if (lock.grantable(x.thread(), false)) {
                x.w(x.w().withMm(x.w().mm().withLock(lock.grantRead(x.thread()))));
                x.downRead("mm.mmap_lock");
                x.regs(x.reader().withLocked(true).openWindow());
                x.say(() -> x.me() + " takes mmap_lock for read: the VMA tree and its fields cannot change until it unlocks");
            } else if (!lock.queued(x.thread())) {
                x.w(x.w().withMm(x.w().mm().withLock(lock.enqueue(x.thread(), false))));
                x.rmw("mm.mmap_lock.count");
                x.stay();
                x.say(() -> x.me() + " sleeps in down_read(): " + holder(x, lock));
            } else {
                x.block(() -> "sleeps in down_read(): " + holder(x, lock));
            }
        }
    }

    static String holder(Exec x, MmapLock lock) {
        if (lock.writeHeld()) return "mmap_lock is held for write by " + x.name(lock.writer());
        if (!lock.queue().isEmpty()) return "a writer is queued ahead (" + x.name(lock.queue().get(0).thread()) + ")";
        return "mmap_lock is held for read";
    }

    /** L2: vma_lookup() under the lock. */
    public record VmaLookup() implements Step {
        public String label() { return "L2"; }

        public String function() { return "vma_lookup"; }

        public void run(Exec x) {
            x.read("mm.mm_mt");
            Optional<VmaTree.Entry> e = x.w().mm().tree().lookup(x.reader().bp());
            if (e.isEmpty()) {
                x.rest(x.rest().from("L4"));
                x.say(() -> x.me() + " finds no VMA at " + Kernel.hex(x.reader().bp()) + " under the lock");
                return;
            }
            x.regs(x.reader().withVma(e.get().vma()));
            x.say(() -> x.me() + " finds vma[" + e.get().vma() + "] under the lock");
        }
    }

    /** L3: file_inode(vm_file) and vaddr_to_offset(), stable under the lock. */
    public record LoadKey() implements Step {
        public String label() { return "L3"; }

        public String function() { return "find_active_uprobe_rcu"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            VmaSlot v = x.loadVma(r.vma(), "vm_file, vm_pgoff, vm_start");
            if (v.file() == null) {
                x.rest(x.rest().from("L4"));
                x.say(() -> x.me() + ": vma[" + r.vma() + "] has no vm_file");
                return;
            }
            FileSlot f = x.loadFile(v.file(), "f_inode");
            if (f == null) return;
            long off = v.fileOffset(r.bp());
            x.regs(r.withFile(v.file(), f.gen()).withPgoff(v.pgoff()).withStart(v.start()).withInode(f.inode(), f.inodeGen()).withOff(off));
            x.say(() -> x.me() + " reads the key under the lock: (inode[" + f.inode() + "], " + Kernel.hex(off) + ")");
        }
    }

    /** L4: no uprobe: is_trap_at_addr() reads the opcode at bp (or -EFAULT with no VMA). */
    public record IsTrapAtAddr() implements Step {
        public String label() { return "L4"; }

        public String function() { return "is_trap_at_addr"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            int swbp;
            if (r.vma() < 0) {
                swbp = Kernel.EFAULT;
                x.say(() -> x.me() + ": no VMA, so is_swbp = -EFAULT");
            } else {
                x.read(() -> "text@" + Kernel.hex(r.bp()));
                swbp = x.w().text().trapAt(r.bp()) ? 1 : 0;
                x.say(() -> x.me() + " reads the instruction at " + Kernel.hex(r.bp()) + ": " + (swbp > 0 ? "still an int3" : "the original instruction is back"));
            }
            x.regs(r.withIsSwbp(swbp));
        }
    }

    /** L5: test_and_clear_bit(MMF_RECALC_UPROBES): recompute MMF_HAS_UPROBES if asked to. */
    public record RecalcUprobes() implements Step {
        public String label() { return "L5"; }

        public String function() { return "mmf_recalc_uprobes"; }

        public void run(Exec x) {
            Mm mm = x.w().mm();
            x.rmw("mm.flags");
            if (!mm.recalcUprobes()) {
                x.say(() -> x.me() + ": MMF_RECALC_UPROBES is clear, nothing to recompute");
                return;
            }
            boolean has = anyProbedVma(x.w());
            x.w(x.w().withMm(mm.withRecalc(false).withHasUprobes(has)));
            x.say(() -> x.me() + " clears MMF_RECALC_UPROBES and recomputes MMF_HAS_UPROBES = " + has);
        }

        private static boolean anyProbedVma(World w) {
            for (VmaTree.Entry e : w.mm().tree().entries()) {
                VmaSlot v = w.vmas().get(e.vma());
                if (v.file() == null) continue;
                FileSlot f = w.file(v.file());
                long lo = v.fileOffset(e.start());
                long hi = v.fileOffset(e.end());
                if (w.utree().nodes().stream().anyMatch(n -> n.inode() == f.inode() && lo <= n.offset() && n.offset() < hi)) return true;
            }
            return false;
        }
    }

    /**
     * B14 only: the speculative NULL is believed. is_trap_at_addr() is read without mmap_lock and decides SIGTRAP or
     * restart, although a NULL may only mean "a writer was active" or "the count moved": the locked lookup could
     * still find the uprobe whose int3 this is.
     */
    public record TrustedMiss() implements Step {
        public String label() { return "L4"; }

        public String function() { return "is_trap_at_addr"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            boolean trap = x.w().text().trapAt(r.bp());
            x.read(() -> "text@" + Kernel.hex(r.bp()));
            Verdict v = trap ? Verdict.LOCKED_MISS_SIGTRAP : Verdict.LOCKED_MISS_RESTART;
            x.regs(r.withIsSwbp(trap ? 1 : 0).withVerdict(v).closeWindow());
            var truth = x.w().validUprobeAt(r.bp()).map(n -> x.w().uprobes().get(n.uprobe()).name());
            String sentence = "trusts the speculative NULL (broken): is_swbp = " + (trap ? 1 : 0) + " read without mmap_lock"
                    + truth.map(n -> ", although uprobe " + n + " is registered and mapped at " + Kernel.hex(r.bp())).orElse("");
            x.decide(Decision.unlocked(v, sentence));
            x.say(() -> x.me() + " " + sentence);
        }
    }

    /** L6: mmap_read_unlock(); the locked result is final. */
    public record ReadUnlock() implements Step {
        public String label() { return "L6"; }

        public String function() { return "mmap_read_unlock"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            x.w(x.w().withMm(x.w().mm().withLock(x.w().mm().lock().releaseRead(x.thread()))));
            x.upRead("mm.mmap_lock");
            Verdict v = r.holdsUprobe() ? Verdict.LOCKED_HIT : r.isSwbp() > 0 ? Verdict.LOCKED_MISS_SIGTRAP : Verdict.LOCKED_MISS_RESTART;
            String sentence;
            if (r.holdsUprobe()) {
                String name = x.w().uprobes().get(r.uprobe()).name();
                sentence = "locked lookup found uprobe " + name;
                if (!r.valid().contains(new ReaderRegs.UprobeId(r.uprobe(), r.uprobeGen()))) {
                    x.violate(Property.P1, "uprobe[" + r.uprobe() + "] gen " + r.uprobeGen(), x.me() + " returns uprobe " + name
                            + " from the locked path although it was never mapped at " + Kernel.hex(r.bp()));
                }
            } else if (v == Verdict.LOCKED_MISS_SIGTRAP) {
                sentence = "locked lookup: no uprobe, but a real int3 is there: SIGTRAP";
            } else {
                sentence = "locked lookup: no uprobe and no breakpoint any more: restart the instruction";
            }
            x.regs(r.withVerdict(v).closeWindow());
            x.decide(Decision.locked(v, sentence));
            x.say(() -> x.me() + " drops mmap_lock: " + sentence);
        }
    }
}
