package org.speclab.engine.step.rcu;

import org.speclab.engine.kernel.Cache;
import org.speclab.engine.kernel.Mem;
import org.speclab.engine.kernel.RcuCallback;
import org.speclab.engine.kernel.RcuFlavor;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Step;

/**
 * The grace-period machinery of one RCU flavour as a pseudo-thread whose steps the scheduler interleaves with
 * everyone else's. Each step does the first thing that is possible: run a callback whose grace period ended,
 * end the grace period (once every reader it waits for has left), or start one for waiting callbacks.
 */
public record RcuDaemon(boolean tasksTrace) implements Step {
    public String label() { return tasksTrace ? "GP_TRACE" : "GP"; }

    public String function() { return tasksTrace ? "rcu_tasks_trace kthread" : "rcu_gp_kthread"; }

    @Override
    public String preview() { return "advance " + (tasksTrace ? "RCU Tasks Trace" : "RCU") + " grace periods and callbacks"; }

    public void run(Exec x) {
        World w = x.w();
        RcuFlavor f = w.flavor(tasksTrace);
        String flavor = tasksTrace ? "RCU Tasks Trace" : "RCU";
        int ready = f.readyCallback();
        if (ready >= 0) {
            RcuCallback cb = f.callbacks().get(ready);
            x.w(apply(w.withFlavor(tasksTrace, f.dropCallback(ready)), cb));
            x.write(cb::target);
            x.stay();
            x.say(() -> flavor + " callback after grace period " + cb.waitFor() + ": " + cb.describe());
            return;
        }
        if (f.canEndGp()) {
            x.w(w.withFlavor(tasksTrace, f.endGp()));
            x.stay();
            x.say(() -> flavor + " grace period " + f.started() + " ends: every reader it waited for has left its read section");
            return;
        }
        if (f.canStartGp()) {
            RcuFlavor next = f.startGp();
            x.w(w.withFlavor(tasksTrace, next));
            x.stay();
            x.say(() -> flavor + " grace period " + next.started() + " starts, waiting for " + readers(x, next.waitset()));
            return;
        }
        x.block(() -> f.gpInProgress() ? "grace period " + f.started() + " waits for " + readers(x, f.waitset()) : "idle");
    }

    private static String readers(Exec x, int mask) {
        if (mask == 0) return "no reader";
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < 16; t++) {
            if ((mask & (1 << t)) == 0) continue;
            if (b.length() > 0) b.append(", ");
            b.append(x.name(t));
        }
        return b.toString();
    }

    /** What a callback does: an RCU-delayed free of one slot, or a typesafe cache's slab page going back if still empty. */
    static World apply(World w, RcuCallback cb) {
        boolean page = cb.kind() == RcuCallback.Kind.RELEASE_PAGE;
        return switch (cb.cache()) {
            case VMA -> {
                var s = w.vmas();
                if (page) yield s.empty() ? w.withVmas(s.returnPage()) : w;
                if (s.get(cb.index()).gen() != cb.gen()) yield w;
                yield w.withVmas(s.release(cb.index(), Mem.RETURNED));
            }
            case FILP, BFILP -> {
                var s = w.files(cb.cache());
                if (page) yield s.empty() ? w.withFiles(cb.cache(), s.returnPage()) : w;
                if (s.get(cb.index()).gen() != cb.gen()) yield w;
                yield w.withFiles(cb.cache(), s.release(cb.index(), Mem.RETURNED));
            }
            case INODE -> w.inodes().get(cb.index()).gen() != cb.gen() ? w : w.withInodes(w.inodes().release(cb.index(), Mem.RETURNED));
            case UPROBE -> w.uprobes().get(cb.index()).gen() != cb.gen() ? w : w.withUprobes(w.uprobes().release(cb.index(), Mem.RETURNED));
        };
    }

}
