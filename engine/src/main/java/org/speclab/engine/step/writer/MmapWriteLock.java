package org.speclab.engine.step.writer;

import org.speclab.engine.kernel.MmapLock;
import org.speclab.engine.kernel.Mm;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Step;

/**
 * The write side of {@code mmap_lock} and {@code mm_lock_seq} (docs/model.md §1): the count goes odd right after
 * {@code down_write()} and even again before {@code up_write()} or {@code downgrade_write()}, so it moves by
 * exactly 2 per write section. Ending a section commits its changes to what lock holders can observe.
 */
public final class MmapWriteLock {
    private MmapWriteLock() {}

    /** WL1: down_write(&mm->mmap_lock): sleeps (FIFO) until there are no readers and no writer. */
    public record DownWrite() implements Step {
        public String label() { return "WL1"; }

        public String function() { return "mmap_write_lock"; }

        public void run(Exec x) {
            MmapLock lock = x.w().mm().lock();
            if (lock.grantable(x.thread(), true)) {
                x.w(x.w().withMm(x.w().mm().withLock(lock.grantWrite(x.thread()))));
                x.downWrite("mm.mmap_lock");
                x.say(() -> x.me() + " takes mmap_lock for write");
            } else if (!lock.queued(x.thread())) {
                x.w(x.w().withMm(x.w().mm().withLock(lock.enqueue(x.thread(), true))));
                x.rmw("mm.mmap_lock.count");
                x.stay();
                x.say(() -> x.me() + " sleeps in down_write(): " + who(x, lock));
            } else {
                x.block(() -> "sleeps in down_write(): " + who(x, lock));
            }
        }

        private static String who(Exec x, MmapLock lock) {
            if (lock.writeHeld()) return "held for write by " + x.name(lock.writer());
            if (!lock.readers().isEmpty()) return "held for read by " + x.name(lock.readers().get(0));
            return "waiting behind " + x.name(lock.queue().get(0).thread());
        }
    }

    /** WL2: mm_lock_seqcount_begin(): sequence++ (now odd); speculation from here on fails at try_begin. */
    public record SeqBegin() implements Step {
        public String label() { return "WL2"; }

        public String function() { return "mm_lock_seqcount_begin"; }

        public void run(Exec x) { bump(x, "goes odd: a write section is in progress"); }
    }

    /** WU1: vma_end_write_all() → mm_lock_seqcount_end(): sequence++ (even); the section's changes are committed. */
    public record SeqEnd() implements Step {
        public String label() { return "WU1"; }

        public String function() { return "vma_end_write_all"; }

        public void run(Exec x) {
            x.w(x.w().withCommitted(x.w().mappingNow()));
            bump(x, "is even again: the write section's changes are now what lock holders see");
        }
    }

    /** WU2: up_write(): wakes the waiters at the head of the queue. */
    public record UpWrite() implements Step {
        public String label() { return "WU2"; }

        public String function() { return "mmap_write_unlock"; }

        public void run(Exec x) {
            x.w(x.w().withMm(x.w().mm().withLock(x.w().mm().lock().releaseWrite())));
            x.upWrite("mm.mmap_lock");
            x.say(() -> x.me() + " releases mmap_lock");
        }
    }

    /** WD1: mmap_write_downgrade() first ends the sequence section: even, though the writer still tears down. */
    public record SeqEndDowngrade() implements Step {
        public String label() { return "WD1"; }

        public String function() { return "mmap_write_downgrade"; }

        public void run(Exec x) {
            x.w(x.w().withCommitted(x.w().mappingNow()));
            bump(x, "is even again although " + x.me() + " still holds mmap_lock and has not freed what it unlinked");
        }
    }

    /** WD2: downgrade_write(): the writer becomes a reader; queued readers may now enter. */
    public record Downgrade() implements Step {
        public String label() { return "WD2"; }

        public String function() { return "downgrade_write"; }

        public void run(Exec x) {
            x.w(x.w().withMm(x.w().mm().withLock(x.w().mm().lock().downgrade())));
            x.downgrade("mm.mmap_lock");
            x.say(() -> x.me() + " downgrades mmap_lock to read and goes on tearing down");
        }
    }

    /** RU: mmap_read_unlock() at the end of a downgraded munmap. */
    public record ReadUnlock() implements Step {
        public String label() { return "RU"; }

        public String function() { return "mmap_read_unlock"; }

        public void run(Exec x) {
            x.w(x.w().withMm(x.w().mm().withLock(x.w().mm().lock().releaseRead(x.thread()))));
            x.upRead("mm.mmap_lock");
            x.say(() -> x.me() + " releases mmap_lock (read)");
        }
    }

    private static void bump(Exec x, String what) {
        Mm mm = x.w().mm();
        if (!x.knobs().perVmaLock()) {
            x.say(() -> "without CONFIG_PER_VMA_LOCK mm_lock_seq does not exist: the count stays " + mm.seqValue());
            return;
        }
        Mm next = mm.bumpSeq();
        x.w(x.w().withMm(next));
        x.write("mm.mm_lock_seq");
        x.say(() -> x.me() + ": mm_lock_seq " + mm.seqValue() + " → " + next.seqValue() + " " + what);
    }
}
