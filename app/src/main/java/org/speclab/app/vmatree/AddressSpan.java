package org.speclab.app.vmatree;

import org.speclab.engine.kernel.VmaSlot;
import org.speclab.engine.kernel.VmaTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.program.Op;
import org.speclab.engine.program.ThreadSpec;
import org.speclab.engine.run.State;

/**
 * The address range the strip shows: every range the scenario ever maps, unmaps, moves or probes, plus a margin.
 * It only grows within a session, so blocks do not jump as VMAs come and go.
 */
public record AddressSpan(long start, long end) {
    public static final AddressSpan DEFAULT = new AddressSpan(0x400000, 0x404000);

    /** Where {@code addr} sits on the strip, 0 at the left edge and 1 at the right. */
    public double fraction(long addr) { return (double) (addr - start) / (double) (end - start); }

    /** The bounds (without margin) of the scenario's ranges: its initial VMAs and the ranges its threads touch. */
    static AddressSpan bounds(State initial, java.util.List<ThreadSpec> threads) {
        AddressSpan b = null;
        b = include(b, initial.world());
        for (ThreadSpec t : threads) {
            for (Op op : t.ops()) {
                if (op instanceof Op.UprobeHit h) b = include(b, h.addr(), h.addr() + 1);
                else if (op instanceof Op.Munmap m) b = include(b, m.addr(), m.addr() + m.len());
                else if (op instanceof Op.MmapFixed m) b = include(b, m.addr(), m.addr() + m.len());
                else if (op instanceof Op.Mprotect m) b = include(b, m.addr(), m.addr() + m.len());
                else if (op instanceof Op.Mremap m) b = include(include(b, m.from(), m.from() + m.len()), m.to(), m.to() + m.len());
            }
        }
        return b;
    }

    /** Grows {@code b} (null = nothing yet) by every tree entry and used VMA slot of {@code w}. */
    static AddressSpan include(AddressSpan b, World w) {
        for (VmaTree.Entry e : w.mm().tree().entries()) b = include(b, e.start(), e.end());
        for (VmaSlot v : w.vmas().slots()) if (v.gen() > 0 && v.end() > v.start()) b = include(b, v.start(), v.end());
        return b;
    }

    static AddressSpan include(AddressSpan b, long lo, long hi) {
        return b == null ? new AddressSpan(lo, hi) : new AddressSpan(Math.min(b.start, lo), Math.max(b.end, hi));
    }

    /** The bounds plus a margin of a twentieth of their width on each side, so edge blocks do not touch the card. */
    static AddressSpan withMargin(AddressSpan bounds) {
        if (bounds == null || bounds.end <= bounds.start) return DEFAULT;
        long margin = Math.max(1, (bounds.end - bounds.start) / 20);
        return new AddressSpan(Math.max(0, bounds.start - margin), bounds.end + margin);
    }
}
