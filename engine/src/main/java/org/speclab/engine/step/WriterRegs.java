package org.speclab.engine.step;

/** A writer's locals: the VMA slot it allocated last (a split's new half, a new mapping) and the uprobe it works on. */
public record WriterRegs(int fresh, int uprobe) implements Regs {
    public static final WriterRegs NONE = new WriterRegs(-1, -1);

    public WriterRegs withFresh(int v) { return new WriterRegs(v, uprobe); }

    public WriterRegs withUprobe(int v) { return new WriterRegs(fresh, v); }
}
