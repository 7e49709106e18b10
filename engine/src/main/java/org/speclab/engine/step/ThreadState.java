package org.speclab.engine.step;

import java.util.Objects;

/** One thread's program counter (the items it has left) and locals. A program thread is done when nothing is left. */
public record ThreadState(StepList pending, Regs regs) {
    /** Written out (equality stays the record's): see {@link ReaderRegs#hashCode}. */
    @Override
    public int hashCode() { return 31 * Objects.hashCode(pending) + Objects.hashCode(regs); }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ThreadState t && Objects.equals(t.regs, regs) && Objects.equals(t.pending, pending);
    }

    public boolean done() { return pending.isEmpty(); }

    public Step next() { return (Step) pending.head(); }

    public ReaderRegs reader() { return (ReaderRegs) regs; }

    public boolean isReader() { return regs instanceof ReaderRegs; }
}
