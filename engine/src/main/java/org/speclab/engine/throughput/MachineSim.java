package org.speclab.engine.throughput;

import static org.speclab.engine.throughput.Parameters.*;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.speclab.engine.throughput.Code.Role;

/**
 * A discrete-event simulation of N CPUs running uprobe-nop hits (and optionally one writer thread) over
 * simulated nanoseconds. Local work takes cycles at the CPU's turbo frequency (slower when its hyper-thread
 * sibling also runs). A line that is ever written is tracked per core: held exclusive by one core or shared by
 * several. A core that needs a line it lacks waits for it; the line then moves from its holder at the hand-off
 * cost for their distance, slowed by every further waiter on the holder's socket; a sibling's request rides on
 * its twin's fill. Which waiting core gets an exclusively held line next is a race of retries, not a FIFO
 * ({@link #raceForLine}). The lock and {@code mm_lock_seq} logic runs where the engine's steps put it.
 */
final class MachineSim {
    private static final int RESUME = 0, ARRIVE = 1, READ_DONE = 2;
    private static final int ENTRY = 0, ATTEMPT = 1, SUCCESS = 2, FAIL = 3, WRITER_LOCK = 4, WRITER_UNLOCK = 5;

    private final Code[] segments;
    private final int attempts;
    private final int readers;
    private final int threads;
    private final boolean[] writable;
    private final int[] core;
    private final int[] socket;
    private final double[] nsPerCycle;
    private final Placement placement;
    private final double writerGapNs;
    private final SplittableRandom random;
    /** Each thread's own jitter stream, so the order in which the simulation advances independent threads changes nothing. */
    private final SplittableRandom[] jitter;
    private final EventQueue events = new EventQueue();

    // thread state
    private final int[] seg;
    private final int[] pc;
    private final int[] attempt;
    private final int[] snapshot;

    // line state
    private final int[] owner;
    private final long[][] sharers;
    private final double[] holdEnd;
    private final boolean[] inFlight;
    private final boolean[] crossing;
    private final int[][] queue;
    private final int[] queued;
    private final int[] coreSeen;    // per core: the race that last counted it (one request per core)
    private final int[][] queuedOnCore;      // per line and core: its threads in the line's queue
    private final int[][] queuedOnSocket;    // per line and socket: likewise
    private final int[][] coresQueuedOnSocket;    // per line and socket: cores with a thread in the queue
    // a waiting core's chance in the race for a line: 1 / its round trip to the holder (Placement.handoff)
    private static final double OWN_CORE_WEIGHT = 1 / LLC_HIT, LOCAL_WEIGHT = 1 / HANDOFF_SAME_SOCKET, REMOTE_WEIGHT = 1 / HANDOFF_CROSS_SOCKET;
    private int race;

    // the mmap_lock and mm_lock_seq, as the steps see them
    private int seq = 2;
    private double nextWrite;
    private int readersIn;
    private boolean writerHeld;
    private boolean writerWaiting;
    private final int[] sleepers;
    private int sleeping;

    // quiet stretches: while nothing can write a line or move mm_lock_seq, a speculating hit is a fixed walk
    private final boolean quietPathReadsOnly;    // entry, attempt and success tail write no shared line
    private final int[] quietLines;              // the lines of that path that anything ever writes
    private final boolean[] speculating;         // between its try_begin and its end check
    private int failing;                         // readers on the locked path after failed speculation
    private double writerWake = Double.POSITIVE_INFINITY;
    private double quietUntil = Double.NEGATIVE_INFINITY;
    private boolean quietHitsOn = true;

    // measurement
    private final double start;
    private final double sampleNs;
    private final double end;
    final long[] speculative = new long[SAMPLES];
    final long[] fallback = new long[SAMPLES];
    final long[] transfers;
    long crossSocket;

    MachineSim(Code[] segments, int attempts, int lineCount, boolean[] writable, Topology topo, int cpus, double writersPerSecond, long seed) {
        this.segments = segments;
        this.attempts = attempts;
        this.readers = cpus;
        this.threads = cpus + (writersPerSecond > 0 ? 1 : 0);
        this.writable = writable;
        this.random = new SplittableRandom(seed);
        this.writerGapNs = writersPerSecond > 0 ? 1e9 / writersPerSecond : Double.POSITIVE_INFINITY;
        Placement where = new Placement(topo, cpus, threads);
        core = where.core;
        socket = where.socket;
        nsPerCycle = where.nsPerCycle;
        placement = where;
        seg = new int[threads];
        jitter = new SplittableRandom[threads];
        for (int x = 0; x < threads; x++) jitter[x] = random.split();
        pc = new int[threads];
        attempt = new int[threads];
        snapshot = new int[threads];
        sleepers = new int[threads];
        speculating = new boolean[threads];
        boolean readsOnly = attempts > 0;
        java.util.BitSet touched = new java.util.BitSet();
        for (int s = ENTRY; s <= SUCCESS; s++) {
            for (int i = 0; i < segments[s].size; i++) {
                int l = segments[s].line[i];
                if (segments[s].exclusive[i]) readsOnly = false;
                if (l >= 0 && writable[l]) touched.set(l);
            }
        }
        quietPathReadsOnly = readsOnly;
        quietLines = touched.stream().toArray();
        int cores = where.cores();
        owner = new int[lineCount];
        sharers = new long[lineCount][(cores + 63) / 64];
        holdEnd = new double[lineCount];
        inFlight = new boolean[lineCount];
        crossing = new boolean[lineCount];
        queue = new int[lineCount][threads];
        queued = new int[lineCount];
        coreSeen = new int[cores];
        int sockets = 1;
        for (int c = 0; c < cores; c++) sockets = Math.max(sockets, where.socketOfCore(c) + 1);
        queuedOnCore = new int[lineCount][cores];
        queuedOnSocket = new int[lineCount][sockets];
        coresQueuedOnSocket = new int[lineCount][sockets];
        transfers = new long[lineCount];
        Arrays.fill(owner, -1);
        for (int l = 0; l < lineCount; l++) for (int x = 0; x < threads; x++) share(l, core[x]);
        double sample = SAMPLE_NS;
        // with writers: at least two write periods, at most 1 ms simulated (below 2 k sections/s a sample may hold none)
        if (writersPerSecond > 0) sample = Math.min(200_000, Math.max(SAMPLE_NS, 2 * writerGapNs / SAMPLES));
        this.sampleNs = sample;
        this.start = WARMUP_NS;
        this.end = start + SAMPLES * sampleNs;
    }

    void run() {
        for (int x = 0; x < readers; x++) events.add(random.nextDouble() * 300, RESUME << 24 | x);
        if (threads > readers) {
            seg[readers] = WRITER_LOCK;
            nextWrite = random.nextDouble() * writerGapNs;    // then one section every 1/rate, like a timer-driven mmap/munmap loop
            writerWake = nextWrite;
            events.add(nextWrite, RESUME << 24 | readers);
        }
        while (!events.isEmpty() && events.peekTime() < end) {
            double t = events.peekTime();
            int p = events.poll();
            int id = p & 0xFFFFFF;
            switch (p >>> 24) {
                case RESUME -> run(id, t, t);
                case ARRIVE -> arrive(id, t);
                case READ_DONE -> readDone(id, t);
                default -> throw new IllegalStateException();
            }
        }
    }

    /** Every hit step by step, for the test that quiet stretches change nothing. */
    MachineSim stepByStep() {
        quietHitsOn = false;
        return this;
    }

    double measuredNs() { return SAMPLES * sampleNs; }

    double sampleNs() { return sampleNs; }

    // --- one thread runs until it must wait for a line, a lock, or the clock
    private void run(int x, double now, double t) {
        while (true) {
            if (pc[x] == 0 && seg[x] == ENTRY && x < readers && quietPathReadsOnly) t = quietHits(x, t);
            Code c = segments[seg[x]];
            int i = pc[x];
            if (i == c.size) {
                if (!segmentDone(x, t)) return;
                continue;
            }
            int l = c.line[i];
            if (l < 0 && c.role[i] == Role.NONE) {
                t += c.cycles[i] * nsPerCycle[x] * (1 + JITTER * (2 * jitter[x].nextDouble() - 1));
                pc[x]++;
                continue;
            }
            if (l >= 0 && !writable[l]) {
                t += c.cycles[i] * nsPerCycle[x];
                pc[x]++;
                continue;
            }
            if (t > now) {
                // nothing else happens before t: go on at t without a round trip through the queue
                if (!events.isEmpty() && events.peekTime() <= t) {
                    events.add(t, RESUME << 24 | x);
                    return;
                }
                now = t;
            }
            if (l < 0) {
                if (!marker(x, c.role[i], t)) return;
                continue;
            }
            boolean excl = c.exclusive[i];
            if (hit(x, l, excl)) {
                // a sibling's locked op waits for its twin's to finish; the line never leaves the core
                if (excl) t = Math.max(t, holdEnd[l]);
                t += c.cycles[i] * nsPerCycle[x];
                if (excl) holdEnd[l] = t;
                pc[x]++;
                continue;
            }
            miss(x, l, excl, t);
            return;
        }
    }

    /**
     * Runs whole hits of reader x from t without a trip through the event queue while the machine is quiet (see
     * {@link #quietUntil}) and x's core holds every line of the speculating path: each such hit is a fixed walk of
     * cache hits and local work, which nobody else can disturb and which disturbs nobody. Returns where x goes on,
     * at the start of a hit, step by step. The same arithmetic and jitter as step by step, so the same result.
     */
    private double quietHits(int x, double t) {
        if (!quietHitsOn) return t;
        double until = Math.min(quietUntil(t), end);
        if (until <= t) return t;
        for (int l : quietLines) if (!hit(x, l, false)) return t;
        double ns = nsPerCycle[x];
        double longest = 0;
        for (int s = ENTRY; s <= SUCCESS; s++) {
            Code c = segments[s];
            for (int i = 0; i < c.size; i++) longest += c.cycles[i] * ns * (c.line[i] < 0 ? 1 + JITTER : 1);
        }
        longest *= 1.000001;    // rounding of the step-by-step sum
        while (t + longest < until) {
            for (int s = ENTRY; s <= SUCCESS; s++) {
                Code c = segments[s];
                for (int i = 0; i < c.size; i++) {
                    if (c.line[i] >= 0) t += c.cycles[i] * ns;
                    else if (c.role[i] == Role.NONE) t += c.cycles[i] * ns * (1 + JITTER * (2 * jitter[x].nextDouble() - 1));
                }
            }
            snapshot[x] = seq;
            if (t >= start) speculative[(int) ((t - start) / sampleNs)]++;
        }
        return t;
    }

    /**
     * Until when nothing can write a line or move {@code mm_lock_seq}: the writer sleeps until its next section,
     * no reader is on the locked path, and no reader's speculation began before the last bump (it would fail and
     * take the lock). Readers that speculate only read, so this holds until the writer wakes; without a writer,
     * for ever.
     */
    private double quietUntil(double t) {
        if (quietUntil > t) return quietUntil;
        if (failing > 0 || writerHeld || writerWaiting || (seq & 1) != 0) return Double.NEGATIVE_INFINITY;
        if (threads > readers && (seg[readers] != WRITER_LOCK || pc[readers] != 0)) return Double.NEGATIVE_INFINITY;
        for (int y = 0; y < readers; y++) if (speculating[y] && snapshot[y] != seq) return Double.NEGATIVE_INFINITY;
        quietUntil = writerWake;
        return quietUntil;
    }

    /** The end of a segment: where the thread goes next. False when it now waits for the clock. */
    private boolean segmentDone(int x, double t) {
        pc[x] = 0;
        switch (seg[x]) {
            case ENTRY -> {
                if (attempts > 0) {
                    seg[x] = ATTEMPT;
                    attempt[x] = 1;
                    return true;
                }
                return hitDone(x, t, false);
            }
            case ATTEMPT -> {
                seg[x] = SUCCESS;
                return true;
            }
            case SUCCESS -> { return hitDone(x, t, true); }
            case FAIL -> {
                failing--;
                return hitDone(x, t, false);
            }
            case WRITER_LOCK -> {
                seg[x] = WRITER_UNLOCK;
                events.add(t + WRITE_SECTION_NS, RESUME << 24 | x);
                return false;
            }
            default -> {
                seg[x] = WRITER_LOCK;
                writerWake = Math.max(t, nextWrite += writerGapNs);
                events.add(writerWake, RESUME << 24 | x);
                return false;
            }
        }
    }

    private boolean hitDone(int x, double t, boolean spec) {
        if (t >= start && t < end) {
            int s = (int) ((t - start) / sampleNs);
            if (spec) speculative[s]++;
            else fallback[s]++;
        }
        seg[x] = ENTRY;
        if (t < end && (events.isEmpty() || t < events.peekTime())) return true;
        events.add(t, RESUME << 24 | x);
        return false;
    }


    /** The step's lock or sequence logic; false when the thread now sleeps. */
    private boolean marker(int x, Role role, double t) {
        switch (role) {
            case SEQ_BEGIN -> {
                if ((seq & 1) != 0) return failAttempt(x);
                snapshot[x] = seq;
                speculating[x] = true;
            }
            case SEQ_CHECK -> {
                speculating[x] = false;
                if (seq != snapshot[x]) return failAttempt(x);
            }
            case READ_LOCK -> {
                if (writerHeld || writerWaiting) {
                    sleepers[sleeping++] = x;
                    return false;
                }
                readersIn++;
            }
            case READ_UNLOCK -> {
                readersIn--;
                if (readersIn == 0 && writerWaiting && !writerHeld) events.add(t, RESUME << 24 | readers);
            }
            case WRITE_LOCK -> {
                writerWake = Double.POSITIVE_INFINITY;
                quietUntil = Double.NEGATIVE_INFINITY;
                if (readersIn > 0 || writerHeld) {
                    writerWaiting = true;
                    return false;
                }
                writerWaiting = false;
                writerHeld = true;
            }
            case SEQ_BUMP -> seq++;
            case WRITE_UNLOCK -> {
                // rwsem_wake(): the sleeping readers get the lock now (count += READER_BIAS each) and run once scheduled
                writerHeld = false;
                for (int i = 0; i < sleeping; i++) {
                    readersIn++;
                    pc[sleepers[i]]++;
                    events.add(t + WAKEUP_NS, RESUME << 24 | sleepers[i]);
                }
                sleeping = 0;
            }
            default -> throw new IllegalStateException(role.toString());
        }
        pc[x]++;
        return true;
    }

    /** mmap_lock_speculate_try_begin() or _retry() said no: try again while attempts remain, else the locked path. */
    private boolean failAttempt(int x) {
        pc[x] = 0;
        if (attempt[x] < attempts) {
            attempt[x]++;
            seg[x] = ATTEMPT;
        } else {
            seg[x] = FAIL;
            failing++;
        }
        return true;
    }

    // --- cache lines
    private boolean hit(int x, int l, boolean excl) {
        int c = core[x];
        if (excl) return owner[l] == c && !inFlight[l];
        return owner[l] == c || shares(l, c);
    }

    private void miss(int x, int l, boolean excl, double t) {
        if (!excl && owner[l] < 0 && anySharer(l)) {
            readFrom(x, l, t);
            return;
        }
        queue[l][queued[l]++] = x;
        if (queuedOnCore[l][core[x]]++ == 0) coresQueuedOnSocket[l][socket[x]]++;
        queuedOnSocket[l][socket[x]]++;
        if (!inFlight[l]) transfer(l, t);
    }

    /** A load of a line no core holds exclusive: served at once from a sharer or the L3, in parallel with others. */
    private void readFrom(int x, int l, double t) {
        double cost = nearest(l, x);
        count(l, t, cost >= HANDOFF_CROSS_SOCKET);
        events.add(t + cost, READ_DONE << 24 | x);
    }

    private void readDone(int x, double t) {
        int l = segments[seg[x]].line[pc[x]];
        if (owner[l] < 0) share(l, core[x]);
        double hold = segments[seg[x]].cycles[pc[x]] * nsPerCycle[x];
        pc[x]++;
        run(x, t, t + hold);
    }

    /** Start moving line l to the next waiting core. */
    private void transfer(int l, double now) {
        if (owner[l] >= 0) raceForLine(l);
        int x = queue[l][0];
        boolean excl = segments[seg[x]].exclusive[pc[x]];
        double cost;
        if (owner[l] >= 0) cost = placement.handoff(owner[l], x);
        else cost = excl ? farthest(l, x) : nearest(l, x);
        // retries of the other queued cores of this socket slow a hand-off inside the socket's mesh; a UPI crossing is not slowed
        if (excl && owner[l] >= 0 && placement.socketOfCore(owner[l]) == socket[x]) cost += CONTENTION_PER_WAITER * waitersNear(l, socket[x]);
        inFlight[l] = true;
        crossing[l] = owner[l] >= 0 ? placement.socketOfCore(owner[l]) != socket[x] : cost >= HANDOFF_CROSS_SOCKET;
        events.add(Math.max(now, holdEnd[l]) + cost, ARRIVE << 24 | l);
    }

    private void arrive(int l, double t) {
        int head = queue[l][0];
        int c = core[head];
        boolean excl = segments[seg[head]].exclusive[pc[head]];
        if (excl) {
            owner[l] = c;
            Arrays.fill(sharers[l], 0);
        } else {
            if (owner[l] >= 0) share(l, owner[l]);
            owner[l] = -1;
            share(l, c);
        }
        inFlight[l] = false;
        count(l, t, crossing[l]);
        // the fill serves every thread of this core that waits for it (a sibling rides on its twin's miss)
        double tt = t;
        if (queuedOnCore[l][c] == 1) {
            // the head alone: no twin waits
            tt += segments[seg[head]].cycles[pc[head]] * nsPerCycle[head];
            if (excl) holdEnd[l] = tt;
            pc[head]++;
            events.add(tt, RESUME << 24 | head);
            dequeueHead(l);
        } else {
            int kept = 0;
            for (int k = 0; k < queued[l]; k++) {
                int y = queue[l][k];
                boolean yExcl = segments[seg[y]].exclusive[pc[y]];
                if (core[y] == c && (excl || !yExcl)) {
                    tt += segments[seg[y]].cycles[pc[y]] * nsPerCycle[y];
                    if (excl) holdEnd[l] = tt;
                    pc[y]++;
                    events.add(tt, RESUME << 24 | y);
                    if (--queuedOnCore[l][c] == 0) coresQueuedOnSocket[l][socket[y]]--;
                    queuedOnSocket[l][socket[y]]--;
                } else {
                    queue[l][kept++] = y;
                }
            }
            queued[l] = kept;
        }
        // loads queued behind it now find the line shared: all served at once
        while (queued[l] > 0 && owner[l] < 0 && !segments[seg[queue[l][0]]].exclusive[pc[queue[l][0]]]) {
            int y = queue[l][0];
            dequeueHead(l);
            readFrom(y, l, t);
        }
        if (queued[l] > 0) transfer(l, t);
    }

    /**
     * Who gets an exclusively held line next: the caching agent rejects a request for a line already in flight
     * and the requester retries (Skylake-SP uncore event UNC_H_INGRESS_RETRY_IRQ1_REJECT.PA_MATCH), so the next
     * owner is whichever retry lands first once the line is free, not the oldest request. A core retries once per
     * round trip to the holder, so it wins with a weight of 1 / its hand-off cost from the holder: a core on the
     * holder's socket {@code RETRY_RACE_LOCAL_ADVANTAGE} times as often as one across UPI. Hyper-thread twins
     * share one request. Moves the winner's oldest waiting thread to the head of the queue.
     */
    private void raceForLine(int l) {
        int n = queued[l];
        if (n < 2) return;
        int from = owner[l];
        int home = placement.socketOfCore(from);
        double total = 0;
        for (int s = 0; s < coresQueuedOnSocket[l].length; s++) total += coresQueuedOnSocket[l][s] * (s == home ? LOCAL_WEIGHT : REMOTE_WEIGHT);
        if (queuedOnCore[l][from] > 0) total += OWN_CORE_WEIGHT - LOCAL_WEIGHT;    // the holder's twin
        double r = random.nextDouble() * total;
        race++;
        int pick = 0;
        for (int k = 0; k < n; k++) {
            int y = queue[l][k];
            if (coreSeen[core[y]] == race) continue;
            coreSeen[core[y]] = race;
            pick = k;
            r -= core[y] == from ? OWN_CORE_WEIGHT : socket[y] == home ? LOCAL_WEIGHT : REMOTE_WEIGHT;
            if (r < 0) break;
        }
        if (pick == 0) return;
        int y = queue[l][pick];
        System.arraycopy(queue[l], 0, queue[l], 1, pick);
        queue[l][0] = y;
    }

    /** Queued requests from {@code socket} beyond the head. */
    private int waitersNear(int l, int s) {
        return queuedOnSocket[l][s] - (socket[queue[l][0]] == s ? 1 : 0);
    }

    private void dequeueHead(int l) {
        int y = queue[l][0];
        if (--queuedOnCore[l][core[y]] == 0) coresQueuedOnSocket[l][socket[y]]--;
        queuedOnSocket[l][socket[y]]--;
        System.arraycopy(queue[l], 1, queue[l], 0, --queued[l]);
    }

    private void count(int l, double t, boolean cross) {
        if (t < start || t >= end) return;
        transfers[l]++;
        if (cross) crossSocket++;
    }

    private double nearest(int l, int x) {
        if (shares(l, core[x])) return 0;
        double best = Double.POSITIVE_INFINITY;
        for (int y = 0; y < threads; y++) if (shares(l, core[y])) best = Math.min(best, socket[y] == socket[x] ? LLC_HIT : HANDOFF_CROSS_SOCKET);
        return best == Double.POSITIVE_INFINITY ? LLC_HIT : best;
    }

    /** An exclusive request for a shared line must invalidate every copy: as slow as the farthest sharer. */
    private double farthest(int l, int x) {
        double worst = LLC_HIT;
        for (int y = 0; y < threads; y++) {
            if (core[y] != core[x] && shares(l, core[y])) worst = Math.max(worst, socket[y] == socket[x] ? HANDOFF_SAME_SOCKET : HANDOFF_CROSS_SOCKET);
        }
        return worst;
    }

    private boolean shares(int l, int c) { return (sharers[l][c >>> 6] & (1L << (c & 63))) != 0; }

    private boolean anySharer(int l) {
        for (long w : sharers[l]) if (w != 0) return true;
        return false;
    }

    private void share(int l, int c) { sharers[l][c >>> 6] |= 1L << (c & 63); }
}
