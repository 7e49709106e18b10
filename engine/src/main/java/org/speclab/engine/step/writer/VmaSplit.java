package org.speclab.engine.step.writer;

import java.util.List;
import java.util.Optional;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.VmaSlot;
import org.speclab.engine.kernel.VmaTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Plan;
import org.speclab.engine.step.Regs;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.StepList;

/**
 * {@code __split_vma()}: a VMA [s, e) cut at a. The new half is a copy; the old VMA's fields are changed in
 * place, one store a step, while the tree still maps the old range to it — the window a torn reader sees.
 */
public final class VmaSplit {
    private VmaSplit() {}

    /** Split so that a VMA starts at {@code at} (new_below: the copy takes [s, at), the old one moves up). */
    public record Below(long at) implements Plan {
        public String label() { return "SPL"; }

        public StepList expand(World w, Regs regs) {
            Optional<VmaTree.Entry> e = w.mm().tree().lookup(at);
            if (e.isEmpty() || e.get().start() == at) return StepList.EMPTY;
            int v = e.get().vma();
            VmaSlot s = w.vmas().get(v);
            long newPgoff = s.pgoff() + (at - s.start()) / Kernel.PAGE_SIZE;
            return StepList.of(new VmaSteps.Copy(v, s.start(), at, s.pgoff(), "SPL1", "__split_vma"), new StartWriteBoth(v, "SPL2"),
                    new StoreStart(v, at), new StorePgoff(v, newPgoff),
                    new VmaSteps.InsertFresh(s.start(), at, "SPL5", "vma_complete"));
        }
    }

    /** Split so that a VMA ends at {@code at} (the copy takes [at, e), the old one shrinks). */
    public record Above(long at) implements Plan {
        public String label() { return "SPH"; }

        public StepList expand(World w, Regs regs) {
            Optional<VmaTree.Entry> e = w.mm().tree().lookup(at);
            if (e.isEmpty() || e.get().start() == at) return StepList.EMPTY;
            int v = e.get().vma();
            VmaSlot s = w.vmas().get(v);
            long highPgoff = s.pgoff() + (at - s.start()) / Kernel.PAGE_SIZE;
            return StepList.of(new VmaSteps.Copy(v, at, s.end(), highPgoff, "SPH1", "__split_vma"), new StartWriteBoth(v, "SPH2"),
                    new StoreEnd(v, at), new VmaSteps.InsertFresh(at, s.end(), "SPH4", "vma_complete"));
        }
    }

    /** vma_start_write() on both halves. */
    public record StartWriteBoth(int vma, String label) implements Step {
        public String function() { return "vma_start_write"; }

        public void run(Exec x) {
            int seq = x.w().mm().seq();
            int fresh = x.writer().fresh();
            x.w(x.w().withVmas(x.w().vmas().update(vma, v -> v.withLockSeq(seq)).update(fresh, v -> v.withLockSeq(seq))));
            x.write(() -> "vma[" + vma + "]");
            x.say(() -> x.me() + " write-locks vma[" + vma + "] and vma[" + fresh + "]");
        }
    }

    /** In-place store vma->vm_start = at (the tree still maps the old range to this VMA). */
    public record StoreStart(int vma, long value) implements Step {
        public String label() { return "SPL3"; }

        public String function() { return "__split_vma (vm_start)"; }

        public void run(Exec x) {
            long old = x.w().vmas().get(vma).start();
            x.w(x.w().withVmas(x.w().vmas().update(vma, v -> v.withStart(value))));
            x.write(() -> "vma[" + vma + "]");
            x.say(() -> x.me() + " stores vma[" + vma + "].vm_start " + Kernel.hex(old) + " → " + Kernel.hex(value) + " in place; vm_pgoff is not updated yet");
        }
    }

    /** In-place store vma->vm_pgoff += (at - s) / PAGE_SIZE. */
    public record StorePgoff(int vma, long value) implements Step {
        public String label() { return "SPL4"; }

        public String function() { return "__split_vma (vm_pgoff)"; }

        public void run(Exec x) {
            long old = x.w().vmas().get(vma).pgoff();
            x.w(x.w().withVmas(x.w().vmas().update(vma, v -> v.withPgoff(value))));
            x.write(() -> "vma[" + vma + "]");
            x.say(() -> x.me() + " stores vma[" + vma + "].vm_pgoff " + old + " → " + value + " in place");
        }
    }

    /** In-place store vma->vm_end = at. */
    public record StoreEnd(int vma, long value) implements Step {
        public String label() { return "SPH3"; }

        public String function() { return "__split_vma (vm_end)"; }

        public void run(Exec x) {
            long old = x.w().vmas().get(vma).end();
            x.w(x.w().withVmas(x.w().vmas().update(vma, v -> v.withEnd(value))));
            x.write(() -> "vma[" + vma + "]");
            x.say(() -> x.me() + " stores vma[" + vma + "].vm_end " + Kernel.hex(old) + " → " + Kernel.hex(value) + " in place");
        }
    }

    /** Both split plans around [start, end). */
    public static List<Plan> around(long start, long end) { return List.of(new Below(start), new Above(end)); }
}
