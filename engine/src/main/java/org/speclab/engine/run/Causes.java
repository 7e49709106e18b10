package org.speclab.engine.run;

import java.util.List;
import org.speclab.engine.program.Machine;
import org.speclab.engine.program.ThreadSpec;
import org.speclab.engine.step.Decision;
import org.speclab.engine.step.Reason;

/**
 * Finds the step that made a reader's decision go the way it did, from the changes recorded in the trace:
 * for "seq changed" the first write of mm_lock_seq after the reader's snapshot, for "writer active" the write
 * that made it odd, for "no VMA" the last tree change, for "no uprobe" the last change to the reader's file slot
 * or the uprobes tree.
 */
final class Causes {
    private Causes() {}

    static Cause of(Machine m, List<TraceEntry> before, int reader, Decision d) {
        if (d == null || d.reason() == null) return null;
        Reason r = d.reason();
        return switch (r) {
            case SEQ_CHANGED -> firstSince(m, before, reader, "S2", "mm_lock_seq");
            case WRITER_ACTIVE -> last(m, before, reader, "mm_lock_seq");
            case NO_VMA -> last(m, before, reader, "mm_mt");
            case NO_FILE -> null;
            case NO_UPROBE -> last(m, before, reader, "filp[", "bfilp[", "uprobes_tree");
        };
    }

    private static Cause firstSince(Machine m, List<TraceEntry> before, int reader, String label, String field) {
        int start = 0;
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).thread() == reader && before.get(i).label().equals(label)) {
                start = i + 1;
                break;
            }
        }
        for (int i = start; i < before.size(); i++) if (touches(before.get(i), field)) return cause(m, before.get(i));
        return null;
    }

    private static Cause last(Machine m, List<TraceEntry> before, int reader, String... fields) {
        for (int i = before.size() - 1; i >= 0; i--) {
            TraceEntry e = before.get(i);
            if (e.thread() == reader) continue;
            for (String f : fields) if (touches(e, f)) return cause(m, e);
        }
        return null;
    }

    private static boolean touches(TraceEntry e, String field) {
        return e.changes().stream().anyMatch(c -> c.field().startsWith(field));
    }

    private static Cause cause(Machine m, TraceEntry e) {
        String op = "";
        if (e.thread() < m.programThreads()) {
            ThreadSpec spec = m.specs().get(e.thread());
            if (spec.ops().size() == 1) op = spec.ops().get(0).text().split(" ")[0] + ": ";
        }
        return new Cause(e.index(), e.threadName(), op + e.function());
    }
}
