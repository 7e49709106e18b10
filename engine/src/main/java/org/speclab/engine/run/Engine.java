package org.speclab.engine.run;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.kernel.ReadLog;
import org.speclab.engine.kernel.UprobeSlot;
import org.speclab.engine.kernel.UprobeTree;
import org.speclab.engine.kernel.World;
import org.speclab.engine.program.Machine;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Plan;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.Regs;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.StepList;
import org.speclab.engine.step.ThreadState;
import org.speclab.engine.step.Violation;

/**
 * Runs one step of one thread on a state, and checks the properties that span threads after it: P1's
 * bookkeeping (which uprobes were valid at each reader's breakpoint during its lookup) and P3 (a uprobe a
 * reader holds is not freed). Deterministic and side-effect free: the same state and thread give the same step.
 */
public final class Engine {
    private final Machine machine;

    public Engine(Machine machine) { this.machine = machine; }

    public Machine machine() { return machine; }

    /** The state before any step: plans expanded, readers' validity bookkeeping empty. */
    public State initial(World world) {
        List<ThreadState> ts = new ArrayList<>();
        for (int t = 0; t < machine.threadCount(); t++) ts.add(normalized(machine.initialThread(t), world));
        return new State(world, ts);
    }

    public boolean done(State s, int t) { return s.thread(t).done(); }

    /** Every program thread has finished (the RCU pseudo-threads never finish). */
    public boolean finished(State s) {
        for (int t = 0; t < machine.programThreads(); t++) if (!s.thread(t).done()) return false;
        return true;
    }

    /** The step thread t would take next, or null when it is done. */
    public Step next(State s, int t) { return s.thread(t).done() ? null : s.thread(t).next(); }

    /** Runs the next step of t, recording its explanation and accesses; null when t is done or blocked. */
    public Transition step(State s, int t) { return step(s, t, true); }

    /** As {@link #step(State, int)}; without {@code tracing} the explanation and accesses are not built (checker). */
    public Transition step(State s, int t, boolean tracing) {
        Effect e = effect(s.world(), s.thread(t), t, tracing);
        return e == null ? null : complete(s, t, e);
    }

    /**
     * The first half of a step: thread t, in state {@code ts}, runs its next step on world {@code w}. Null when
     * t is done or blocked. Depends on nothing else, so equal inputs give equal effects.
     */
    public Effect effect(World w, ThreadState ts, int t, boolean tracing) { return effect(w, ts, t, tracing, null); }

    /**
     * As {@link #effect(World, ThreadState, int, boolean)}, logging to {@code reads} (when not null) which parts of
     * {@code w} the step read, in order, and which it wrote: the plan expanded after it included, so the log holds
     * everything the effect depends on besides {@code ts} and t (ADR 0017). The effect's world is {@code w} itself
     * when the step wrote nothing.
     */
    public Effect effect(World w, ThreadState ts, int t, boolean tracing, ReadLog reads) {
        if (ts.done()) return null;
        Step step = ts.next();
        World in = reads == null ? w : w.watched(reads);
        Exec x = new Exec(machine, t, in, ts, tracing);
        step.run(x);
        if (x.blocked()) return null;
        World after = x.world();
        ThreadState next = normalized(afterRun(ts, step, x), after);
        if (reads != null) after = after == in ? w : after.unwatched();
        return new Effect(step, after, next, x.explanation(), List.copyOf(x.accesses()), x.decision(), x.violation());
    }

    /** The second half: the effect applied to the whole state, then the bookkeeping and P3 that span threads. */
    public Transition complete(State s, int t, Effect e) {
        State next = afterStep(s, s.with(e.world(), t, e.thread()), t);
        // P3 is checked when the uprobes slab changed: by value, not by identity, which the checker's canonical
        // worlds do not keep (an equal slab may be another object there, and the verdict must not depend on it)
        var uprobes = s.world().uprobes();
        Violation v = e.violation() != null ? e.violation()
                : next.world().uprobes() == uprobes || next.world().uprobes().equals(uprobes) ? null : heldUprobeFreed(next);
        return new Transition(t, e.step(), next, e.explanation(), e.accesses(), e.decision(), v);
    }

    /**
     * The {@link World#part} whose change {@link #complete} answers with the P3 check ({@link #heldUprobeFreed}):
     * a step that leaves the uprobes slab equal frees no uprobe.
     */
    public static int freeingPart() { return World.UPROBES_PART; }

    /**
     * The {@link World#part}s that decide, for P1's bookkeeping, whether what is valid at a breakpoint may have
     * changed: the committed mapping and the uprobes tree. A step that keeps both (the very same objects) keeps
     * every reader's note, unless it opened that reader's window ({@link #mustNoteValid}).
     */
    public static int[] validityParts() { return VALIDITY_PARTS.clone(); }

    private static final int[] VALIDITY_PARTS = {World.COMMITTED_PART, World.UTREE_PART};

    /** Why t cannot move now ("done" when it has finished), or null when it can. */
    public String blockedReason(State s, int t) {
        ThreadState ts = s.thread(t);
        if (ts.done()) return "done";
        Exec x = new Exec(machine, t, s.world(), ts, true);
        ts.next().run(x);
        return x.blocked() ? x.blockReason() : null;
    }

    public List<Integer> enabled(State s) {
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < machine.threadCount(); t++) if (step(s, t) != null) out.add(t);
        return out;
    }

    /** The thread's state after its step ran; the very same objects where nothing changed (cheaper to compare). */
    private static ThreadState afterRun(ThreadState ts, Step step, Exec x) {
        StepList pending;
        if (!x.stays()) pending = x.rest();
        else if (x.rest() == ts.pending().tail()) pending = ts.pending();
        else pending = x.rest().push(step);
        return pending == ts.pending() && x.regsOut() == ts.regs() ? ts : new ThreadState(pending, x.regsOut());
    }

    /** Expands plans at the head of a thread's list, so the next item is always a step. */
    private static ThreadState normalized(ThreadState ts, World w) {
        StepList p = ts.pending();
        Regs regs = ts.regs();
        while (!p.isEmpty() && p.head() instanceof Plan plan) p = plan.expand(w, regs).then(p.tail());
        return p == ts.pending() ? ts : new ThreadState(p, regs);
    }

    /**
     * P1 bookkeeping: every reader inside a lookup notes the uprobe valid at its breakpoint right now. What is
     * valid changes only with the committed mapping or the uprobes tree, or when the stepping reader opens its window.
     */
    private State afterStep(State before, State s, int stepped) {
        boolean changed = false;
        for (int p : VALIDITY_PARTS) changed |= before.world().part(p) != s.world().part(p);
        State out = s;
        for (int t = 0; t < machine.programThreads(); t++) {
            ThreadState ts = out.thread(t);
            if (!mustNoteValid(ts, changed || t == stepped && outsideWindow(before.thread(t)))) continue;
            ThreadState noted = noteValid(out.world(), ts);
            if (noted != ts) out = out.with(out.world(), t, noted);
        }
        return out;
    }

    /**
     * Whether a thread in state {@code ts}, after a step, must note the uprobe valid at its breakpoint
     * ({@link #noteValid}): a reader inside its lookup window must when {@code look} (what is valid may have
     * changed, or its own step opened the window) and while it has noted none; a reader that has noted some
     * keeps them while nothing it depends on changed.
     */
    public static boolean mustNoteValid(ThreadState ts, boolean look) {
        return ts.regs() instanceof ReaderRegs r && r.window() && (look || r.valid().isEmpty());
    }

    /** Whether {@code ts} is outside a lookup window: a step from it that leaves the thread inside opened the window. */
    public static boolean outsideWindow(ThreadState ts) { return !(ts.regs() instanceof ReaderRegs r && r.window()); }

    /**
     * {@code ts} (a reader inside its lookup window) with the uprobe valid at its breakpoint in {@code w} noted;
     * the very same object when there is none or it was noted already. Reads only the world and {@code ts}.
     */
    public static ThreadState noteValid(World w, ThreadState ts) {
        ReaderRegs r = ts.reader();
        var valid = w.validUprobeAt(r.bp());
        if (valid.isEmpty()) return ts;
        UprobeTree.Node n = valid.get();
        ReaderRegs noted = r.noteValid(new ReaderRegs.UprobeId(n.uprobe(), n.uprobeGen()));
        return noted == r ? ts : new ThreadState(ts.pending(), noted);
    }

    /**
     * P3: a uprobe a lookup returned (S10 or L6 set the verdict) must not be freed before the reader has used it
     * and left handle_swbp (H3). A pointer a lookup only holds — found at T2 but not yet validated, or dropped by
     * S9 — is not a use: the end check discards it unread.
     */
    public Violation heldUprobeFreed(State s) {
        for (int t = 0; t < machine.programThreads(); t++) {
            Violation v = heldUprobeFreed(s.world(), s.thread(t), t);
            if (v != null) return v;
        }
        return null;
    }

    /** Whether P3 watches a thread in state {@code ts}: a reader using the uprobe its lookup returned (a verdict is set). */
    public static boolean usesUprobe(ThreadState ts) {
        return !ts.done() && ts.regs() instanceof ReaderRegs r && r.holdsUprobe() && r.verdict() != null;
    }

    /** P3 for thread t in state {@code ts}: the uprobe it uses is freed in {@code w} ({@link #heldUprobeFreed(State)} asks it of every thread). */
    public Violation heldUprobeFreed(World w, ThreadState ts, int t) {
        if (!usesUprobe(ts)) return null;
        ReaderRegs r = ts.reader();
        UprobeSlot u = w.uprobes().get(r.uprobe());
        if (!u.returned() && u.gen() == r.uprobeGen()) return null;
        return new Violation(Property.P3, t, "uprobe[" + r.uprobe() + "] gen " + r.uprobeGen(),
                "uprobe " + u.name() + " is freed while " + machine.threadName(t) + " still uses it (before it leaves handle_swbp)");
    }

    /** The run's outcome name (docs/model.md §7): one reader's outcome, or {@code cpu0=…,cpu2=…} with several. */
    public String outcome(State s) {
        List<String> parts = new ArrayList<>();
        int readers = 0;
        for (int t = 0; t < machine.programThreads(); t++) if (machine.isReader(t)) readers++;
        for (int t = 0; t < machine.programThreads(); t++) {
            if (!machine.isReader(t)) continue;
            String o = s.thread(t).reader().outcome();
            parts.add(readers == 1 ? o : machine.threadName(t) + "=" + o);
        }
        return String.join(",", parts);
    }
}
