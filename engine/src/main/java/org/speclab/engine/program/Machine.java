package org.speclab.engine.program;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.step.Item;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.Setting;
import org.speclab.engine.step.StepList;
import org.speclab.engine.step.ThreadState;
import org.speclab.engine.step.WriterRegs;
import org.speclab.engine.step.rcu.RcuDaemon;
import org.speclab.engine.variant.CodePath;
import org.speclab.engine.variant.Knobs;
import org.speclab.engine.variant.Variant;

/**
 * The static part of a scenario: its threads and the variant they run. Besides the scenario's threads there
 * are two pseudo-threads, {@code rcu} and {@code rcu-trace}, whose steps are grace periods and callbacks.
 */
public final class Machine implements Setting {
    public static final String RCU = "rcu";
    public static final String RCU_TRACE = "rcu-trace";

    private final List<ThreadSpec> threads;
    private final List<String> names;
    private final Variant variant;
    private final ReaderProgram reader;

    public Machine(List<ThreadSpec> threads, Variant variant) {
        if (threads.size() > 14) throw new IllegalArgumentException("at most 14 threads");
        for (ThreadSpec t : threads) {
            boolean hits = t.ops().stream().anyMatch(o -> o instanceof Op.UprobeHit);
            if (hits && !t.reader()) throw new IllegalArgumentException("thread " + t.name() + ": uprobe-hit must be its only operation");
        }
        this.threads = List.copyOf(threads);
        this.variant = variant;
        this.reader = new ReaderProgram(variant.path(), variant.knobs());
        List<String> n = new ArrayList<>();
        for (ThreadSpec t : threads) n.add(t.name());
        n.add(RCU);
        n.add(RCU_TRACE);
        this.names = List.copyOf(n);
    }

    public Variant variant() { return variant; }

    public List<ThreadSpec> specs() { return threads; }

    /** Every schedulable thread: the scenario's, then rcu and rcu-trace. */
    public List<String> threadNames() { return names; }

    public int threadCount() { return names.size(); }

    public int programThreads() { return threads.size(); }

    public boolean isDaemon(int t) { return t >= threads.size(); }

    public boolean isReader(int t) { return t < threads.size() && threads.get(t).reader(); }

    public int indexOf(String name) { return names.indexOf(name); }

    /** The thread's state before its first step (plans not yet expanded). */
    public ThreadState initialThread(int t) {
        if (isDaemon(t)) return new ThreadState(StepList.of(new RcuDaemon(t == threads.size() + 1)), WriterRegs.NONE);
        ThreadSpec spec = threads.get(t);
        if (spec.reader()) return new ThreadState(reader.program(), ReaderRegs.at(spec.breakpoint()));
        List<Item> items = new ArrayList<>();
        for (Op op : spec.ops()) items.addAll(op.items());
        return new ThreadState(StepList.of(items), WriterRegs.NONE);
    }

    @Override public Knobs knobs() { return variant.knobs(); }

    @Override public CodePath path() { return variant.path(); }

    @Override public String threadName(int thread) { return thread >= 0 && thread < names.size() ? names.get(thread) : "?"; }

    @Override public StepList attempt() { return reader.attempt(); }

    @Override public StepList fallback() { return reader.fallback(); }

    @Override public StepList afterLookup() { return reader.afterLookup(); }
}
