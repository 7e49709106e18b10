package org.speclab.engine.program;

import java.util.List;

/** A thread of a scenario: its name (e.g. {@code cpu0}) and its program. */
public record ThreadSpec(String name, List<Op> ops) {
    public ThreadSpec { ops = List.copyOf(ops); }

    /** A reader runs exactly one breakpoint hit. */
    public boolean reader() { return ops.size() == 1 && ops.get(0) instanceof Op.UprobeHit; }

    public long breakpoint() { return ((Op.UprobeHit) ops.get(0)).addr(); }
}
