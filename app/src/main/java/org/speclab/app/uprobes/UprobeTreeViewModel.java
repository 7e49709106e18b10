package org.speclab.app.uprobes;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.speclab.app.stepper.Frame;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.app.uprobes.UprobeTreeModel.Fate;
import org.speclab.app.uprobes.UprobeTreeModel.Held;
import org.speclab.app.uprobes.UprobeTreeModel.InodeRow;
import org.speclab.app.uprobes.UprobeTreeModel.NodeRow;
import org.speclab.app.uprobes.UprobeTreeModel.ReaderTag;
import org.speclab.app.uprobes.UprobeTreeModel.SlotRow;
import org.speclab.app.uprobes.UprobeTreeModel.Status;
import org.speclab.engine.kernel.Cache;
import org.speclab.engine.kernel.InodeSlot;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.RcuCallback;
import org.speclab.engine.kernel.Slot;
import org.speclab.engine.kernel.UprobeSlot;
import org.speclab.engine.kernel.UprobeTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.State;
import org.speclab.engine.run.TraceEntry;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.ThreadState;

/**
 * Turns each frame into the inodes-and-uprobes display model. The wrong-uprobe flag compares facts of the
 * state only: the committed mapping's key at the reader's bp, the held uprobe's registered (inode, gen, offset),
 * and the reader's own P1 record of what was valid during its lookup (ReaderRegs.valid()).
 */
public final class UprobeTreeViewModel {
    private final StepperViewModel stepper;
    private final ReadOnlyObjectWrapper<UprobeTreeModel> model = new ReadOnlyObjectWrapper<>(UprobeTreeModel.EMPTY);

    public UprobeTreeViewModel(StepperViewModel stepper) {
        this.stepper = stepper;
        stepper.frameProperty().addListener((o, a, f) -> model.set(f == null ? UprobeTreeModel.EMPTY : of(f)));
        if (stepper.frame() != null) model.set(of(stepper.frame()));
    }

    public StepperViewModel stepper() { return stepper; }

    public ReadOnlyObjectProperty<UprobeTreeModel> modelProperty() { return model.getReadOnlyProperty(); }

    public UprobeTreeModel model() { return model.get(); }

    /** The display model of one frame. */
    public static UprobeTreeModel of(Frame f) {
        State s = f.state();
        World w = s.world();
        Frame before = new Frame(f.session(), f.timeline(), Math.max(0, f.index() - 1));
        State ps = before.state();
        World prev = ps.world();
        Machine m = f.session().machine();
        UprobeTree tree = w.utree();
        List<Held> held = held(f, m);
        List<Held> prevHeld = held(before, m);

        List<InodeRow> inodes = new ArrayList<>();
        for (int i = 0; i < w.inodes().size(); i++) {
            InodeSlot in = w.inodes().get(i);
            if (in.gen() == 0) continue;   // never allocated: not part of the scenario
            List<ReaderTag> tags = inodeTags(s, m, i);
            boolean changed = !in.equals(prev.inodes().get(i)) || !tags.equals(inodeTags(ps, m, i));
            inodes.add(new InodeRow(i, in.gen(), in.name(), in.count(), status(in), changed, tags));
        }
        List<NodeRow> nodes = new ArrayList<>();
        for (UprobeTree.Node n : tree.nodes()) {
            UprobeSlot u = w.uprobes().get(n.uprobe());
            List<ReaderTag> tags = heldTags(s, m, held, n.uprobe(), n.uprobeGen());
            boolean changed = !prev.utree().nodes().contains(n) || !u.equals(prev.uprobes().get(n.uprobe()))
                    || !tags.equals(heldTags(ps, m, prevHeld, n.uprobe(), n.uprobeGen()));
            String detail = "uprobe[" + n.uprobe() + "] gen " + n.uprobeGen() + " · ref " + u.ref();
            nodes.add(new NodeRow(n.inode(), n.offset(), n.uprobe(), u.name(), w.inodes().get(n.inode()).name(), detail, changed, tags));
        }
        List<SlotRow> out = new ArrayList<>();
        for (int i = 0; i < w.uprobes().size(); i++) {
            UprobeSlot u = w.uprobes().get(i);
            if (u.gen() == 0 || u.live() && u.inTree()) continue;
            Fate fate = fate(w, i, u);
            String fateText = fate == Fate.ERASED_WAITING ? fate.text() + " GP " + pending(w, i, u).waitFor() : fate.text();
            String detail = "(inode[" + u.inode() + "], " + Kernel.hex(u.offset()) + ") · gen " + u.gen() + " · ref " + u.ref();
            List<ReaderTag> tags = heldTags(s, m, held, i, u.gen());
            boolean changed = !u.equals(prev.uprobes().get(i)) || fate != fate(prev, i, prev.uprobes().get(i))
                    || !tags.equals(heldTags(ps, m, prevHeld, i, u.gen()));
            out.add(new SlotRow(i, u.name(), detail, fate, fateText, changed, tags));
        }
        return new UprobeTreeModel(tree.seq(), tree.seq() % 2 != 0, tree.seq() != prev.utree().seq(), lockText(tree, m),
                tree.writeLocked() || tree.readers() > 0, inodes, nodes, out, wrongText(s, m, held), wrongDetail(s, held));
    }

    /** Per thread: how the uprobe it holds stands (null when it holds none or has left handle_swbp). */
    private static List<Held> held(Frame f, Machine m) {
        State s = f.state();
        TraceEntry step = f.step();
        List<Held> out = new ArrayList<>();
        for (int t = 0; t < m.programThreads(); t++) {
            ThreadState ts = s.thread(t);
            if (!m.isReader(t) || ts.done() || !ts.reader().holdsUprobe()) {
                out.add(null);
                continue;
            }
            ReaderRegs r = ts.reader();
            boolean p1Now = step != null && step.violation() != null && step.violation().property() == Property.P1 && step.violation().thread() == t;
            // the engine's own "valid at bp right now" (P1's instant check), not a second derivation here
            boolean mappedNow = s.world().validUprobeAt(r.bp())
                    .map(n -> n.uprobe() == r.uprobe() && n.uprobeGen() == r.uprobeGen()).orElse(false);
            boolean wasValid = r.valid().contains(new ReaderRegs.UprobeId(r.uprobe(), r.uprobeGen()));
            // red only once the engine says the lookup returned it (its P1 check, or a verdict); before that, amber
            boolean returned = p1Now || r.verdict() != null;
            out.add(p1Now ? Held.WRONG : mappedNow ? Held.CORRECT : wasValid ? Held.STALE : returned ? Held.WRONG : Held.UNVALIDATED);
        }
        return out;
    }

    private static List<ReaderTag> heldTags(State s, Machine m, List<Held> held, int uprobe, int gen) {
        List<ReaderTag> tags = new ArrayList<>();
        for (int t = 0; t < held.size(); t++) {
            Held h = held.get(t);
            ReaderRegs r = h == null ? null : s.thread(t).reader();
            if (r == null || r.uprobe() != uprobe || r.uprobeGen() != gen) continue;
            String name = m.threadName(t);
            String text = switch (h) {
                case CORRECT -> name + " ✓";
                case STALE -> name + " ✓ was mapped during its lookup";
                case UNVALIDATED -> name + " holds " + s.world().uprobes().get(uprobe).name() + " — not validated yet";
                case WRONG -> name + " ✗ wrong uprobe";
            };
            tags.add(new ReaderTag(name, t, h, text));
        }
        return tags;
    }

    /** Readers whose loaded inode pointer is this address; amber when it came through a reused file or inode. */
    private static List<ReaderTag> inodeTags(State s, Machine m, int inode) {
        List<ReaderTag> tags = new ArrayList<>();
        World w = s.world();
        for (int t = 0; t < m.programThreads(); t++) {
            ThreadState ts = s.thread(t);
            if (!m.isReader(t) || ts.done() || ts.reader().inode() != inode) continue;
            ReaderRegs r = ts.reader();
            String name = m.threadName(t);
            boolean fileReused = r.file() != null && !r.file().wild() && w.file(r.file()).gen() != r.fileGen();
            boolean inodeReused = w.inodes().get(inode).gen() != r.inodeGen();
            String text = inodeReused ? name + " · inode reused" : fileReused ? name + " · via reused " + r.file() : name;
            tags.add(new ReaderTag(name, t, fileReused || inodeReused ? Held.STALE : Held.CORRECT, text));
        }
        return tags;
    }

    private static String wrongText(State s, Machine m, List<Held> held) {
        for (int t = 0; t < held.size(); t++) {
            if (held.get(t) != Held.WRONG) continue;
            ReaderRegs r = s.thread(t).reader();
            UprobeSlot u = s.world().uprobes().get(r.uprobe());
            return "✗ WRONG UPROBE: " + m.threadName(t) + "'s lookup returned " + u.name();
        }
        return "";
    }

    /** Why it is wrong, for the banner's tooltip: the key it holds vs what the committed mapping maps at bp. */
    private static String wrongDetail(State s, List<Held> held) {
        for (int t = 0; t < held.size(); t++) {
            if (held.get(t) != Held.WRONG) continue;
            ReaderRegs r = s.thread(t).reader();
            UprobeSlot u = s.world().uprobes().get(r.uprobe());
            String mapped = s.world().committed().keyAt(r.bp())
                    .map(k -> "(inode[" + k.inode() + "] gen " + k.inodeGen() + ", " + Kernel.hex(k.offset()) + ")").orElse("nothing");
            return u.name() + " is (inode[" + u.inode() + "] gen " + u.inodeGen() + ", " + Kernel.hex(u.offset()) + "): never mapped at "
                    + Kernel.hex(r.bp()) + " during the lookup; " + Kernel.hex(r.bp()) + " maps " + mapped + " now";
        }
        return "";
    }

    private static Status status(Slot<?> slot) {
        return slot.live() ? Status.LIVE : slot.returned() ? Status.RETURNED : Status.FREE;
    }

    private static Fate fate(World w, int index, UprobeSlot u) {
        if (u.gen() == 0) return null;
        if (!u.live()) return u.returned() ? Fate.RETURNED : Fate.FREED;
        if (u.inTree()) return null;
        return pending(w, index, u) != null ? Fate.ERASED_WAITING : Fate.ERASED;
    }

    /** The RCU Tasks Trace callback that will free this uprobe, or null. */
    private static RcuCallback pending(World w, int index, UprobeSlot u) {
        for (RcuCallback cb : w.trace().callbacks()) {
            if (cb.cache() == Cache.UPROBE && cb.index() == index && cb.gen() == u.gen()) return cb;
        }
        return null;
    }

    private static String lockText(UprobeTree tree, Machine m) {
        if (tree.writeLocked()) return "uprobes_treelock: " + m.threadName(tree.writer()) + " writes";
        if (tree.readers() > 0) return "uprobes_treelock: " + tree.readers() + " reading";
        return "uprobes_treelock: free";
    }
}
