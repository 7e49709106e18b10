package org.speclab.engine.throughput;

import java.util.List;

/**
 * The model's parameter table (ADR 0009). Costs of instructions are in core cycles, so they scale with the
 * turbo frequency; cache-line hand-offs are in nanoseconds, because they are paid mostly in the mesh and the
 * UPI link, whose clocks do not follow the core's.
 */
public final class Parameters {
    // --- local work of one hit, in core cycles
    /** int3 exception entry, uprobe_pre_sstep_notifier, uprobe_notify_resume, handle_swbp's frame, and the iret. */
    public static final double TRAP_ROUND_TRIP = 788;
    /** handler_chain(): the consumer list walk and uprobe_perf_func()'s system-wide filter. */
    public static final double HANDLER_CHAIN = 60;
    /** The BPF program: bpf_get_smp_processor_id() and a locked add on its own CPU's 128-byte counter. */
    public static final double BPF_PROGRAM = 50;
    /** arch_uprobe_skip_sstep(): the emulated nop. */
    public static final double EMULATED_NOP = 20;
    /** mas_walk() of vma_lookup(): the maple node loads of a two-level tree, beyond the mm_mt root. */
    public static final double MAPLE_WALK = 40;
    /** rb_find_rcu() over uprobes_tree, beyond the root load. */
    public static final double RB_WALK = 20;

    // --- accesses to a line this core already holds, in core cycles
    public static final double L1_LOAD = 5;
    public static final double STORE = 1;
    public static final double LOCKED_RMW = 20;
    public static final double FENCE = 33;

    // --- moving a line between cores, in ns
    public static final double HANDOFF_SAME_SOCKET = 42;
    public static final double HANDOFF_CROSS_SOCKET = 130;
    /** A load of a line that another core on this socket shares (served by the L3 slice). */
    public static final double LLC_HIT = 21;
    /** Each further core queued on the same line slows every hand-off by this much (home-agent retries). */
    public static final double CONTENTION_PER_WAITER = 1.3;
    /**
     * Which waiting core gets a contended line next is a race of retries, and a core retries once per round trip
     * to the holder: one on the holder's socket wins this many times as often as one across UPI. Derived from the
     * two hand-off costs, not fitted.
     */
    public static final double RETRY_RACE_LOCAL_ADVANTAGE = HANDOFF_CROSS_SOCKET / HANDOFF_SAME_SOCKET;

    // --- the core
    /** Two hyper-threads of one core together do this many times the work of one alone. */
    public static final double HT_YIELD = 1.39;

    // --- writers and sleeping
    /** One mmap/munmap write section between down_write and up_write. */
    public static final double WRITE_SECTION_NS = 2000;
    /** A reader that slept in down_read() runs again this long after up_write() wakes it. */
    public static final double WAKEUP_NS = 3000;

    // --- the simulation itself
    /** Each stretch of local work is stretched by a uniform factor in [1 - j, 1 + j], so CPUs do not run in lock-step. */
    public static final double JITTER = 0.05;
    public static final double WARMUP_NS = 20_000;
    /** Measured time is cut into this many samples, like bench's one-second samples; their spread is the ±. */
    public static final int SAMPLES = 5;
    public static final double SAMPLE_NS = 40_000;

    private Parameters() {}

    /** The whole table, in the order the ADR and {@code bench throughput --explain} print it. */
    public static List<Parameter> table() {
        return List.of(
                new Parameter("trap-round-trip", TRAP_ROUND_TRIP, "cycles", "fitted to AFTER row 1 (the rest of one hit is costed from the steps)"),
                new Parameter("handler-chain", HANDLER_CHAIN, "cycles", "estimate: ~60 instructions; only its sum with trap-round-trip is constrained"),
                new Parameter("bpf-program", BPF_PROGRAM, "cycles", "estimate: prog entry + one locked add on a private line (~20)"),
                new Parameter("emulated-nop", EMULATED_NOP, "cycles", "estimate: arch_uprobe_skip_sstep() bumps ip"),
                new Parameter("maple-walk", MAPLE_WALK, "cycles", "estimate: two dependent maple-node loads + pivots"),
                new Parameter("rb-walk", RB_WALK, "cycles", "estimate: one-node rb_find_rcu()"),
                new Parameter("l1-load", L1_LOAD, "cycles", "literature: Skylake L1 load-to-use 4-5 cycles (Intel optimization manual)"),
                new Parameter("store", STORE, "cycles", "literature: a store retires into the store buffer"),
                new Parameter("locked-rmw", LOCKED_RMW, "cycles", "literature: locked xadd on an M line 20.5 cycles (BENCHMARK.md)"),
                new Parameter("fence", FENCE, "cycles", "literature: mfence ~33 cycles on Skylake (Agner Fog tables)"),
                new Parameter("handoff-same-socket", HANDOFF_SAME_SOCKET, "ns", "literature: Xeon Gold 6242 core-to-core median 48.0 ns, less the first RMW (20 cycles) the model adds itself"),
                new Parameter("handoff-cross-socket", HANDOFF_CROSS_SOCKET, "ns", "literature: same matrix, other socket 136 ns, less the first RMW"),
                new Parameter("llc-hit", LLC_HIT, "ns", "literature: Skylake-SP L3 hit ~70 uncore cycles at 2.4 GHz"),
                new Parameter("contention-per-waiter", CONTENTION_PER_WAITER, "ns/waiter", "fitted to BEFORE rows 8-16 (home agent rejects a request to an address in flight)"),
                new Parameter("retry-race-local", RETRY_RACE_LOCAL_ADVANTAGE, "x remote core", "derived: handoff-cross-socket / handoff-same-socket, not fitted. A request for a line in flight is "
                        + "rejected and retried (skylakex uncore event UNC_H_INGRESS_RETRY_IRQ1_REJECT.PA_MATCH), so the next owner is the first retry to land, "
                        + "and a core retries once per round trip: one on the holder's socket wins 130/42 times as often (a NUMA FAQ: a request from the "
                        + "holder's node tends to win over a remote CPU's, hence lock starvation; SUSECON 2014 cache-line contention study: keep contention on one socket)"),
                new Parameter("ht-yield", HT_YIELD, "x one thread", "fitted to AFTER rows 48-80"),
                new Parameter("turbo 1 core", 3.7, "GHz", "literature: Gold 6138 max turbo (product page)"),
                new Parameter("turbo 2-3 cores", 3.5, "GHz", "BENCHMARK.md bin value; edge fitted to AFTER rows 2-3"),
                new Parameter("turbo 4-7 cores", 3.4, "GHz", "BENCHMARK.md bin value; edge fitted to AFTER rows 4-7"),
                new Parameter("turbo 8-11 cores", 3.2, "GHz", "fitted to AFTER rows 8-10 (BENCHMARK.md lists 3.1 for <=12)"),
                new Parameter("turbo 12-15 cores", 2.9, "GHz", "BENCHMARK.md bin value; edge fitted to AFTER rows 12-14"),
                new Parameter("turbo 16-20 cores", 2.7, "GHz", "BENCHMARK.md all-core value; AFTER rows 16-80"),
                new Parameter("write-section", WRITE_SECTION_NS, "ns", "estimate: one mmap/munmap of a page under mmap_write_lock"),
                new Parameter("wakeup", WAKEUP_NS, "ns", "literature: a sleeping task's wake-up and context switch, 2-5 us"),
                new Parameter("jitter", JITTER, "fraction", "model: breaks lock-step between identical CPUs"),
                new Parameter("warm-up", WARMUP_NS, "ns simulated", "model"),
                new Parameter("samples", SAMPLES * SAMPLE_NS, "ns simulated", "model: " + SAMPLES + " samples of " + (long) SAMPLE_NS + " ns"));
    }
}
