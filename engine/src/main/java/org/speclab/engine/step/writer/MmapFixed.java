package org.speclab.engine.step.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.speclab.engine.kernel.FileRef;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.VmaSlot;
import org.speclab.engine.kernel.VmaTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Item;
import org.speclab.engine.step.Plan;
import org.speclab.engine.step.Regs;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.StepList;

/**
 * {@code mmap(MAP_FIXED)} of a file (or anonymous memory) over a range: the old VMAs are detached, a new VMA with
 * its file set is stored over the range in one step, then {@code __mmap_complete()} removes the old VMAs
 * ({@code vms_complete_munmap_vmas()}) before it installs breakpoints ({@code uprobe_mmap()}) (mm/vma.c, 6.14).
 */
public final class MmapFixed {
    private MmapFixed() {}

    public static List<Item> afterLock(long start, long end, String file, long pgoff) {
        List<Item> out = new ArrayList<>(VmaSplit.around(start, end));
        out.add(new Replace(start, end, file, pgoff));
        return out;
    }

    public record Replace(long start, long end, String file, long pgoff) implements Plan {
        public String label() { return "MM"; }

        public StepList expand(World w, Regs regs) {
            List<Integer> old = new ArrayList<>();
            for (VmaTree.Entry e : w.mm().tree().overlapping(start, end)) old.add(e.vma());
            List<Step> out = new ArrayList<>();
            for (int v : old) out.add(new VmaSteps.StartWrite(v));
            out.add(new AllocVma(start, end, file, pgoff));
            out.add(new VmaSteps.StartWrite(-1));
            out.add(new VmaSteps.InsertFresh(start, end, "MM4", "vma_iter_store", true));
            // __mmap_complete(): vms_complete_munmap_vmas() (fput + vm_area_free of each old VMA), then uprobe_mmap()
            out.addAll(VmaSteps.complete(w, old));
            out.add(new UprobeMmap(start, end));
            out.add(new MmapWriteLock.SeqEnd());
            out.add(new MmapWriteLock.UpWrite());
            return StepList.of(out);
        }
    }

    /** vm_area_alloc(): a new VMA with its range, pgoff and vm_file (get_file) set before it is visible. */
    public record AllocVma(long start, long end, String file, long pgoff) implements Step {
        public String label() { return "MM2"; }

        public String function() { return "mmap_region"; }

        public void run(Exec x) {
            World w = x.w();
            Optional<FileRef> f = file == null ? Optional.empty() : w.fileNamed(file);
            int fresh = w.vmas().nextFree();
            w = w.withVmas(w.vmas().allocate(new VmaSlot(null, start, end, pgoff, f.orElse(null), false, -1)));
            if (f.isPresent()) w = w.updateFile(f.get(), s -> s.withCount(s.count() + 1));
            x.w(w);
            x.regs(x.writer().withFresh(fresh));
            x.write(() -> "vma[" + fresh + "]");
            x.say(() -> x.me() + " allocates vma[" + fresh + "] for [" + Kernel.hex(start) + ", " + Kernel.hex(end) + ") with vm_file = "
                    + f.map(r -> r + " (" + file + ")").orElse("none") + ", set before the VMA is visible");
        }
    }

    /** uprobe_mmap(), last in __mmap_complete(): install the breakpoints of registered uprobes inside the new mapping. */
    public record UprobeMmap(long start, long end) implements Step {
        public String label() { return "MM5"; }

        public String function() { return "uprobe_mmap"; }

        public void run(Exec x) {
            World w = x.w();
            Optional<VmaTree.Entry> e = w.mm().tree().lookup(start);
            List<Long> addrs = e.isEmpty() ? List.of() : Breakpoints.inRange(w, e.get());
            if (addrs.isEmpty()) {
                x.say(() -> x.me() + ": uprobe_mmap finds no registered uprobe in the new mapping");
                return;
            }
            x.w(w.withText(Breakpoints.install(w.text(), addrs)).withMm(w.mm().withHasUprobes(true).withRecalc(false)));
            x.write("text");
            // install_breakpoint(): MMF_HAS_UPROBES is set before set_swbp() writes the int3
            x.say(() -> x.me() + " sets MMF_HAS_UPROBES, then writes int3 at " + addrs.stream().map(Kernel::hex).toList() + " (install_breakpoint)");
        }
    }
}
