package org.speclab.app.cli;

import org.speclab.lessons.Echo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.speclab.engine.throughput.Parameter;
import org.speclab.engine.throughput.ThroughputExplanation;
import org.speclab.engine.throughput.ThroughputModel;
import org.speclab.engine.throughput.ThroughputQuery;
import org.speclab.engine.throughput.ThroughputRow;

/** {@code bench throughput}: checked arguments, then the model's rows as the published table, CSV, or with reasons. */
public record ThroughputReport(List<Integer> cpus, List<String> variants, double writers, String topology, long seed) {
    private static final List<String> DEFAULT_VARIANTS = List.of("v6.13", "v6.14");

    public ThroughputReport {
        cpus = List.copyOf(cpus);
        variants = List.copyOf(variants);
    }

    /** The arguments as typed; every problem is one line for the user. */
    public static ThroughputReport parse(String cpuList, String variantList, double writers, String topology, long seed) {
        if (!ThroughputModel.topologies().contains(topology)) {
            throw new InputProblem("--topology " + Echo.value(topology) + ": unknown — use one of " + String.join(", ", ThroughputModel.topologies()));
        }
        Flags.rate("--writers", writers);
        List<String> variants = variantList == null ? DEFAULT_VARIANTS : List.of(variantList.split(",", -1));
        for (String v : variants) {
            if (!ThroughputModel.knownVariant(v)) {
                throw new InputProblem("--variant " + Echo.value(v) + ": the model costs v6.13, v6.14, retry-N and per-vma-lock — pick one of those");
            }
        }
        int max = ThroughputModel.maxCpus(topology);
        return new ThroughputReport(cpuList == null ? defaultCpus(max) : Flags.counts("--cpus", cpuList, max, "CPU count"), variants, writers, topology, seed);
    }

    private static List<Integer> defaultCpus(int max) {
        List<Integer> out = new ArrayList<>(ThroughputModel.DEFAULT_CPUS.stream().filter(n -> n <= max).toList());
        if (!out.contains(max)) out.add(max);
        return out;
    }

    public void print(PrintWriter out, boolean csv, boolean explain) {
        ThroughputModel model = new ThroughputModel();
        if (csv) {
            out.println("cpus,variant,total_mps,stddev_mps,per_cpu_mps");
            for (String v : variants) {
                for (ThroughputRow r : model.sweep(v, cpus, writers, topology, seed)) {
                    out.println(String.format(Locale.ROOT, "%d,%s,%.3f,%.3f,%.3f", r.cpus(), r.variant(), r.totalMps(), r.stddevMps(), r.perCpuMps()));
                }
            }
            out.flush();
            return;
        }
        if (explain) printParameters(out);
        for (String v : variants) {
            String title = v + " — " + describe(v) + (writers > 0 ? ", " + fmt(writers) + " write sections/s" : "");
            out.println(title);
            out.println("=".repeat(title.length()));
            for (int n : cpus) {
                ThroughputExplanation e = model.explain(new ThroughputQuery(v, n, writers, topology, seed));
                ThroughputRow r = e.row();
                String line = String.format(Locale.ROOT, "uprobe-nop (%2d cpus): %8.3f ± %5.3fM/s (%7.3fM/s/cpu)", n, r.totalMps(), r.stddevMps(), r.perCpuMps());
                if (writers > 0) line += String.format(Locale.ROOT, "  [speculative %.3f, fallback %.3f M/s]", r.speculativeMps(), r.fallbackMps());
                out.println(line);
                if (explain) printWhy(out, e);
            }
            out.println();
        }
        out.println("Model of " + topology + ": " + ThroughputModel.topology(topology).description() + ". Why: docs/decisions/0009-throughput-model.md");
        out.flush();
    }

    private static String describe(String v) {
        return switch (v) {
            case "v6.13" -> "BEFORE: every hit takes mmap_read_lock";
            case "v6.14" -> "AFTER: speculative lookup, mmap_read_lock only on fallback";
            case "per-vma-lock" -> "the rejected alternative: every hit takes the VMA's own lock";
            default -> "up to " + v.substring("retry-".length()) + " speculation attempts, then mmap_read_lock";
        };
    }

    private static void printParameters(PrintWriter out) {
        out.println("Parameters");
        out.println("==========");
        for (Parameter p : ThroughputModel.parameters()) {
            out.println(String.format(Locale.ROOT, "%-22s %10s %-13s %s", p.name(), fmt(p.value()), p.unit(), p.source()));
        }
        out.println();
    }

    private static void printWhy(PrintWriter out, ThroughputExplanation e) {
        ThroughputRow r = e.row();
        out.println("    " + e.summary());
        if (e.transfersPerHitByLine().isEmpty()) return;
        out.println(String.format(Locale.ROOT, "    %.2f line transfers per hit in all; most moved: %s", r.transfersPerHit(), r.hottestLine()));
        for (Map.Entry<String, Double> l : e.transfersPerHitByLine().entrySet()) {
            out.println(String.format(Locale.ROOT, "      %6.3f  %s", l.getValue(), l.getKey()));
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%.3g", d);
    }
}
