package org.speclab.engine.step.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.speclab.engine.kernel.Cache;
import org.speclab.engine.kernel.InodeSlot;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.Mem;
import org.speclab.engine.kernel.RcuCallback;
import org.speclab.engine.kernel.UprobeSlot;
import org.speclab.engine.kernel.UprobeTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Item;
import org.speclab.engine.step.Plan;
import org.speclab.engine.step.Regs;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.StepList;
import org.speclab.engine.step.WriterRegs;

/**
 * {@code uprobe_register()} and {@code uprobe_unregister()}: tree changes under {@code uprobes_treelock} with
 * {@code uprobes_seqcount}, breakpoint (un)installation under {@code mmap_write_lock}, and the deferred free of
 * an unregistered uprobe after an RCU Tasks Trace grace period (docs/model.md §4).
 */
public final class UprobeSteps {
    private UprobeSteps() {}

    /** The steps of uprobe_register(name, inode, offset). */
    public static List<Item> register(String name, String inode, long offset) {
        return List.of(new Alloc(name, inode, offset), new TreeWriteBegin("UR2"), new Insert(), new TreeWriteEnd("UR4"),
                new Install());
    }

    /** The steps of uprobe_unregister(name). */
    public static List<Item> unregister(String name) { return List.of(new Unregister(name)); }

    /** alloc_uprobe() + consumer_add(): a new uprobe (ref 1, one consumer) for (inode, offset); the registrant pins the inode. */
    public record Alloc(String name, String inode, long offset) implements Step {
        public String label() { return "UR1"; }

        public String function() { return "alloc_uprobe"; }

        public void run(Exec x) {
            World w = x.w();
            int i = w.inodeNamed(inode);
            if (i < 0) {
                x.rest(StepList.EMPTY);
                x.say(() -> x.me() + ": uprobe_register fails, there is no inode '" + inode + "'");
                return;
            }
            InodeSlot in = w.inodes().get(i);
            int slot = w.uprobes().nextFree();
            w = w.withUprobes(w.uprobes().allocate(new UprobeSlot(null, name, i, in.gen(), offset, 1, false, false, 1)));
            w = w.withInodes(w.inodes().set(i, in.withCount(in.count() + 1)));
            x.w(w);
            x.regs(x.writer().withUprobe(slot));
            x.write(() -> "uprobe[" + slot + "]");
            x.say(() -> x.me() + " allocates uprobe " + name + " = uprobe[" + slot + "] for (" + inode + ", " + Kernel.hex(offset) + ")");
        }
    }

    /** write_lock(&uprobes_treelock) + write_seqcount_begin(): tree readers now see an odd count. */
    public record TreeWriteBegin(String label) implements Step {
        public String function() { return "write_lock(uprobes_treelock)"; }

        public void run(Exec x) {
            UprobeTree t = x.w().utree();
            if (t.writeLocked() || t.readers() > 0) {
                x.block(() -> "spins on uprobes_treelock held by " + (t.writeLocked() ? x.name(t.writer()) : "readers"));
                return;
            }
            x.w(x.w().withUtree(t.withWriter(x.thread()).bumpSeq()));
            x.acquire("uprobes_treelock");
            x.write("uprobes_seqcount");
            x.say(() -> x.me() + " takes uprobes_treelock; uprobes_seqcount " + t.seq() + " → " + (t.seq() + 1));
        }
    }

    /** write_seqcount_end() + write_unlock(). */
    public record TreeWriteEnd(String label) implements Step {
        public String function() { return "write_unlock(uprobes_treelock)"; }

        public void run(Exec x) {
            UprobeTree t = x.w().utree();
            x.w(x.w().withUtree(t.bumpSeq().withWriter(Kernel.NOBODY)));
            x.write("uprobes_seqcount");
            x.release("uprobes_treelock");
            x.say(() -> x.me() + ": uprobes_seqcount " + t.seq() + " → " + (t.seq() + 1) + ", releases uprobes_treelock");
        }
    }

    /** insert_uprobe(): rb_find_add_rcu(); a dead uprobe with the same key is erased first. */
    public record Insert() implements Step {
        public String label() { return "UR3"; }

        public String function() { return "insert_uprobe"; }

        public void run(Exec x) {
            World w = x.w();
            int u = x.writer().uprobe();
            UprobeSlot us = w.uprobes().get(u);
            Optional<UprobeTree.Node> old = w.utree().find(us.inode(), us.offset());
            String note = "";
            if (old.isPresent()) {
                UprobeSlot o = w.uprobes().get(old.get().uprobe());
                if (o.ref() > 0) {
                    // alloc_uprobe() returns the existing uprobe; the new one was never published
                    w = w.withUprobes(w.uprobes().update(old.get().uprobe(), s -> s.withRef(s.ref() + 1).withConsumers(s.consumers() + 1))
                            .release(u, Mem.RETURNED));
                    x.w(w);
                    x.regs(x.writer().withUprobe(old.get().uprobe()));
                    x.say(() -> x.me() + " finds " + o.name() + " already registered at that key and takes a reference on it instead");
                    return;
                }
                w = w.withUtree(w.utree().erase(old.get().uprobe())).withUprobes(w.uprobes().update(old.get().uprobe(), s -> s.withInTree(false)));
                note = " (after erasing the dead " + o.name() + ")";
            }
            w = w.withUtree(w.utree().put(new UprobeTree.Node(us.inode(), us.offset(), u, us.gen())));
            w = w.withUprobes(w.uprobes().update(u, s -> s.withInTree(true)));
            x.w(w);
            x.write("uprobes_tree");
            String erased = note;
            x.say(() -> x.me() + " inserts " + us.name() + " into uprobes_tree at (inode[" + us.inode() + "], " + Kernel.hex(us.offset()) + ")" + erased);
        }
    }

    /** register_for_each_vma(): if the mm maps the inode at the offset, install the breakpoint under mmap_write_lock. */
    public record Install() implements Plan {
        public String label() { return "UR5"; }

        public StepList expand(World w, Regs regs) {
            int u = ((WriterRegs) regs).uprobe();
            if (u < 0 || Breakpoints.of(w, w.uprobes().get(u)).isEmpty()) return StepList.EMPTY;
            return StepList.of(new MmapWriteLock.DownWrite(), new MmapWriteLock.SeqBegin(), new InstallBreakpoint(u),
                    new MmapWriteLock.SeqEnd(), new MmapWriteLock.UpWrite());
        }
    }

    /** install_breakpoint(): int3 in place of the original instruction; UPROBE_COPY_INSN the first time. */
    public record InstallBreakpoint(int uprobe) implements Step {
        public String label() { return "UR5"; }

        public String function() { return "install_breakpoint"; }

        public void run(Exec x) {
            World w = x.w();
            UprobeSlot u = w.uprobes().get(uprobe);
            List<Long> addrs = Breakpoints.of(w, u);
            if (addrs.isEmpty()) {
                x.say(() -> x.me() + ": " + u.name() + " is no longer mapped; nothing to install");
                return;
            }
            w = w.withUprobes(w.uprobes().update(uprobe, s -> s.withCopyInsn(true)));
            w = w.withText(Breakpoints.install(w.text(), addrs)).withMm(w.mm().withHasUprobes(true).withRecalc(false));
            x.w(w);
            x.write("text");
            x.say(() -> x.me() + " copies the original instruction (UPROBE_COPY_INSN), sets MMF_HAS_UPROBES, then writes int3 at "
                    + addrs.stream().map(Kernel::hex).toList());
        }
    }

    /**
     * Resolves the uprobe by name and lays out uprobe_unregister_nosync(): consumer_del first, then
     * register_for_each_vma() removes the breakpoints, then put_uprobe() (kernel/events/uprobes.c, 6.14).
     */
    public record Unregister(String name) implements Plan {
        public String label() { return "UU"; }

        public StepList expand(World w, Regs regs) {
            int u = w.uprobeNamed(name);
            if (u < 0) return StepList.EMPTY;
            List<Step> out = new ArrayList<>();
            out.add(new ConsumerDel(u));
            if (!Breakpoints.of(w, w.uprobes().get(u)).isEmpty()) {
                out.add(new MmapWriteLock.DownWrite());
                out.add(new MmapWriteLock.SeqBegin());
                out.add(new RemoveBreakpoint(u));
                out.add(new MmapWriteLock.SeqEnd());
                out.add(new MmapWriteLock.UpWrite());
            }
            out.add(new Put(u));
            for (StepList l = freeDeferred(u); !l.isEmpty(); l = l.tail()) out.add((Step) l.head());
            out.add(new Unpin(u));
            return StepList.of(out);
        }
    }

    /**
     * consumer_del(): under register_rwsem, list_del_rcu() unlinks the consumer, so a reader that reaches
     * handler_chain() from now on runs no handler. The consumer's own memory is the caller's to keep until
     * uprobe_unregister_sync(); the uprobe's memory is kept by the SRCU → RCU Tasks Trace free chain.
     */
    public record ConsumerDel(int uprobe) implements Step {
        public String label() { return "UU0"; }

        public String function() { return "consumer_del"; }

        public void run(Exec x) {
            UprobeSlot u = x.w().uprobes().get(uprobe);
            x.w(x.w().withUprobes(x.w().uprobes().set(uprobe, u.withConsumers(Math.max(0, u.consumers() - 1)))));
            x.write(() -> "uprobe[" + uprobe + "].consumers");
            x.say(() -> x.me() + " removes the consumer from " + u.name() + " (consumer_del: list_del_rcu): a handler_chain() from now on"
                    + " finds no consumer to run; the caller's uprobe_unregister_sync() waits for any handler still running");
        }
    }

    /** uprobe_free_deferred() after the last put: erase under the treelock, then the SRCU → Tasks Trace free. */
    public static StepList freeDeferred(int u) {
        return StepList.of(new TreeWriteBegin("UU3"), new Erase(u), new TreeWriteEnd("UU5"), new Free(u));
    }

    /** remove_breakpoint(): restore the original instruction and set MMF_RECALC_UPROBES. */
    public record RemoveBreakpoint(int uprobe) implements Step {
        public String label() { return "UU1"; }

        public String function() { return "remove_breakpoint"; }

        public void run(Exec x) {
            World w = x.w();
            List<Long> addrs = Breakpoints.of(w, w.uprobes().get(uprobe));
            var text = w.text();
            for (long a : addrs) text = text.remove(a);
            x.w(w.withText(text).withMm(w.mm().withRecalc(true)));
            x.write("text");
            x.say(() -> x.me() + " restores the original instruction at " + addrs.stream().map(Kernel::hex).toList() + " and sets MMF_RECALC_UPROBES");
        }
    }

    /** put_uprobe(): the last reference schedules uprobe_free_deferred(). */
    public record Put(int uprobe) implements Step {
        public String label() { return "UU2"; }

        public String function() { return "put_uprobe"; }

        public void run(Exec x) {
            UprobeSlot u = x.w().uprobes().get(uprobe);
            x.w(x.w().withUprobes(x.w().uprobes().set(uprobe, u.withRef(u.ref() - 1))));
            x.rmw(() -> "uprobe[" + uprobe + "]");
            if (u.ref() - 1 > 0) {
                x.rest(x.rest().from("UU7"));
                x.say(() -> x.me() + " drops its reference on " + u.name() + " (ref " + (u.ref() - 1) + " left)");
                return;
            }
            x.say(() -> x.me() + " drops the last reference on " + u.name() + ": uprobe_free_deferred() will erase and free it");
        }
    }

    /** uprobe_free_deferred(): rb_erase() under the treelock. */
    public record Erase(int uprobe) implements Step {
        public String label() { return "UU4"; }

        public String function() { return "uprobe_free_deferred"; }

        public void run(Exec x) {
            World w = x.w();
            x.w(w.withUtree(w.utree().erase(uprobe)).withUprobes(w.uprobes().update(uprobe, s -> s.withInTree(false))));
            x.write("uprobes_tree");
            x.say(() -> x.me() + " erases " + w.uprobes().get(uprobe).name() + " from uprobes_tree; readers that found it may still use it");
        }
    }

    /** call_srcu → call_rcu_tasks_trace → kfree: the memory stays until every Tasks Trace reader has left. */
    public record Free(int uprobe) implements Step {
        public String label() { return "UU6"; }

        public String function() { return "call_rcu_tasks_trace"; }

        public void run(Exec x) {
            World w = x.w();
            UprobeSlot u = w.uprobes().get(uprobe);
            if (x.path().uprobeFreeWithoutGp()) {
                x.w(w.withUprobes(w.uprobes().release(uprobe, Mem.RETURNED)));
                x.write(() -> "uprobe[" + uprobe + "]");
                x.say(() -> x.me() + " kfrees " + u.name() + " at once, without waiting for a Tasks Trace grace period (broken)");
                return;
            }
            x.w(w.withTrace(w.trace().queue(RcuCallback.Kind.FREE, Cache.UPROBE, uprobe, u.gen())));
            x.say(() -> x.me() + " queues the free of " + u.name() + " behind an RCU Tasks Trace grace period");
        }
    }

    /** The registrant drops the inode reference it pinned for the probe (its path). */
    public record Unpin(int uprobe) implements Step {
        public String label() { return "UU7"; }

        public String function() { return "path_put"; }

        public void run(Exec x) {
            UprobeSlot u = x.w().uprobes().get(uprobe);
            InodeSlot in = x.w().inodes().get(u.inode());
            if (in.gen() != u.inodeGen() || in.count() == 0) {
                x.say(() -> x.me() + ": the registrant's inode pin is already gone");
                return;
            }
            x.w(Release.iput(x.w(), u.inode(), x.knobs()));
            x.rmw(() -> "inode[" + u.inode() + "]");
            x.say(() -> x.me() + " drops the registrant's reference on inode " + in.name());
        }
    }
}
