package org.speclab.app.lanes;

import org.speclab.app.theme.ThreadShape;
import java.util.List;

/**
 * What the lanes canvas draws, derived from one frame: the lanes (readers, writers, then the RCU machinery), a
 * mark per executed step, the mm_lock_seq step plot with its odd (write-section) spans, and each reader's
 * speculation brackets. {@code current} is the cursor (0 = before the first step); {@code span} is how many
 * steps the x axis holds, so the scale stays put while stepping back and forth on one timeline.
 */
public record LanesModel(List<Lane> lanes, List<Mark> marks, List<SeqPoint> seq, List<Span> odd, List<Bracket> brackets,
                         int current, int span) {
    public static final LanesModel EMPTY = new LanesModel(List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0);

    public LanesModel {
        lanes = List.copyOf(lanes);
        marks = List.copyOf(marks);
        seq = List.copyOf(seq);
        odd = List.copyOf(odd);
        brackets = List.copyOf(brackets);
    }

    public enum Role { READER, WRITER, DAEMON }

    /** One horizontal lane: a thread with its role and marker shape. */
    public record Lane(int thread, String name, Role role, ThreadShape shape) {}

    /** One executed step (1-based index) of a thread; {@code current} marks the step just executed. */
    public record Mark(int step, int thread, String label, Role role, boolean current) {}

    /** mm_lock_seq after step {@code step} (0 = the initial value). */
    public record SeqPoint(int step, long value) {
        public boolean odd() { return (value & 1) == 1; }
    }

    /** Steps {@code from}..{@code to} (inclusive) after which the count stayed odd: a write section in progress. */
    public record Span(int from, int to) {}

    /** How a speculation window ended. */
    public enum Status {
        /** Still speculating at the cursor. */
        OPEN,
        /** No write section touched the window: the end check passes, rightly. */
        PASSED,
        /** A write section overlapped the window (an odd count, or a count other than the snapshot). */
        OVERLAPPED
    }

    /**
     * One speculation window of a reader: from its S2 (snapshot {@code snapshot}) to its end check S9 or the
     * failure ({@code closed}), else to the cursor; {@code seenAtEnd} is the count at its last step. An open
     * window is already OVERLAPPED once a writer got in. {@code detected}: the reader did fall back or retry
     * (false when an overlapped window still passed, as under a broken end check).
     */
    public record Bracket(int thread, String name, int from, int to, long snapshot, long seenAtEnd, Status status,
                          boolean closed, boolean detected) {
        public boolean overlapped() { return status == Status.OVERLAPPED; }

        /** The label drawn at the bracket's end: ✓/✗ plus the count, never colour alone. */
        public String label() {
            String moved = seenAtEnd != snapshot ? snapshot + "→" + seenAtEnd : "writer inside";
            return switch (status) {
                case OPEN -> "seq " + snapshot + " …";
                case PASSED -> "✓ seq " + snapshot;
                case OVERLAPPED -> "✗ " + moved + (!closed ? " …" : detected ? "" : " unnoticed");
            };
        }
    }

    /** One sentence for screen readers and tooltips: where the cursor is and how each reader's window went. */
    public String summary() {
        if (lanes.isEmpty()) return "No lesson loaded";
        StringBuilder b = new StringBuilder("Step " + current + "; mm_lock_seq " + (seq.isEmpty() ? "?" : seq.get(seq.size() - 1).value()));
        for (Bracket br : brackets) b.append("; ").append(br.name()).append(" window from step ").append(br.from()).append(": ").append(br.label());
        return b.toString();
    }

    public List<Bracket> bracketsOf(String name) {
        return brackets.stream().filter(b -> b.name().equals(name)).toList();
    }

    public List<Mark> marksOf(int thread) {
        return marks.stream().filter(m -> m.thread() == thread).toList();
    }
}
