package org.speclab.engine.step.writer;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.VmaTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Item;
import org.speclab.engine.step.Plan;
import org.speclab.engine.step.Regs;
import org.speclab.engine.step.LocalStep;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.StepList;

/**
 * {@code do_vmi_align_munmap()}: detach the VMAs under the write lock, then {@code vms_complete_munmap_vmas()}:
 * downgrade (mm_lock_seq even again), and — still holding the lock for read — {@code unmap_vmas()} runs
 * {@code uprobe_munmap()} and zaps the pages, then each VMA's file reference goes and the VMA is freed
 * (mm/vma.c, mm/memory.c in 6.14; docs/model.md §4).
 */
public final class Munmap {
    private Munmap() {}

    /** The steps of munmap(start, end) after the write lock is held: splits first, then the detach plan. */
    public static List<Item> afterLock(long start, long end) {
        List<Item> out = new ArrayList<>(VmaSplit.around(start, end));
        out.add(new Detach(start, end));
        return out;
    }

    /** Expands, after the splits, into one vma_start_write per VMA in range and the rest of the munmap. */
    public record Detach(long start, long end) implements Plan {
        public String label() { return "MU"; }

        public StepList expand(World w, Regs regs) {
            List<Integer> vmas = new ArrayList<>();
            for (VmaTree.Entry e : w.mm().tree().overlapping(start, end)) vmas.add(e.vma());
            List<Step> out = new ArrayList<>();
            for (int v : vmas) out.add(new VmaSteps.StartWrite(v));
            out.add(new ClearRange(start, end));
            // vms_complete_munmap_vmas(): the downgrade comes first; uprobe_munmap() runs later, from
            // unmap_vmas() → unmap_single_vma(), under the read lock and before any VMA is freed
            out.add(new MmapWriteLock.SeqEndDowngrade());
            out.add(new MmapWriteLock.Downgrade());
            out.add(new UprobeMunmap(start, end));
            out.add(new Zap(start, end));
            out.addAll(VmaSteps.complete(w, vmas));
            out.add(new MmapWriteLock.ReadUnlock());
            return StepList.of(out);
        }
    }

    /** vms_gather/… mas_store_gfp(NULL): one atomic store removes the range from the tree. */
    public record ClearRange(long start, long end) implements Step {
        public String label() { return "MU2"; }

        public String function() { return "vma_iter_clear_gfp"; }

        public void run(Exec x) {
            x.w(VmaSteps.unlink(x.w(), start, end));
            x.write("mm.mm_mt");
            x.say(() -> x.me() + " removes [" + Kernel.hex(start) + ", " + Kernel.hex(end) + ") from the maple tree: new lookups find nothing there");
        }
    }

    /**
     * uprobe_munmap(), called by unmap_single_vma() after the downgrade: if the range had breakpoints, ask the next
     * locked lookup to recompute MMF_HAS_UPROBES. An atomic set_bit, so it may race with a reader's L5.
     */
    public record UprobeMunmap(long start, long end) implements Step {
        public String label() { return "MU3"; }

        public String function() { return "uprobe_munmap"; }

        public void run(Exec x) {
            boolean probed = x.w().mm().hasUprobes() && !x.w().mm().recalcUprobes();
            x.w(x.w().withMm(x.w().mm().withRecalc(x.w().mm().recalcUprobes() || probed)));
            x.rmw("mm.flags");
            x.say(() -> x.me() + (probed ? " sets MMF_RECALC_UPROBES under the read lock (unmap_single_vma → uprobe_munmap): the unmapped range may have held breakpoints"
                    : ": uprobe_munmap (from unmap_single_vma, under the read lock) has nothing to do"));
        }
    }

    /** unmap_single_vma() → unmap_page_range(): zap the page tables — after the downgrade, under the read lock. */
    public record Zap(long start, long end) implements LocalStep {
        public String label() { return "MU4"; }

        public String function() { return "unmap_page_range"; }

        public void run(Exec x) {
            x.say(() -> x.me() + " zaps the page tables of [" + Kernel.hex(start) + ", " + Kernel.hex(end) + ") under the read lock; the VMAs are not freed yet");
        }
    }
}
