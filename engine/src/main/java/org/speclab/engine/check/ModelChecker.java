package org.speclab.engine.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.run.Transition;
import org.speclab.engine.step.LocalStep;
import org.speclab.engine.step.Violation;

/**
 * Explicit-state model checker over the engine (STYLE.md §8, TLC's doNext): breadth-first, level by level, so
 * the first time an outcome or violation is seen its schedule is the shortest; a visited map from state to id
 * and predecessor links rebuild schedules. Levels are expanded in parallel chunks when large and merged in
 * order, so the result is identical for any number of workers. After a complete search, livelock (L1) is a
 * cycle of the explored graph in which a reader takes a step ({@link Livelocks}).
 */
public final class ModelChecker {
    /** Search bounds and knobs. */
    public record Options(long maxStates, int workers, boolean reduce) {
        public static final Options DEFAULT = new Options(2_000_000, 1, true);
    }

    private static final int PARALLEL_LEVEL = 512;

    private final Engine engine;
    private final Options options;
    private final CheckProgress progress;
    private final int threads;

    private final Map<State, Integer> ids = new HashMap<>();
    private final StateGraph graph = new StateGraph();

    public ModelChecker(Engine engine, Options options, CheckProgress progress) {
        this.engine = engine;
        this.options = options;
        this.progress = progress;
        this.threads = engine.machine().threadCount();
    }

    public CheckResult check(State initial) {
        long start = System.nanoTime();
        Map<String, Integer> firstFinal = new LinkedHashMap<>();
        ids.put(initial, graph.add(-1, -1, initial));
        List<State> level = List.of(initial);
        long transitions = 0;
        ExecutorService pool = options.workers() > 1 ? Executors.newFixedThreadPool(options.workers(), daemon()) : null;
        try {
            while (!level.isEmpty()) {
                if (progress.cancelled()) return result(CheckResult.Verdict.CANCELLED, firstFinal, null, transitions, start);
                List<List<Transition>> expanded = expand(level, pool);
                List<State> next = new ArrayList<>();
                for (int i = 0; i < level.size(); i++) {
                    State s = level.get(i);
                    int id = ids.get(s);
                    List<Transition> moves = expanded.get(i);
                    if (moves == null) {
                        firstFinal.putIfAbsent(engine.outcome(s), id);
                        continue;
                    }
                    if (moves.isEmpty()) {
                        firstFinal.putIfAbsent("deadlock", id);
                        continue;
                    }
                    for (Transition tr : moves) {
                        transitions++;
                        Integer known = ids.get(tr.after());
                        int to = known != null ? known : graph.add(id, tr.thread(), tr.after());
                        graph.edge(id, to, tr.thread());
                        if (tr.violation() != null) {
                            List<String> schedule = names(graph.path(id));
                            schedule.add(engine.machine().threadName(tr.thread()));
                            CheckResult.Counterexample cx = new CheckResult.Counterexample(tr.violation(), schedule, -1);
                            return result(CheckResult.Verdict.VIOLATED, firstFinal, cx, transitions, start);
                        }
                        if (known == null) {
                            ids.put(tr.after(), to);
                            next.add(tr.after());
                        }
                    }
                    if (ids.size() >= options.maxStates()) {
                        return result(CheckResult.Verdict.INCONCLUSIVE, firstFinal, null, transitions, start);
                    }
                }
                level = next;
                double secs = (System.nanoTime() - start) / 1e9;
                progress.explored(ids.size(), level.size(), secs > 0 ? ids.size() / secs : 0);
            }
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        CheckResult.Counterexample loop = new Livelocks(engine.machine(), graph).find();
        if (loop != null) return result(CheckResult.Verdict.VIOLATED, firstFinal, loop, transitions, start);
        return result(CheckResult.Verdict.HOLDS, firstFinal, null, transitions, start);
    }

    /** Successor transitions of each state of a level: null for a finished state, empty for a deadlock. */
    private List<List<Transition>> expand(List<State> level, ExecutorService pool) {
        if (pool == null || level.size() < PARALLEL_LEVEL) {
            List<List<Transition>> out = new ArrayList<>(level.size());
            for (State s : level) out.add(successors(s));
            return out;
        }
        int chunks = options.workers() * 4;
        int size = (level.size() + chunks - 1) / chunks;
        List<Future<List<List<Transition>>>> parts = new ArrayList<>();
        for (int from = 0; from < level.size(); from += size) {
            List<State> part = level.subList(from, Math.min(level.size(), from + size));
            parts.add(pool.submit(() -> {
                List<List<Transition>> out = new ArrayList<>(part.size());
                for (State s : part) out.add(successors(s));
                return out;
            }));
        }
        List<List<Transition>> out = new ArrayList<>(level.size());
        try {
            for (Future<List<List<Transition>>> f : parts) out.addAll(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return out;
    }

    /**
     * Partial-order reduction (ADR 0005): if some thread's next step is local, it alone is explored from this
     * state — it commutes with everything and is invisible to the properties.
     */
    private List<Transition> successors(State s) {
        if (engine.finished(s)) return null;
        if (options.reduce()) {
            for (int t = 0; t < threads; t++) {
                if (!s.thread(t).done() && s.thread(t).next() instanceof LocalStep) {
                    Transition tr = engine.step(s, t, false);
                    if (tr != null) {
                        tr.after().hashCode();
                        return List.of(tr);
                    }
                }
            }
        }
        List<Transition> out = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            Transition tr = engine.step(s, t, false);
            if (tr == null) continue;
            tr.after().hashCode(); // hashed here, on the worker, so the ordered merge only compares
            out.add(tr);
        }
        return out;
    }

    List<String> names(int[] threadPath) {
        Machine m = engine.machine();
        List<String> out = new ArrayList<>(threadPath.length);
        for (int t : threadPath) out.add(m.threadName(t));
        return out;
    }

    private CheckResult result(CheckResult.Verdict v, Map<String, Integer> finals, CheckResult.Counterexample cx, long transitions, long start) {
        Map<String, List<String>> outcomes = new HashMap<>();
        for (Map.Entry<String, Integer> e : finals.entrySet()) outcomes.put(e.getKey(), names(graph.path(e.getValue())));
        double secs = (System.nanoTime() - start) / 1e9;
        progress.explored(ids.size(), 0, secs > 0 ? ids.size() / secs : 0);
        return new CheckResult(v, outcomes, cx, ids.size(), transitions, secs, options.workers(), options.reduce());
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "speclab-checker");
            t.setDaemon(true);
            return t;
        };
    }

}
