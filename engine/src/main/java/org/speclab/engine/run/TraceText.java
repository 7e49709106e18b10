package org.speclab.engine.run;

import java.util.stream.Collectors;

/** The plain-text trace of {@code speclab run}: one line per step (index, CPU, kernel function, what changed, why). */
public final class TraceText {
    private TraceText() {}

    public static String format(Trace t) {
        StringBuilder b = new StringBuilder();
        for (TraceEntry e : t.entries()) b.append(line(e)).append('\n');
        b.append(summary(t));
        return b.toString();
    }

    public static String line(TraceEntry e) {
        String changed = e.changes().stream().map(Change::toString).collect(Collectors.joining("; "));
        StringBuilder b = new StringBuilder(String.format("%4d  %-9s %-6s %-32s %s", e.index(), e.threadName(), e.label(),
                e.function(), changed.isEmpty() ? "-" : changed));
        b.append("\n").append(" ".repeat(22)).append("why: ").append(e.explanation());
        if (e.decision() != null) {
            b.append("\n").append(" ".repeat(22)).append("decision: ").append(e.decision().sentence());
            if (e.cause() != null) b.append(" (cause: ").append(e.cause()).append(')');
        }
        if (e.violation() != null) {
            b.append("\n").append(" ".repeat(22)).append("VIOLATION ").append(e.violation().property()).append(' ')
                    .append(e.violation().outcome()).append(": ").append(e.violation().explanation());
        }
        return b.toString();
    }

    public static String summary(Trace t) {
        StringBuilder b = new StringBuilder();
        b.append("variant: ").append(t.machine().variant().name()).append('\n');
        b.append("outcome: ").append(t.outcome()).append('\n');
        b.append("ended: ").append(t.end().name().toLowerCase()).append(t.note().isEmpty() ? "" : " (" + t.note() + ")").append('\n');
        if (t.violation() != null) {
            b.append("violation: ").append(t.violation().property()).append(' ').append(t.violation().outcome())
                    .append(" at step ").append(t.violationStep()).append(" on ").append(t.violation().object()).append(": ")
                    .append(t.violation().explanation()).append('\n');
        }
        b.append("schedule: ").append(String.join(",", t.schedule())).append('\n');
        return b.toString();
    }

}
