package org.speclab.engine.step;

/** One thread's program counter (the items it has left) and locals. A program thread is done when nothing is left. */
public record ThreadState(StepList pending, Regs regs) {
    public boolean done() { return pending.isEmpty(); }

    public Step next() { return (Step) pending.head(); }

    public ReaderRegs reader() { return (ReaderRegs) regs; }

    public boolean isReader() { return regs instanceof ReaderRegs; }
}
