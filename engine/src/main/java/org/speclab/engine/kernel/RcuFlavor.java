package org.speclab.engine.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One RCU flavour (classic {@code rcu} or {@code rcu_tasks_trace}): readers' nesting, grace periods and the
 * callback queue. Grace periods are numbered from 1; {@code started > completed} means one is in progress,
 * waiting for the threads in {@code waitset} (a bit mask) to leave the sections they were in when it started.
 */
public record RcuFlavor(String name, Nesting nesting, int started, int completed, int waitset, List<RcuCallback> callbacks) {
    public RcuFlavor { callbacks = List.copyOf(callbacks); }

    public static RcuFlavor idle(String name) { return new RcuFlavor(name, Nesting.NONE, 0, 0, 0, List.of()); }

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() {
        int h = Objects.hashCode(name);
        h = 31 * h + Objects.hashCode(nesting);
        h = 31 * h + started;
        h = 31 * h + completed;
        h = 31 * h + waitset;
        return 31 * h + callbacks.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof RcuFlavor f && f.started == started && f.completed == completed && f.waitset == waitset
                && Objects.equals(f.nesting, nesting) && Objects.equals(f.name, name) && f.callbacks.equals(callbacks);
    }

    public boolean gpInProgress() { return started > completed; }

    public int depth(int thread) { return nesting.of(thread); }

    public RcuFlavor enter(int thread) {
        return new RcuFlavor(name, nesting.with(thread, nesting.of(thread) + 1), started, completed, waitset, callbacks);
    }

    /** Leaving the outermost section takes the thread out of the current grace period's waitset. */
    public RcuFlavor exit(int thread) {
        int depth = nesting.of(thread) - 1;
        int ws = depth == 0 ? waitset & ~(1 << thread) : waitset;
        return new RcuFlavor(name, nesting.with(thread, depth), started, completed, ws, callbacks);
    }

    /** {@code call_rcu()}: the callback waits for a grace period that starts after now. */
    public RcuFlavor queue(RcuCallback.Kind kind, Cache cache, int index, int gen) {
        List<RcuCallback> cbs = new ArrayList<>(callbacks);
        cbs.add(new RcuCallback(started + 1, kind, cache, index, gen));
        return new RcuFlavor(name, nesting, started, completed, waitset, cbs);
    }

    /** A grace period may start when none is running and a callback waits for one not yet started. */
    public boolean canStartGp() {
        if (gpInProgress()) return false;
        for (RcuCallback c : callbacks) if (c.waitFor() > started) return true;
        return false;
    }

    public RcuFlavor startGp() { return new RcuFlavor(name, nesting, started + 1, completed, nesting.readers(), callbacks); }

    public boolean canEndGp() { return gpInProgress() && waitset == 0; }

    public RcuFlavor endGp() { return new RcuFlavor(name, nesting, started, completed + 1, 0, callbacks); }

    /** The oldest callback whose grace period has completed, or -1. */
    public int readyCallback() {
        for (int i = 0; i < callbacks.size(); i++) if (callbacks.get(i).waitFor() <= completed) return i;
        return -1;
    }

    /**
     * The same flavour with grace periods counted from the last completed one (completed = 0), and a callback
     * whose grace period has already completed waiting for 0. Every step reads these numbers only by comparing
     * them with each other ({@link #readyCallback}, {@link #canStartGp}, {@link #gpInProgress}) and moves them by
     * one, so a flavour and its relative form allow the same steps to equivalent results: the checker remembers
     * states by this form, so states that differ only in how many grace periods have passed are one (ADR 0013).
     */
    public RcuFlavor relative() {
        if (completed == 0) return this; // waitFor is never negative: already relative
        List<RcuCallback> cbs = new ArrayList<>(callbacks.size());
        for (RcuCallback c : callbacks) {
            cbs.add(new RcuCallback(Math.max(0, c.waitFor() - completed), c.kind(), c.cache(), c.index(), c.gen()));
        }
        return new RcuFlavor(name, nesting, started - completed, 0, waitset, cbs);
    }

    public RcuFlavor dropCallback(int i) {
        List<RcuCallback> cbs = new ArrayList<>(callbacks);
        cbs.remove(i);
        return new RcuFlavor(name, nesting, started, completed, waitset, cbs);
    }

}
