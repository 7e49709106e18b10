package org.speclab.engine.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Effect;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.run.Transition;
import org.speclab.engine.step.LocalStep;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.ThreadState;

/**
 * Explicit-state model checker over the engine (STYLE.md §8, TLC's doNext): breadth-first, level by level, so
 * the first time an outcome or violation is seen its schedule is the shortest; predecessor links rebuild
 * schedules. States are remembered as compact keys ({@link StateKeys}, {@link VisitedStates}) and what a step
 * does is computed once per distinct (world, thread state) ({@link StepMemo}); ADR 0008. Levels are expanded in
 * batches, in parallel with several workers, and merged in order, so the result is identical for any number of
 * workers. After a complete search, livelock (L1) is a cycle of the explored graph in which a reader takes a step
 * ({@link Livelocks}). One search per checker.
 */
public final class ModelChecker {
    /**
     * Search bounds and knobs. With {@code allViolations} a violation does not end the search: the bad step ends
     * its run (as in {@code run}), and the search goes on to the full outcome set and one shortest counterexample
     * per violated property.
     */
    public record Options(long maxStates, int workers, boolean reduce, boolean allViolations) {
        public static final Options DEFAULT = new Options(2_000_000, 1, true);

        public Options(long maxStates, int workers, boolean reduce) { this(maxStates, workers, reduce, false); }
    }

    /** States expanded (in parallel, with workers) before their successors are merged. */
    private static final int BATCH = 1024;

    private final Engine engine;
    private final Options options;
    private final CheckProgress progress;
    private final int threads;

    private final StateGraph graph = new StateGraph();
    private final StateKeys keys;
    private final VisitedStates visited;
    private final Map<String, Integer> firstFinal = new LinkedHashMap<>();
    /** With {@link Options#allViolations}: the first (shortest) counterexample of each property, in the order found. */
    private final Map<Property, CheckResult.Counterexample> violations = new LinkedHashMap<>();
    private long transitions;
    private long start;
    private Level next;
    /** One memo shared by the expanding threads; it grows between batches. */
    private final StepMemo memo = new StepMemo();

    /** One BFS level: its states in order, their ids and their keys (workers read keys here, never in the visited set). */
    private static final class Level {
        final List<State> states = new ArrayList<>();
        final List<int[]> keys = new ArrayList<>();
        int[] ids = new int[16];

        void add(State s, int id, int[] key) {
            if (states.size() == ids.length) ids = Arrays.copyOf(ids, ids.length * 2);
            ids[states.size()] = id;
            states.add(s);
            keys.add(key);
        }

        int size() { return states.size(); }
    }

    /** A successor with its key, computed on the worker that stepped it so that the ordered merge only looks up. */
    private record Move(Transition tr, int[] key, int hash) {}

    public ModelChecker(Engine engine, Options options, CheckProgress progress) {
        this.engine = engine;
        this.options = options;
        this.progress = progress;
        this.threads = engine.machine().threadCount();
        if (threads > 16) throw new IllegalArgumentException("the checker handles at most 16 threads, not " + threads);
        this.keys = new StateKeys(threads);
        this.visited = new VisitedStates(keys.width());
    }

    public CheckResult check(State initial) {
        if (graph.size() > 0) throw new IllegalStateException("a ModelChecker runs one search; make a new one");
        start = System.nanoTime();
        int[] initialKey = keys.key(initial);
        visited.add(initialKey, VisitedStates.hash(initialKey));
        graph.add(-1, -1);
        Level level = new Level();
        level.add(initial, 0, initialKey);
        ExecutorService pool = options.workers() > 1 ? Executors.newFixedThreadPool(options.workers() - 1, daemon()) : null;
        try {
            while (level.size() > 0) {
                next = new Level();
                // a level is expanded and merged a batch at a time, so only a batch or two of successors is alive;
                // with workers, the next batch is being expanded while this one is merged
                Expansion batch = expand(level, 0, Math.min(level.size(), BATCH), pool);
                for (int from = 0; from < level.size(); from += BATCH) {
                    if (progress.cancelled()) return result(CheckResult.Verdict.CANCELLED, null);
                    int to = Math.min(level.size(), from + BATCH);
                    List<List<Move>> expanded = batch.moves();
                    if (to < level.size()) batch = expand(level, to, Math.min(level.size(), to + BATCH), pool);
                    for (int i = from; i < to; i++) {
                        CheckResult end = merge(level.states.get(i), level.ids[i], expanded.get(i - from));
                        if (end != null) return end;
                    }
                }
                level = next;
                double secs = (System.nanoTime() - start) / 1e9;
                progress.explored(visited.size(), level.size(), secs > 0 ? visited.size() / secs : 0);
            }
        } finally {
            if (pool != null) pool.shutdownNow();
        }
        Livelocks livelocks = new Livelocks(engine.machine(), graph);
        CheckResult.Counterexample loop = livelocks.find(false);
        fairLoop = loop == null ? null : livelocks.find(true);
        if (loop != null) violations.putIfAbsent(Property.L1, loop);
        if (violations.isEmpty()) return result(CheckResult.Verdict.HOLDS, null);
        return result(CheckResult.Verdict.VIOLATED, violations.values().iterator().next());
    }

    /**
     * Records one expanded state's moves in BFS order: new states get the next ids and join the next level. Returns
     * the result when the search ends here (a violation, or the state bound), else null.
     */
    private CheckResult merge(State s, int id, List<Move> moves) {
        graph.expand(id);
        if (moves == null) {
            firstFinal.putIfAbsent(engine.outcome(s), id);
            return null;
        }
        if (moves.isEmpty()) {
            firstFinal.putIfAbsent("deadlock", id);
            return null;
        }
        for (Move m : moves) {
            transitions++;
            Transition tr = m.tr();
            if (tr.violation() != null && options.allViolations()) {
                // the bad step ends its run: its target is no state of the search (it might be one a good step reaches)
                violations.computeIfAbsent(tr.violation().property(), p -> counterexample(id, tr));
                continue;
            }
            int known = visited.find(m.key(), m.hash());
            int to = known;
            if (known < 0) {
                to = visited.add(m.key(), m.hash());
                graph.add(id, tr.thread());
            }
            graph.edge(to, tr.thread());
            if (tr.violation() != null) return result(CheckResult.Verdict.VIOLATED, counterexample(id, tr));
            if (known < 0) next.add(tr.after(), to, m.key());
        }
        if (visited.size() < options.maxStates()) return null;
        if (violations.isEmpty()) return result(CheckResult.Verdict.INCONCLUSIVE, null);
        return result(CheckResult.Verdict.VIOLATED, violations.values().iterator().next());
    }

    /** The shortest schedule to state {@code id}, then the bad step {@code tr}. */
    private CheckResult.Counterexample counterexample(int id, Transition tr) {
        List<String> schedule = names(graph.path(id));
        schedule.add(engine.machine().threadName(tr.thread()));
        return new CheckResult.Counterexample(tr.violation(), schedule, -1);
    }

    /**
     * Starts expanding level[from, to): on the workers at once, when there are some. The memo gets room for the
     * batch first, while nothing else is expanding (the previous batch has been collected).
     */
    private Expansion expand(Level level, int from, int to, ExecutorService pool) {
        memo.reserve((to - from) * threads);
        Expansion e = new Expansion(level, from, to);
        if (pool != null) for (int w = 1; w < options.workers(); w++) pool.execute(e::work);
        return e;
    }

    /**
     * The successor moves of level[from, to) (null for a finished state, empty for a deadlock), expanded in small
     * chunks that any thread may claim: the workers start at once, and the merging thread joins them when it
     * asks for the moves, so no core idles while the other merges (ADR 0013).
     */
    private final class Expansion {
        private static final int CHUNK = 64;
        private final Level level;
        private final int from;
        private final int to;
        private final List<Move>[] moves;
        private final int chunks;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private final CountDownLatch done;
        private volatile Throwable failure;

        @SuppressWarnings("unchecked")
        Expansion(Level level, int from, int to) {
            this.level = level;
            this.from = from;
            this.to = to;
            this.moves = new List[to - from];
            this.chunks = (to - from + CHUNK - 1) / CHUNK;
            this.done = new CountDownLatch(chunks);
        }

        /** Claims and expands chunks until none is left. */
        void work() {
            for (int c; (c = nextChunk.getAndIncrement()) < chunks; ) {
                try {
                    for (int i = from + c * CHUNK, end = Math.min(to, i + CHUNK); i < end; i++) {
                        moves[i - from] = successors(level.states.get(i), level.keys.get(i));
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                } finally {
                    done.countDown();
                }
            }
        }

        /** Helps with what is left, waits for the chunks other threads claimed, and returns the moves in order. */
        List<List<Move>> moves() {
            work();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (failure != null) throw new IllegalStateException(failure);
            return Arrays.asList(moves);
        }
    }

    /**
     * Partial-order reduction (ADR 0005): if some thread's next step is local, it alone is explored from this
     * state — it commutes with everything and is invisible to the properties.
     */
    private List<Move> successors(State s, int[] key) {
        if (engine.finished(s)) return null;
        if (options.reduce()) {
            for (int t = 0; t < threads; t++) {
                if (!s.thread(t).done() && s.thread(t).next() instanceof LocalStep) {
                    Move m = move(s, key, t);
                    if (m != null) return List.of(m);
                }
            }
        }
        List<Move> out = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            if (s.thread(t).done()) continue;
            Move m = move(s, key, t);
            if (m != null) out.add(m);
        }
        return out;
    }

    /**
     * Thread t's step from s, or null when it is blocked. What the step does to the world and to t is looked up
     * (ADR 0008): it depends only on the world's and t's ids in the key; the bookkeeping across threads runs
     * on the whole state each time.
     */
    private Move move(State s, int[] key, int t) {
        long packed = StepMemo.pack(key[0], key[1 + t], t);
        StepMemo.Entry e = memo.get(packed);
        if (e == null) {
            Effect fx = engine.effect(s.world(), s.thread(t), t, false);
            if (fx == null) {
                e = StepMemo.BLOCKED;
            } else {
                StateKeys.WorldCanon w = keys.world(fx.world(), key[0]);
                StateKeys.Canon ts = keys.canon(fx.thread());
                fx = new Effect(fx.step(), w.world(), (ThreadState) ts.value(), fx.explanation(), fx.accesses(),
                        fx.decision(), fx.violation());
                e = new StepMemo.Entry(fx, w.id(), ts.id());
            }
            memo.put(packed, e);
        }
        if (e.effect() == null) return null;
        Transition tr = engine.complete(s, t, e.effect());
        int[] k = keys.key(tr.after(), s, key, t, e.world(), e.effect().thread(), e.thread());
        return new Move(tr, k, VisitedStates.hash(k));
    }

    List<String> names(int[] threadPath) {
        Machine m = engine.machine();
        List<String> out = new ArrayList<>(threadPath.length);
        for (int t : threadPath) out.add(m.threadName(t));
        return out;
    }

    /** The livelock under weak fairness, when a livelock was found (set once, after the search). */
    private CheckResult.Counterexample fairLoop;

    private CheckResult result(CheckResult.Verdict v, CheckResult.Counterexample cx) {
        Map<String, List<String>> outcomes = new HashMap<>();
        for (Map.Entry<String, Integer> e : firstFinal.entrySet()) outcomes.put(e.getKey(), names(graph.path(e.getValue())));
        double secs = (System.nanoTime() - start) / 1e9;
        progress.explored(visited.size(), 0, secs > 0 ? visited.size() / secs : 0);
        return new CheckResult(v, outcomes, cx, visited.size(), transitions, secs, options.workers(), options.reduce(), fairLoop,
                List.copyOf(violations.values()));
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "speclab-checker");
            t.setDaemon(true);
            return t;
        };
    }

}
