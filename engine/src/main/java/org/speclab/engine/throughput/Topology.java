package org.speclab.engine.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A machine: which socket and core each CPU number is, and the all-core turbo frequency by how many cores of a
 * socket are busy. {@code turboUpTo[i]} active cores run at {@code turboGhz[i]} (the first entry that fits).
 */
public record Topology(String name, String description, List<Place> cpus, int[] turboUpTo, double[] turboGhz) {
    /** CPU {@code n} sits on {@code socket}, in physical core {@code core} (numbered across sockets), as hyper-thread {@code thread}. */
    public record Place(int socket, int core, int thread) {}

    // Gold 6138 turbo by active cores per socket: values as BENCHMARK.md lists them; the edges (1 | 2-3 | 4-7 | 8-11
    // | 12-15 | 16-20) are where AFTER's per-CPU rate steps down in rows 1-16 (3.2 GHz fills the 8-11 step).
    private static final int[] GOLD_6138_UP_TO = {1, 3, 7, 11, 15, 20};
    private static final double[] GOLD_6138_GHZ = {3.7, 3.5, 3.4, 3.2, 2.9, 2.7};

    public Topology {
        cpus = List.copyOf(cpus);
    }

    public int size() { return cpus.size(); }

    public Place place(int cpu) { return cpus.get(cpu); }

    /** The frequency of a socket's cores when {@code activeCores} of them are busy. */
    public double ghz(int activeCores) {
        for (int i = 0; i < turboUpTo.length; i++) if (activeCores <= turboUpTo[i]) return turboGhz[i];
        return turboGhz[turboGhz.length - 1];
    }

    /** Linux's usual numbering: all first threads socket by socket, then all second threads in the same order. */
    static List<Place> linuxOrder(int sockets, int coresPerSocket, int threadsPerCore) {
        List<Place> out = new ArrayList<>();
        for (int t = 0; t < threadsPerCore; t++)
            for (int s = 0; s < sockets; s++)
                for (int c = 0; c < coresPerSocket; c++) out.add(new Place(s, s * coresPerSocket + c, t));
        return out;
    }

    /** The patch author's machine: 2 sockets × 20 cores × 2 hyper-threads; CPUs 40-79 are the siblings of 0-39. */
    public static Topology xeonGold6138() {
        return new Topology(ThroughputModel.DEFAULT_TOPOLOGY, "2 sockets x 20 cores x 2 HT, Xeon Gold 6138 (CPUs 0-19 socket 0, 20-39 socket 1, 40-79 their siblings)",
                linuxOrder(2, 20, 2), GOLD_6138_UP_TO, GOLD_6138_GHZ);
    }

    /** One socket of 8 cores without SMT, with the 6138's per-core figures: what the curve looks like without UPI. */
    public static Topology oneSocket8() {
        return new Topology("1s-8c", "1 socket x 8 cores, no SMT, Skylake-SP figures", linuxOrder(1, 8, 1), GOLD_6138_UP_TO, GOLD_6138_GHZ);
    }

    /**
     * This machine, from {@code Runtime} and {@code /sys/devices/system/cpu/cpuN/topology}; where /sys says
     * nothing, every CPU is its own core on one socket. Frequency: cpuinfo_max_freq, flat, else 3.0 GHz.
     */
    public static Topology thisMachine() {
        int n = Runtime.getRuntime().availableProcessors();
        Path sys = Path.of("/sys/devices/system/cpu");
        List<Place> cpus = new ArrayList<>();
        Map<String, Integer> coreIds = new HashMap<>();
        Map<Integer, Integer> socketIds = new HashMap<>();
        Map<Integer, Integer> threadsSeen = new HashMap<>();
        for (int cpu = 0; cpu < n; cpu++) {
            int pkg = readInt(sys.resolve("cpu" + cpu + "/topology/physical_package_id"), 0);
            int socket = socketIds.computeIfAbsent(pkg, k -> socketIds.size());    // package ids need not be dense
            int coreId = readInt(sys.resolve("cpu" + cpu + "/topology/core_id"), cpu);
            int core = coreIds.computeIfAbsent(socket + ":" + coreId, k -> coreIds.size());
            int thread = threadsSeen.merge(core, 1, Integer::sum) - 1;
            cpus.add(new Place(socket, core, thread));
        }
        double ghz = readInt(sys.resolve("cpu0/cpufreq/cpuinfo_max_freq"), 3_000_000) / 1e6;
        return new Topology("this-machine", n + " CPUs of this machine (Runtime and /sys), flat " + ghz + " GHz, Skylake-SP hand-off figures",
                cpus, new int[] {Integer.MAX_VALUE}, new double[] {ghz});
    }

    private static int readInt(Path p, int fallback) {
        try {
            return Integer.parseInt(Files.readString(p).trim());
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    public static Topology named(String name) {
        return switch (name) {
            case ThroughputModel.DEFAULT_TOPOLOGY -> xeonGold6138();
            case "1s-8c" -> oneSocket8();
            case "this-machine" -> thisMachine();
            default -> throw new IllegalArgumentException("unknown topology '" + name + "'");
        };
    }
}
