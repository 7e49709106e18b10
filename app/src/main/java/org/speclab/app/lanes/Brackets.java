package org.speclab.app.lanes;

import java.util.ArrayList;
import java.util.List;
import org.speclab.app.lanes.LanesModel.Bracket;
import org.speclab.app.lanes.LanesModel.Status;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.State;
import org.speclab.engine.run.TraceEntry;
import org.speclab.engine.step.Decision;

/**
 * Each reader's speculation windows, read off the trace: a window opens at the reader's S2
 * ({@code mmap_lock_speculate_try_begin}) and closes at its end check S9 or at the step that decided (a failed
 * S2/S3/S4/T3, or a hit when a broken variant has no S9). It is overlapped when mm_lock_seq, after any step
 * inside it, was odd or differed from the snapshot: exactly what {@code mmap_lock_speculate_retry()} is meant
 * to catch. Only trace facts are used; nothing is re-decided here.
 */
final class Brackets {
    private static final String TRY_BEGIN = "S2";
    private static final String END_CHECK = "S9";

    private Brackets() {}

    static List<Bracket> of(Machine m, State initial, List<TraceEntry> history) {
        List<Bracket> out = new ArrayList<>();
        for (int t = 0; t < m.programThreads(); t++) {
            if (m.isReader(t)) out.addAll(ofReader(m.threadName(t), t, initial, history));
        }
        out.sort((a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : Integer.compare(a.thread(), b.thread()));
        return out;
    }

    private static List<Bracket> ofReader(String name, int t, State initial, List<TraceEntry> history) {
        List<Bracket> out = new ArrayList<>();
        int from = -1;
        long snapshot = 0;
        boolean overlapped = false;
        for (TraceEntry e : history) {
            long now = e.after().world().mm().seqValue();
            if (e.thread() == t && TRY_BEGIN.equals(e.label())) {
                // a spinning try_begin (broken variant) re-reads: the window starts at the latest read
                from = e.index();
                snapshot = Integer.toUnsignedLong(e.after().thread(t).reader().seq());
                overlapped = false;
            }
            if (from < 0) continue;
            overlapped |= (now & 1) == 1 || now != snapshot;
            if (e.thread() == t && (END_CHECK.equals(e.label()) || e.decision() != null)) {
                boolean detected = e.decision() != null && e.decision().kind() != Decision.Kind.SPECULATIVE_HIT;
                out.add(new Bracket(t, name, from, e.index(), snapshot, now, overlapped ? Status.OVERLAPPED : Status.PASSED, true, detected));
                from = -1;
            }
        }
        if (from >= 0) {
            int last = history.size();
            long now = last == 0 ? initial.world().mm().seqValue() : history.get(last - 1).after().world().mm().seqValue();
            out.add(new Bracket(t, name, from, last, snapshot, now, overlapped ? Status.OVERLAPPED : Status.OPEN, false, false));
        }
        return out;
    }
}
