package org.speclab.app.registers;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.speclab.app.stepper.Frame;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.World;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.ReaderLoads;
import org.speclab.engine.run.ReaderLoads.Local;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.ThreadState;

/**
 * View-model of the reader-registers panel: each reader CPU's lookup locals (seq snapshot, vma, vm_file, pgoff,
 * start, inode, offset, uprobe) as its current attempt loads them. Which are loaded, and whether vm_start and
 * vm_pgoff are a torn pair, the engine says ({@link ReaderLoads}); this class only formats.
 */
public final class RegistersViewModel {
    /** The column heads, in {@link Local} order: the kernel's names for the locals. */
    public static final List<String> HEADS = List.of("seq", "vma", "vm_file", "pgoff", "start", "inode", "offset", "uprobe");

    /** One local: its text ("—" when not loaded), whether this step loaded it, whether it is half of a torn pair. */
    public record Cell(Local local, String text, boolean loaded, boolean changed, boolean torn) {}

    /** One reader CPU. */
    public record Row(int thread, String name, List<Cell> cells, String note) {
        public Row { cells = List.copyOf(cells); }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public RegistersViewModel(StepperViewModel stepper) {
        stepper.frameProperty().addListener((o, a, f) -> show(f));
        show(stepper.frame());
    }

    /** One row per reader CPU, in thread order. */
    public ObservableList<Row> rows() { return rows; }

    private void show(Frame f) {
        if (f == null) {
            rows.clear();
            return;
        }
        Machine m = f.session().machine();
        World w = f.state().world();
        List<Row> out = new ArrayList<>();
        for (int t = 0; t < m.programThreads(); t++) {
            if (!m.isReader(t)) continue;
            ThreadState ts = f.state().thread(t);
            if (!ts.isReader()) continue;
            ReaderRegs r = ts.reader();
            ReaderLoads now = ReaderLoads.of(f.timeline(), f.index(), t);
            ReaderLoads before = f.index() == 0 ? now : ReaderLoads.of(f.timeline(), f.index() - 1, t);
            boolean mine = f.step() != null && f.step().thread() == t;
            List<Cell> cells = new ArrayList<>();
            for (Local l : Local.values()) {
                boolean loaded = now.loaded().contains(l);
                boolean torn = now.tornPair() && (l == Local.PGOFF || l == Local.START);
                cells.add(new Cell(l, loaded ? text(l, r, w) : "—", loaded, mine && loaded && !before.loaded().contains(l), torn));
            }
            String note = !now.tornPair() ? "" : "⚠ torn pair: vm_start and vm_pgoff come from different versions of the VMA"
                    + (now.loaded().contains(Local.OFFSET) ? " — offset " + Kernel.hex(r.off()) + " is not the one bp maps" : "");
            if (!now.tornPair() && r.verdict() != null) note = OutcomeWords.display("lookup done: " + r.outcome());
            out.add(new Row(t, m.threadName(t), cells, note));
        }
        rows.setAll(out);
    }

    static String text(Local l, ReaderRegs r, World w) {
        return switch (l) {
            case SEQ -> Integer.toUnsignedString(r.seq());
            case VMA -> "vma[" + r.vma() + "]";
            case VM_FILE -> String.valueOf(r.file());
            case PGOFF -> Long.toString(r.pgoff());
            case START -> Kernel.hex(r.start());
            // no inode: a reused slot's f_inode that init_file() cleared reads NULL; through a torn pointer the
            // load read no struct file at all
            case INODE -> r.inode() >= 0 ? "inode[" + r.inode() + "]" : r.file() != null && r.file().wild() ? "garbage" : "NULL";
            case OFFSET -> Kernel.hex(r.off());
            case UPROBE -> r.uprobe() < 0 ? "none" : w.uprobes().get(r.uprobe()).gen() == r.uprobeGen()
                    ? w.uprobes().get(r.uprobe()).name() : "uprobe[" + r.uprobe() + "] gen " + r.uprobeGen();
        };
    }
}
