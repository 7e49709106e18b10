package org.speclab.app.vmatree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.speclab.app.stepper.Frame;
import org.speclab.engine.kernel.VmaSlot;
import org.speclab.engine.kernel.VmaTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.program.Machine;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.ThreadState;

/** The readers' {@code vma} locals while they are inside a lookup, and what their targets are now. */
final class VmaPointers {
    private VmaPointers() {}

    static List<VmaPointer> of(Frame f, AddressSpan span, VmaTree tree) {
        List<VmaPointer> out = new ArrayList<>();
        Machine m = f.session().machine();
        World w = f.state().world();
        for (Map.Entry<Integer, ReaderRegs> e : f.readersInLookup().entrySet()) {
            int t = e.getKey();
            ReaderRegs r = e.getValue();
            if (r.vma() < 0) continue;
            int loaded = loadedGen(f, t, r.vma());
            VmaSlot v = w.vmas().get(r.vma());
            VmaPointer.State state = state(v, loaded, tree.contains(r.vma()));
            out.add(new VmaPointer(t, m.threadName(t), r.vma(), loaded, span.fraction(r.bp()), target(v, r, tree), state));
        }
        return out;
    }

    static VmaPointer.State state(VmaSlot v, int loadedGen, boolean inTree) {
        if (v.returned()) return VmaPointer.State.RETURNED;
        if (v.gen() != loadedGen) return VmaPointer.State.REUSED;
        if (!v.live()) return VmaPointer.State.FREED;
        return inTree ? VmaPointer.State.OK : VmaPointer.State.UNLINKED;
    }

    /** The slot's generation at the earliest state of the pointer's current stretch: when the reader loaded it. */
    private static int loadedGen(Frame f, int t, int vma) {
        int gen = f.state().world().vmas().get(vma).gen();
        for (int k = f.index(); k >= 0; k--) {
            ThreadState ts = f.timeline().stateAt(k).thread(t);
            if (!ts.isReader() || ts.reader().vma() != vma) break;
            gen = f.timeline().stateAt(k).world().vmas().get(vma).gen();
        }
        return gen;
    }

    /** The tree block covering the breakpoint when the slot is in the tree, else the slot's detached block. */
    private static String target(VmaSlot v, ReaderRegs r, VmaTree tree) {
        String key = VmaModels.key(r.vma(), v.gen());
        int occurrence = 0;
        for (VmaTree.Entry e : tree.entries()) {
            if (e.vma() != r.vma()) continue;
            if (e.covers(r.bp())) return key + (occurrence > 0 ? "#" + occurrence : "");
            occurrence++;
        }
        return key;
    }
}
