package org.speclab.engine.program;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.step.Item;
import org.speclab.engine.step.StepList;
import org.speclab.engine.step.reader.FindUprobeRcu;
import org.speclab.engine.step.reader.HandleSwbp;
import org.speclab.engine.step.reader.LockedLookup;
import org.speclab.engine.step.reader.SpeculativeLookup;
import org.speclab.engine.variant.CodePath;
import org.speclab.engine.variant.CodePath.EndCheck;
import org.speclab.engine.variant.CodePath.Order;
import org.speclab.engine.variant.Knobs;

/**
 * The reader's code for one variant, laid out as step lists: the whole program, one speculation attempt, the
 * fallback, and the tail of handle_swbp(). Broken variants differ only in which steps appear and in what order.
 */
public final class ReaderProgram {
    private final StepList program;
    private final StepList attempt;
    private final StepList fallback;
    private final StepList afterLookup;

    public ReaderProgram(CodePath path, Knobs knobs) {
        afterLookup = StepList.of(new HandleSwbp.HandleResult(), new HandleSwbp.TasksTraceUnlock());
        fallback = StepList.of(lockedPath(path)).then(afterLookup);
        attempt = StepList.of(attemptSteps(path, knobs)).then(afterLookup);
        StepList head = StepList.of(new HandleSwbp.TrapTaken(), new HandleSwbp.TasksTraceLock());
        if (!path.speculate()) {
            program = head.then(StepList.of(lockedSteps())).then(afterLookup);
        } else {
            program = head.then(path.rcuReadLock() ? attempt.push(new SpeculativeLookup.RcuLock()) : attempt);
        }
    }

    public StepList program() { return program; }

    public StepList attempt() { return attempt; }

    public StepList fallback() { return fallback; }

    public StepList afterLookup() { return afterLookup; }

    private static List<Item> attemptSteps(CodePath path, Knobs knobs) {
        List<Item> loads = new ArrayList<>();
        for (Knobs.Load l : knobs.loadOrder()) {
            loads.add(switch (l) {
                case PGOFF -> new SpeculativeLookup.LoadPgoff();
                case START -> new SpeculativeLookup.LoadStart();
                case INODE -> new SpeculativeLookup.LoadInode();
            });
        }
        List<Item> vmFile = path.tornVmFile()
                ? List.of(new SpeculativeLookup.LoadVmFileFirstHalf(), new SpeculativeLookup.LoadVmFileSecondHalf())
                : List.of(new SpeculativeLookup.LoadVmFile());
        List<Item> find = List.of(new FindUprobeRcu.SeqBegin(false), new FindUprobeRcu.Find(false), new FindUprobeRcu.SeqRetry(false));
        List<Item> check = path.end() == EndCheck.NONE ? List.of() : List.of(new SpeculativeLookup.RetryCheck());

        List<Item> out = new ArrayList<>();
        out.add(new SpeculativeLookup.TryBegin());
        out.add(new SpeculativeLookup.VmaLookup());
        out.addAll(vmFile);
        if (path.order() == Order.FIELDS_AFTER_CHECK) {
            // B4: only the inode is loaded before the check; vm_pgoff and vm_start after it, unvalidated
            out.add(new SpeculativeLookup.LoadInode());
            out.addAll(check);
            out.add(new SpeculativeLookup.LoadPgoff());
            out.add(new SpeculativeLookup.LoadStart());
            out.add(new SpeculativeLookup.ComputeOffset());
            out.addAll(find);
        } else if (path.order() == Order.CHECK_BEFORE_TREE_LOOKUP) {
            out.addAll(loads);
            out.add(new SpeculativeLookup.ComputeOffset());
            out.addAll(check);
            out.addAll(find);
        } else {
            out.addAll(loads);
            out.add(new SpeculativeLookup.ComputeOffset());
            out.addAll(find);
            out.addAll(check);
        }
        out.add(new SpeculativeLookup.ReturnUprobe());
        return out;
    }

    private static List<Item> lockedPath(CodePath path) {
        List<Item> out = new ArrayList<>();
        out.add(new SpeculativeLookup.SpeculationFailed());
        if (path.trustNull()) out.add(new LockedLookup.TrustedMiss());   // B14: no lock, no second lookup
        else out.addAll(lockedSteps());
        return out;
    }

    private static List<Item> lockedSteps() {
        return List.of(new LockedLookup.ReadLock(), new LockedLookup.VmaLookup(), new LockedLookup.LoadKey(),
                new FindUprobeRcu.SeqBegin(true), new FindUprobeRcu.Find(true), new FindUprobeRcu.SeqRetry(true),
                new LockedLookup.IsTrapAtAddr(), new LockedLookup.RecalcUprobes(), new LockedLookup.ReadUnlock());
    }
}
