package org.speclab.engine.step;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.kernel.FileRef;

/**
 * A writer's locals: the VMA slot it allocated last (a split's new half, a new mapping), the uprobe it works on,
 * and the files whose last {@code fput()} queued {@code __fput()} as task work (run on return to user space).
 */
public record WriterRegs(int fresh, int uprobe, List<FileRef> deferredFput) implements Regs {
    public static final WriterRegs NONE = new WriterRegs(-1, -1, List.of());

    public WriterRegs { deferredFput = List.copyOf(deferredFput); }

    /** Written out, as {@link ReaderRegs#hashCode}. */
    @Override
    public int hashCode() { return (31 * fresh + uprobe) * 31 + deferredFput.hashCode(); }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof WriterRegs r && r.fresh == fresh && r.uprobe == uprobe && r.deferredFput.equals(deferredFput);
    }

    public WriterRegs withFresh(int v) { return new WriterRegs(v, uprobe, deferredFput); }

    public WriterRegs withUprobe(int v) { return new WriterRegs(fresh, v, deferredFput); }

    /** fput() dropped the last reference: task_work_add(TWA_RESUME) queues __fput() for the return to user space. */
    public WriterRegs deferFput(FileRef f) {
        List<FileRef> out = new ArrayList<>(deferredFput);
        out.add(f);
        return new WriterRegs(fresh, uprobe, out);
    }

    /** The queued __fput() of {@code f} has run. */
    public WriterRegs ranFput(FileRef f) {
        List<FileRef> out = new ArrayList<>(deferredFput);
        out.remove(f);
        return new WriterRegs(fresh, uprobe, out);
    }
}
