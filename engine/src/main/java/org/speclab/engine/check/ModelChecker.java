package org.speclab.engine.check;

import java.util.ArrayDeque;
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
import org.speclab.engine.kernel.ReadLog;
import org.speclab.engine.kernel.World;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Effect;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.ThreadState;
import org.speclab.engine.step.Violation;

/**
 * Explicit-state model checker over the engine (STYLE.md §8, TLC's doNext): breadth-first, level by level, so
 * the first time an outcome or violation is seen its schedule is the shortest; predecessor links rebuild
 * schedules. States are remembered as compact keys ({@link StateKeys}, {@link VisitedStates}) and what a step
 * does is computed once per distinct thread state and distinct values of the world parts it reads
 * ({@link ReadMemo}; ADR 0008, 0017). The search itself works on keys alone: levels hold keys, a memoized step
 * yields the ids of the parts it wrote and of the thread state it leaves, the world it leaves is found by part ids
 * ({@link WorldIndex}), and the engine's bookkeeping across threads is memoized by what it reads too, so no state
 * object is built (ADR 0015, 0017) but for finished states. Levels are expanded in batches, in parallel with several
 * workers, and merged in order, so the result is identical for any number of workers. After a complete search,
 * livelock (L1) is a cycle of the explored graph in which a reader takes a step ({@link Livelocks}). One search per
 * checker.
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

    /** The world parts the engine's P1 bookkeeping compares, and the one whose change it answers with P3. */
    private static final int[] VALIDITY_PARTS = Engine.validityParts();
    private static final int FREEING_PART = Engine.freeingPart();

    private final Engine engine;
    private final Options options;
    private final CheckProgress progress;
    private final int threads;
    private final int programThreads;
    private final int width;

    private final StateGraph graph = new StateGraph();
    private final StateKeys keys;
    private final VisitedStates visited;
    private final Map<String, Integer> firstFinal = new LinkedHashMap<>();
    /** With {@link Options#allViolations}: the first (shortest) counterexample of each property, in the order found. */
    private final Map<Property, CheckResult.Counterexample> violations = new LinkedHashMap<>();
    private long transitions;
    private long start;
    private Level next;
    /**
     * Shared by the expanding threads, and grown between batches (ADR 0017): steps by what they read, the canonical
     * worlds their writes make, by part ids, and P1's bookkeeping ({@link Engine#noteValid}) by what it reads.
     */
    private final ReadMemo steps = new ReadMemo();
    private final WorldIndex worlds = new WorldIndex();
    private final ReadMemo notes = new ReadMemo();

    /** One BFS level: its states' keys, flat, and their ids. */
    private static final class Level {
        private final int width;
        int[] keys;
        int[] ids = new int[16];
        int size;

        Level(int width) {
            this.width = width;
            this.keys = new int[16 * width];
        }

        /** This level emptied, its arrays kept, for another level. */
        Level clear() {
            size = 0;
            return this;
        }

        void add(int[] buf, int at, int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                keys = Arrays.copyOf(keys, size * 2 * width);
            }
            ids[size] = id;
            System.arraycopy(buf, at, keys, size * width, width);
            size++;
        }
    }

    /**
     * The successors of a chunk of states, in order, as ints: per state its number of moves (-1: it is finished),
     * then per move the thread, the index of its violation in {@code violations} (-1: none), the hash of the
     * successor's key and the key. Written by the thread that expanded the chunk, then read once by the merge.
     */
    private static final class Moves {
        private static final int THREAD = 0;
        private static final int VIOLATION = 1;
        private static final int HASH = 2;
        private static final int KEY = 3;

        int[] data = new int[2048];
        int size;
        /** Where the merge reads next. */
        int read;
        final List<Violation> violations = new ArrayList<>(0);

        /** This buffer emptied, for another chunk. */
        Moves clear() {
            size = 0;
            read = 0;
            violations.clear();
            return this;
        }

        /** Room for {@code n} more ints. */
        void ensure(int n) {
            if (size + n > data.length) data = Arrays.copyOf(data, Math.max(data.length * 2, size + n));
        }
    }

    /** Move buffers of merged batches, for the next batches (only the merging thread takes and returns them). */
    private final ArrayDeque<Moves> freeMoves = new ArrayDeque<>();

    public ModelChecker(Engine engine, Options options, CheckProgress progress) {
        this.engine = engine;
        this.options = options;
        this.progress = progress;
        this.threads = engine.machine().threadCount();
        this.programThreads = engine.machine().programThreads();
        if (threads > 16) throw new IllegalArgumentException("the checker handles at most 16 threads, not " + threads);
        this.keys = new StateKeys(threads);
        this.width = keys.width();
        this.visited = new VisitedStates(width);
    }

    public CheckResult check(State initial) {
        if (graph.size() > 0) throw new IllegalStateException("a ModelChecker runs one search; make a new one");
        start = System.nanoTime();
        int[] initialKey = keys.key(initial);
        visited.add(initialKey, VisitedStates.hash(initialKey));
        graph.add(-1, -1);
        Level level = new Level(width);
        level.add(initialKey, 0, 0);
        Level spareLevel = null;
        ExecutorService pool = options.workers() > 1 ? Executors.newFixedThreadPool(options.workers() - 1, daemon()) : null;
        try {
            while (level.size > 0) {
                next = spareLevel != null ? spareLevel.clear() : new Level(width);
                // a level is expanded and merged a batch at a time, so only a batch or two of successors is alive;
                // with workers, the next batch is being expanded while this one is merged
                Expansion batch = expand(level, 0, Math.min(level.size, BATCH), pool);
                for (int from = 0; from < level.size; from += BATCH) {
                    if (progress.cancelled()) return result(CheckResult.Verdict.CANCELLED, null);
                    int to = Math.min(level.size, from + BATCH);
                    Moves[] expanded = batch.moves();
                    if (to < level.size) batch = expand(level, to, Math.min(level.size, to + BATCH), pool);
                    for (int i = from; i < to; i++) {
                        CheckResult end = merge(level, i, expanded[(i - from) / Expansion.CHUNK]);
                        if (end != null) return end;
                    }
                    // merged: nothing reads these buffers any more
                    for (Moves m : expanded) freeMoves.push(m);
                }
                // the level just expanded is not read any more: its arrays serve the level after next
                spareLevel = level;
                level = next;
                double secs = (System.nanoTime() - start) / 1e9;
                progress.explored(visited.size(), level.size, secs > 0 ? visited.size() / secs : 0);
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
     * Records the moves of level state i (read from {@code moves}) in BFS order: new states get the next ids and
     * join the next level. Returns the result when the search ends here (a violation, or the state bound), else null.
     */
    private CheckResult merge(Level level, int i, Moves moves) {
        int id = level.ids[i];
        graph.expand(id);
        int[] data = moves.data;
        int count = data[moves.read++];
        if (count < 0) {
            // finished states are few: the engine names the outcome from the state itself
            firstFinal.putIfAbsent(engine.outcome(keys.state(level.keys, i * width)), id);
            return null;
        }
        if (count == 0) {
            firstFinal.putIfAbsent("deadlock", id);
            return null;
        }
        for (int m = 0; m < count; m++) {
            int at = moves.read;
            moves.read += Moves.KEY + width;
            transitions++;
            int thread = data[at + Moves.THREAD];
            Violation violation = data[at + Moves.VIOLATION] < 0 ? null : moves.violations.get(data[at + Moves.VIOLATION]);
            if (violation != null && options.allViolations()) {
                // the bad step ends its run: its target is no state of the search (it might be one a good step reaches)
                violations.computeIfAbsent(violation.property(), p -> counterexample(id, thread, violation));
                continue;
            }
            int key = at + Moves.KEY;
            int hash = data[at + Moves.HASH];
            int known = visited.find(data, key, hash);
            int to = known;
            if (known < 0) {
                to = visited.add(data, key, hash);
                graph.add(id, thread);
            }
            graph.edge(to, thread);
            if (violation != null) return result(CheckResult.Verdict.VIOLATED, counterexample(id, thread, violation));
            if (known < 0) next.add(data, key, to);
        }
        if (visited.size() < options.maxStates()) return null;
        if (violations.isEmpty()) return result(CheckResult.Verdict.INCONCLUSIVE, null);
        return result(CheckResult.Verdict.VIOLATED, violations.values().iterator().next());
    }

    /** The shortest schedule to state {@code id}, then the bad step of {@code thread}. */
    private CheckResult.Counterexample counterexample(int id, int thread, Violation violation) {
        List<String> schedule = names(graph.path(id));
        schedule.add(engine.machine().threadName(thread));
        return new CheckResult.Counterexample(violation, schedule, -1);
    }

    /**
     * Starts expanding level[from, to): on the workers at once, when there are some. The memos get room for the
     * batch first, while nothing else is expanding (the previous batch has been collected).
     */
    private Expansion expand(Level level, int from, int to, ExecutorService pool) {
        steps.reservePaths(BATCH);
        worlds.reserve((to - from) * threads);
        notes.reservePaths(BATCH);
        Expansion e = new Expansion(level, from, to);
        if (pool != null) for (int w = 1; w < options.workers(); w++) pool.execute(e::work);
        return e;
    }

    /**
     * The successor moves of level[from, to), expanded in small chunks that any thread may claim: the workers
     * start at once, and the merging thread joins them when it asks for the moves, so no core idles while the
     * other merges (ADR 0013).
     */
    private final class Expansion {
        private static final int CHUNK = 64;
        private final Level level;
        private final int from;
        private final int to;
        private final Moves[] moves;
        private final int chunks;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private final CountDownLatch done;
        private volatile Throwable failure;

        /** Its chunks' buffers come from {@link #freeMoves}, made only when there are too few. */
        Expansion(Level level, int from, int to) {
            this.level = level;
            this.from = from;
            this.to = to;
            this.chunks = (to - from + CHUNK - 1) / CHUNK;
            this.moves = new Moves[chunks];
            for (int c = 0; c < chunks; c++) moves[c] = freeMoves.isEmpty() ? new Moves() : freeMoves.pop().clear();
            this.done = new CountDownLatch(chunks);
        }

        /** Claims and expands chunks until none is left. */
        void work() {
            Expander x = null;
            for (int c; (c = nextChunk.getAndIncrement()) < chunks; ) {
                try {
                    if (x == null) x = new Expander();
                    Moves out = moves[c];
                    for (int i = from + c * CHUNK, end = Math.min(to, i + CHUNK); i < end; i++) x.expand(level.keys, i * width, out);
                } catch (RuntimeException | Error e) {
                    failure = e;
                } finally {
                    done.countDown();
                }
            }
        }

        /** Helps with what is left, waits for the chunks other threads claimed, and returns the moves in order. */
        Moves[] moves() {
            work();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (failure != null) throw new IllegalStateException(failure);
            return moves;
        }
    }

    /** One expanding thread's work on one state at a time, with its scratch arrays. */
    private final class Expander {
        /** The state being expanded: its key's buffer and offset, its canonical world and thread states. */
        private int[] key;
        private int at;
        private StateKeys.WorldCanon world;
        private final StateKeys.ThreadCanon[] parent = new StateKeys.ThreadCanon[threads];
        /** Per program thread, its canonical state in the successor being built, after P1's bookkeeping. */
        private final StateKeys.ThreadCanon[] successor = new StateKeys.ThreadCanon[threads];
        /** The part ids of the successor's world being looked up. */
        private final int[] parts = new int[World.PARTS];

        /**
         * Writes the moves of the state keyed {@code key[at ..]} to {@code out}. Partial-order reduction (ADR
         * 0005): if some thread's next step is local, it alone is explored from this state — it commutes with
         * everything and is invisible to the properties.
         */
        void expand(int[] key, int at, Moves out) {
            this.key = key;
            this.at = at;
            this.world = keys.world(key[at]);
            boolean finished = true;
            for (int t = 0; t < threads; t++) {
                parent[t] = keys.thread(key[at + 1 + t]);
                if (t < programThreads && !parent[t].done()) finished = false;
            }
            out.ensure(1);
            int countAt = out.size++;
            if (finished) {
                out.data[countAt] = -1;
                return;
            }
            int count = 0;
            if (options.reduce()) {
                for (int t = 0; t < threads && count == 0; t++) if (parent[t].localNext() && move(t, out)) count = 1;
            }
            if (count == 0) {
                for (int t = 0; t < threads; t++) if (!parent[t].done() && move(t, out)) count++;
            }
            out.data[countAt] = count;
        }

        /**
         * Thread t's step from the state, written to {@code out}; false when it is blocked. What the step does is
         * found by what it reads of the world ({@link ReadMemo}), and the world it leaves by its part ids
         * ({@link WorldIndex}); the engine runs only for a step not seen before (ADR 0017). What the engine's
         * bookkeeping across threads ({@link Engine#complete}) makes of each reader is memoized too (ADR 0015).
         */
        private boolean move(int t, Moves out) {
            ReadMemo.Leaf leaf = steps.find(parent[t].id(), t, world.parts());
            if (leaf == null) leaf = effect(t);
            if (leaf.blocked()) return false;
            StateKeys.WorldCanon after = after(leaf);
            out.ensure(Moves.KEY + width);
            int[] data = out.data;
            int m = out.size;
            int k = m + Moves.KEY;
            out.size += Moves.KEY + width;
            data[m + Moves.THREAD] = t;
            data[k] = after.id();
            System.arraycopy(key, at + 1, data, k + 1, threads);
            data[k + 1 + t] = leaf.thread().id();
            // Engine.complete's P1 bookkeeping: which readers must note the uprobe valid at their breakpoint (the
            // engine's answers, kept per thread state; "changed" compares part ids, as canonical parts are equal
            // exactly when their ids are), and what they make of it (found by what the engine reads for it)
            boolean changed = false;
            for (int p : VALIDITY_PARTS) changed |= world.parts()[p] != after.parts()[p];
            for (int u = 0; u < programThreads; u++) {
                StateKeys.ThreadCanon c = u == t ? leaf.thread() : parent[u];
                successor[u] = c;
                if (!StateKeys.ThreadCanon.mustNote(c.notes(), changed || u == t && parent[t].outsideWindow())) continue;
                StateKeys.ThreadCanon canon = noted(after, c);
                data[k + 1 + u] = canon.id();
                successor[u] = canon;
            }
            // and its P3 check, where the uprobes slab changed
            Violation v = leaf.violation();
            if (v == null && world.parts()[FREEING_PART] != after.parts()[FREEING_PART]) v = heldUprobeFreed(after.world());
            if (v == null) {
                data[m + Moves.VIOLATION] = -1;
            } else {
                data[m + Moves.VIOLATION] = out.violations.size();
                out.violations.add(v);
            }
            data[m + Moves.HASH] = VisitedStates.hash(data, k, width);
            return true;
        }

        /** The engine's step of thread t from the state, added to the read memo by what it read. */
        private ReadMemo.Leaf effect(int t) {
            ReadLog log = new ReadLog();
            Effect fx = engine.effect(world.world(), parent[t].state(), t, false, log);
            return steps.put(parent[t].id(), t, world.parts(), log, ReadMemo.Leaf.of(keys, world, fx, log));
        }

        /** The canonical world a step leaves: the state's world with the parts {@code leaf} wrote replaced. */
        private StateKeys.WorldCanon after(ReadMemo.Leaf leaf) {
            int written = leaf.written();
            if (written == 0) return world;
            System.arraycopy(world.parts(), 0, parts, 0, World.PARTS);
            int[] ids = leaf.writtenIds();
            for (int p = 0, i = 0; p < World.PARTS; p++) if ((written & 1 << p) != 0) parts[p] = ids[i++];
            int hash = WorldIndex.hash(parts);
            StateKeys.WorldCanon found = worlds.find(parts, hash);
            return found != null ? found : worlds.add(leaf.after(keys, world), hash);
        }

        /** The engine's {@link Engine#noteValid} of thread state {@code c} in {@code world}, found by what it reads of the world. */
        private StateKeys.ThreadCanon noted(StateKeys.WorldCanon world, StateKeys.ThreadCanon c) {
            ReadMemo.Leaf leaf = notes.find(c.id(), 0, world.parts());
            if (leaf != null) return leaf.thread();
            ReadLog log = new ReadLog();
            ThreadState noted = Engine.noteValid(world.world().watched(log), c.state());
            StateKeys.ThreadCanon canon = noted == c.state() ? c : keys.thread(noted);
            return notes.put(c.id(), 0, world.parts(), log, ReadMemo.Leaf.of(0, world, canon, null)).thread();
        }

        /**
         * The engine's P3 check ({@link Engine#heldUprobeFreed(World, ThreadState, int)}) of the successor being
         * built (in world {@code w}), thread by thread in the engine's order, for the threads it watches.
         */
        private Violation heldUprobeFreed(World w) {
            for (int u = 0; u < programThreads; u++) {
                if (!Engine.usesUprobe(successor[u].state())) continue;
                Violation v = engine.heldUprobeFreed(w, successor[u].state(), u);
                if (v != null) return v;
            }
            return null;
        }
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
