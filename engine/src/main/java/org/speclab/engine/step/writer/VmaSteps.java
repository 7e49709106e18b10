package org.speclab.engine.step.writer;

import java.util.List;
import org.speclab.engine.kernel.FileRef;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.VmaSlot;
import org.speclab.engine.kernel.VmaTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Step;

/** Steps shared by the VMA-changing operations: locking a VMA for write, inserting, and freeing it. */
public final class VmaSteps {
    private VmaSteps() {}

    /** vma_start_write(): vm_lock_seq := mm_lock_seq marks the VMA write-locked for per-VMA-lock readers. */
    public record StartWrite(int vma) implements Step {
        public String label() { return "VSW"; }

        public String function() { return "vma_start_write"; }

        public void run(Exec x) {
            int target = vma >= 0 ? vma : x.writer().fresh();
            if (!x.knobs().perVmaLock()) {
                x.say(() -> x.me() + ": vma_start_write() is empty without CONFIG_PER_VMA_LOCK (vma[" + target + "] is not marked)");
                return;
            }
            x.w(x.w().withVmas(x.w().vmas().update(target, v -> v.withLockSeq(x.w().mm().seq()))));
            x.write(() -> "vma[" + target + "]");
            x.say(() -> x.me() + " write-locks vma[" + target + "] (vm_lock_seq = mm_lock_seq)");
        }
    }

    /** Inserts the VMA this writer allocated last into the tree over [start, end): one atomic tree store. */
    public record InsertFresh(long start, long end, String label, String function, boolean replaces) implements Step {
        public InsertFresh(long start, long end, String label, String function) { this(start, end, label, function, false); }

        public void run(Exec x) {
            int v = x.writer().fresh();
            World w = x.w();
            VmaTree before = w.mm().tree();
            VmaTree after = before.store(start, end, v);
            w = w.withMm(w.mm().withTree(after));
            w = w.withVmas(w.vmas().update(v, s -> s.withAttached(true)));
            for (VmaTree.Entry e : before.overlapping(start, end)) {
                if (!after.contains(e.vma())) w = w.withVmas(w.vmas().update(e.vma(), s -> s.withAttached(false)));
            }
            if (replaces) w = w.withText(Breakpoints.clear(w.text(), start, end));
            x.w(w);
            x.write("mm.mm_mt");
            x.say(() -> x.me() + " stores vma[" + v + "] over [" + Kernel.hex(start) + ", " + Kernel.hex(end) + ") in the maple tree");
        }
    }

    /**
     * fput(vma->vm_file) in remove_vma(): the VMA's reference on its file goes. The last one only queues
     * __fput() for the return to user space ({@link TaskWork}); the slot stays a live file until then.
     */
    public record Fput(FileRef file) implements Step {
        public String label() { return "FPUT"; }

        public String function() { return "fput"; }

        public void run(Exec x) {
            World before = x.w();
            x.w(Release.fput(before, file));
            if (x.w().file(file).count() == 0) x.regs(x.writer().deferFput(file));
            x.rmw(file::toString);
            x.say(() -> x.me() + " drops the VMA's file reference: " + Release.fate(before, x.w(), file));
        }
    }

    /** vm_area_free(): the detached VMA is freed per VMA_FREE. */
    public record Free(int vma) implements Step {
        public String label() { return "VFREE"; }

        public String function() { return "vm_area_free"; }

        public void run(Exec x) {
            x.w(Release.vfree(x.w(), vma, x.knobs()));
            x.write(() -> "vma[" + vma + "]");
            String how = switch (Release.vmaFree(x.knobs())) {
                case RCU_DELAYED -> "call_rcu: its memory stays a VMA until a grace period ends";
                case TYPESAFE -> "back to the typesafe VMA cache, reusable at once";
                case IMMEDIATE -> x.knobs().perVmaLock() ? "freed at once: its memory is returned"
                        : "freed at once (without CONFIG_PER_VMA_LOCK no lockless reader can hold it): its memory is returned";
            };
            x.say(() -> x.me() + " frees vma[" + vma + "] — " + how);
        }
    }

    /**
     * One atomic tree store of NULL over [start, end): the VMAs there are detached and the range's page contents
     * (any int3) leave this address space. Shared by munmap and mremap.
     */
    static World unlink(World w, long start, long end) {
        List<VmaTree.Entry> gone = w.mm().tree().overlapping(start, end);
        w = w.withMm(w.mm().withTree(w.mm().tree().clear(start, end)));
        for (VmaTree.Entry e : gone) w = w.withVmas(w.vmas().update(e.vma(), v -> v.withAttached(false)));
        return w.withText(Breakpoints.clear(w.text(), start, end));
    }

    /**
     * A new VMA that copies {@code from} for [start, end) at {@code pgoff}, taking its own file reference
     * (get_file): __split_vma()'s vm_area_dup() and mremap's copy_vma().
     */
    public record Copy(int from, long start, long end, long pgoff, String label, String function) implements Step {
        public void run(Exec x) {
            World w = x.w();
            VmaSlot s = w.vmas().get(from);
            int fresh = w.vmas().nextFree();
            w = w.withVmas(w.vmas().allocate(new VmaSlot(null, start, end, pgoff, s.file(), false, -1)));
            if (s.file() != null) w = w.updateFile(s.file(), f -> f.withCount(f.count() + 1));
            x.w(w);
            x.regs(x.writer().withFresh(fresh));
            x.write(() -> "vma[" + fresh + "]");
            x.say(() -> x.me() + " copies vma[" + from + "] into vma[" + fresh + "] for [" + Kernel.hex(start) + ", " + Kernel.hex(end) + ")"
                    + (s.file() != null ? " and takes a reference on " + s.file() : ""));
        }
    }

    /** Completion steps for detached VMAs: remove_vma() = fput + vm_area_free, each. */
    static List<Step> complete(World w, List<Integer> detached) {
        List<Step> out = new java.util.ArrayList<>();
        for (int v : detached) {
            VmaSlot s = w.vmas().get(v);
            if (s.file() != null) out.add(new Fput(s.file()));
            out.add(new Free(v));
        }
        return out;
    }
}
