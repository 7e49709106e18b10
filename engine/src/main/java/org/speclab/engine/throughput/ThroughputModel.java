package org.speclab.engine.throughput;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The uprobe-nop throughput model (issue #8, ADR 0009). Each variant's hit is the list of steps the engine runs
 * for one hit ({@link HitPaths}), every declared access mapped to a cache line by the kernel's layout
 * ({@link Layout}); {@link MachineSim} then runs N CPUs of a {@link Topology} through those steps over simulated
 * time, and counts hits and line transfers. BEFORE and AFTER differ only in which steps run.
 */
public final class ThroughputModel {
    /** The published CPU counts of the uprobe-nop table. */
    public static final List<Integer> DEFAULT_CPUS = List.of(1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 24, 32, 40, 48, 56, 64, 72, 80);

    /** The default machine: the patch author's 2 × 20 × 2 Xeon Gold 6138. */
    public static final String DEFAULT_TOPOLOGY = "xeon-gold-6138";

    private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();
    private static final Map<String, Topology> TOPOLOGIES = new ConcurrentHashMap<>();

    /** Variants the model can cost: BEFORE, AFTER, Peter's retry, the rejected per-VMA-lock alternative. */
    public static List<String> variants() { return List.of("v6.13", "v6.14", "retry-2", "per-vma-lock"); }

    /** Topology names accepted by {@link #maxCpus} and {@link ThroughputQuery#topology()}. */
    public static List<String> topologies() { return List.of(DEFAULT_TOPOLOGY, "1s-8c", "this-machine"); }

    /** How many CPUs the named topology has. */
    public static int maxCpus(String topology) { return topology(topology).size(); }

    /** The named machine (this-machine is read once). */
    public static Topology topology(String name) { return TOPOLOGIES.computeIfAbsent(name, Topology::named); }

    /** True for the names {@link #variants()} lists and any {@code retry-N}. */
    public static boolean knownVariant(String name) { return variants().contains(name) || name.matches("retry-[1-9][0-9]?"); }

    /** The parameter table, each with its unit and source. */
    public static List<Parameter> parameters() { return Parameters.table(); }

    /** The steps of one quiet hit (no writer about) under {@code variant}, as the model costs them. */
    public static List<StepCost> hitSteps(String variant) { return compiled(variant).path().quietHit(); }

    /** One hit on one CPU with every line at hand, at {@code ghz}: the sum of its costed steps. */
    public static double soloNsPerHit(String variant, double ghz) { return Code.soloCycles(hitSteps(variant)) / ghz; }

    /** One point. */
    public ThroughputRow measure(ThroughputQuery q) { return explain(q).row(); }

    /** One point with its reasons: transfers per hit of every line that moved. */
    public ThroughputExplanation explain(ThroughputQuery q) { return explain(q, false); }

    /** {@code stepByStep}: no quiet stretches taken whole (the test that they change nothing). */
    ThroughputExplanation explain(ThroughputQuery q, boolean stepByStep) {
        Topology topo = topology(q.topology());
        if (q.cpus() > topo.size()) {
            throw new IllegalArgumentException("topology " + q.topology() + " has " + topo.size() + " CPUs, not " + q.cpus());
        }
        Compiled c = compiled(q.variant());
        boolean[] writable = q.writersPerSecond() > 0 || !c.path().speculates() ? c.writtenEver() : c.writtenQuiet();
        MachineSim sim = new MachineSim(c.segments(), c.path().attempts(), c.lines().size(), writable, topo, q.cpus(), q.writersPerSecond(), q.seed());
        if (stepByStep) sim.stepByStep();
        sim.run();
        return explanation(q, c, sim, topo);
    }

    /** A sweep over {@code cpus}, in order. */
    public List<ThroughputRow> sweep(String variant, List<Integer> cpus, double writersPerSecond, String topology, long seed) {
        List<ThroughputRow> rows = new ArrayList<>();
        for (int n : cpus) rows.add(measure(new ThroughputQuery(variant, n, writersPerSecond, topology, seed)));
        return rows;
    }

    private static ThroughputExplanation explanation(ThroughputQuery q, Compiled c, MachineSim sim, Topology topo) {
        int samples = sim.speculative.length;
        double[] rate = new double[samples];
        long spec = 0;
        long fall = 0;
        for (int s = 0; s < samples; s++) {
            rate[s] = (sim.speculative[s] + sim.fallback[s]) / sim.sampleNs() * 1e3;
            spec += sim.speculative[s];
            fall += sim.fallback[s];
        }
        double mean = 0;
        for (double r : rate) mean += r / samples;
        double var = 0;
        for (double r : rate) var += (r - mean) * (r - mean) / (samples - 1);
        long hits = Math.max(1, spec + fall);
        Map<String, Double> perLine = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int l = 0; l < c.lines().size(); l++) if (sim.transfers[l] > 0) order.add(l);
        order.sort(Comparator.comparingLong((Integer l) -> -sim.transfers[l]).thenComparing(c.lines()::name));
        double total = 0;
        for (int l : order) {
            perLine.put(c.lines().name(l), (double) sim.transfers[l] / hits);
            total += (double) sim.transfers[l] / hits;
        }
        String hottest = order.isEmpty() ? "" : c.lines().name(order.get(0));
        ThroughputRow row = new ThroughputRow(q.cpus(), q.variant(), mean, Math.sqrt(var), mean / q.cpus(),
                mean * spec / hits, mean * fall / hits, total, hottest);
        long moves = java.util.Arrays.stream(sim.transfers).sum();
        return new ThroughputExplanation(row, perLine, moves == 0 ? 0 : (double) sim.crossSocket / moves, soloNsPerHit(q.variant(), topo.ghz(1)));
    }

    private static Compiled compiled(String variant) {
        if (!knownVariant(variant)) throw new IllegalArgumentException("unknown variant '" + variant + "'");
        return COMPILED.computeIfAbsent(variant, v -> Compiled.of(HitPaths.of(v)));
    }

    /** A variant's hit path compiled once: its segments, its lines, and which lines anything ever writes. */
    private record Compiled(HitPath path, Code[] segments, Lines lines, boolean[] writtenQuiet, boolean[] writtenEver) {
        static Compiled of(HitPath p) {
            Lines lines = new Lines();
            Code[] segs = {Code.compile(p.entry(), p.layout(), lines), Code.compile(p.attempt(), p.layout(), lines),
                    Code.compile(p.successTail(), p.layout(), lines), Code.compile(p.failTail(), p.layout(), lines),
                    Code.compile(p.writerLock(), p.layout(), lines), Code.compile(p.writerUnlock(), p.layout(), lines)};
            boolean[] quiet = new boolean[lines.size()];
            boolean[] ever = new boolean[lines.size()];
            for (int s = 0; s < segs.length; s++) {
                for (int i = 0; i < segs[s].size; i++) {
                    int l = segs[s].line[i];
                    if (l < 0 || !segs[s].exclusive[i]) continue;
                    ever[l] = true;
                    if (s <= 2) quiet[l] = true;
                }
            }
            return new Compiled(p, segs, lines, quiet, ever);
        }
    }
}
