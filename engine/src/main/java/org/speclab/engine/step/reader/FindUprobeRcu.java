package org.speclab.engine.step.reader;

import java.util.Optional;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.UprobeSlot;
import org.speclab.engine.kernel.UprobeTree;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.Reason;
import org.speclab.engine.step.Step;

/**
 * {@code find_uprobe_rcu()}: a lockless rb-tree walk validated by {@code uprobes_seqcount}. It can give false
 * negatives, never a wrong positive, so a hit returns at once and a miss is re-checked against the count.
 * {@code locked} says whether it runs inside the speculation or under {@code mmap_read_lock}.
 */
public final class FindUprobeRcu {
    private FindUprobeRcu() {}

    /** T1: read_seqcount_begin(&uprobes_seqcount): wait while a tree writer is active (odd). */
    public record SeqBegin(boolean locked) implements Step {
        public String label() { return "T1"; }

        public String function() { return "find_uprobe_rcu"; }

        public void run(Exec x) {
            UprobeTree t = x.w().utree();
            if ((t.seq() & 1) != 0) {
                String who = t.writeLocked() ? x.name(t.writer()) : "a writer";
                x.block(() -> x.knobs().preemptRt() ? "waits for uprobes_treelock held by " + who
                        : "spins: uprobes_seqcount is odd while " + who + " changes the tree");
                return;
            }
            x.read("uprobes_seqcount");
            x.regs(x.reader().withUseq0(t.seq()));
            x.say(() -> x.me() + " reads uprobes_seqcount = " + t.seq() + " (even: no tree writer)");
        }
    }

    /** T2: rb_find_rcu() by (inode address, offset); the inode pointer is compared, never dereferenced. */
    public record Find(boolean locked) implements Step {
        public String label() { return "T2"; }

        public String function() { return "find_uprobe_rcu"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            x.read("uprobes_tree");
            Optional<UprobeTree.Node> n = x.w().utree().find(r.inode(), r.off());
            String key = key(r.inode(), r.off());
            if (n.isEmpty()) {
                x.say(() -> x.me() + " finds no uprobe at " + key);
                return;
            }
            UprobeSlot u = x.loadUprobe(n.get().uprobe(), "its rb-tree key");
            x.regs(r.withUprobe(n.get().uprobe(), n.get().uprobeGen()));
            x.rest(locked ? x.rest().from("L6") : x.rest().after("T3"));
            x.say(() -> x.me() + " finds uprobe " + u.name() + " at " + key + "; a hit needs no seqcount re-check");
        }
    }

    /** T3: read_seqcount_retry(): a miss counts only if no tree writer ran during the walk. */
    public record SeqRetry(boolean locked) implements Step {
        public String label() { return "T3"; }

        public String function() { return "find_uprobe_rcu"; }

        public void run(Exec x) {
            x.read("uprobes_seqcount");
            int now = x.w().utree().seq();
            if (now != x.reader().useq0()) {
                // the whole loop body again, this check included: a second miss must be validated too
                x.rest(x.rest().push(this).push(new Find(locked)).push(new SeqBegin(locked)));
                x.say(() -> x.me() + ": uprobes_seqcount moved " + x.reader().useq0() + " → " + now + ", the miss may be false: walk again");
                return;
            }
            if (locked) {
                x.say(() -> x.me() + ": uprobes_seqcount unchanged, so there really is no uprobe at that key");
                return;
            }
            SpeculativeLookup.fail(x, Reason.NO_UPROBE, "no uprobe at " + key(x.reader().inode(), x.reader().off()));
        }
    }

    /** A tree key as the trace prints it; a NULL f_inode (a slot init_file() has just cleared) prints as NULL. */
    static String key(int inode, long off) {
        return "(" + (inode < 0 ? "NULL" : "inode[" + inode + "]") + ", " + Kernel.hex(off) + ")";
    }
}
