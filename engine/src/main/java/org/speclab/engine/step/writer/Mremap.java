package org.speclab.engine.step.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** {@code mremap(MREMAP_MAYMOVE|MREMAP_FIXED)}: copy_vma to the new range, insert it, clear the old range, free the old VMA. */
public final class Mremap {
    private Mremap() {}

    public static List<Item> afterLock(long from, long len, long to) {
        List<Item> out = new ArrayList<>(VmaSplit.around(from, from + len));
        out.add(new Move(from, len, to));
        return out;
    }

    public record Move(long from, long len, long to) implements Plan {
        public String label() { return "MR"; }

        public StepList expand(World w, Regs regs) {
            Optional<VmaTree.Entry> e = w.mm().tree().lookup(from);
            List<Step> out = new ArrayList<>();
            if (e.isPresent()) {
                int v = e.get().vma();
                VmaSlot s = w.vmas().get(v);
                out.add(new VmaSteps.Copy(v, to, to + len, s.pgoff() + (from - s.start()) / Kernel.PAGE_SIZE, "MR1", "copy_vma"));
                out.add(new VmaSteps.InsertFresh(to, to + len, "MR2", "copy_vma"));
                out.add(new ClearOld(from, from + len, to, to + len));
                out.addAll(VmaSteps.complete(w, List.of(v)));
            }
            out.add(new MmapWriteLock.SeqEnd());
            out.add(new MmapWriteLock.UpWrite());
            return StepList.of(out);
        }
    }

    /** One step: the old range leaves the tree and uprobe_mmap() installs breakpoints in the new one. */
    public record ClearOld(long start, long end, long newStart, long newEnd) implements Step {
        public String label() { return "MR3"; }

        public String function() { return "move_vma"; }

        public void run(Exec x) {
            World w = VmaSteps.unlink(x.w(), start, end);
            Optional<VmaTree.Entry> moved = w.mm().tree().lookup(newStart);
            List<Long> addrs = moved.isEmpty() ? List.of() : Breakpoints.inRange(w, moved.get());
            if (!addrs.isEmpty()) w = w.withText(Breakpoints.install(w.text(), addrs)).withMm(w.mm().withHasUprobes(true));
            x.w(w);
            x.write("mm.mm_mt");
            x.say(() -> x.me() + " clears the old range [" + Kernel.hex(start) + ", " + Kernel.hex(end) + ")"
                    + (addrs.isEmpty() ? "" : " and installs int3 at " + addrs.stream().map(Kernel::hex).toList()));
        }
    }
}
