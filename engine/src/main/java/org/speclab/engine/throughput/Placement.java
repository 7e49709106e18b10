package org.speclab.engine.throughput;

import static org.speclab.engine.throughput.Parameters.*;

/**
 * Where the simulated threads run: readers on CPUs 0..N-1 (the bench pins them in CPU order), the writer on the
 * next CPU (counted as mostly asleep); each thread's core, socket, and nanoseconds per cycle at its socket's
 * turbo bin, stretched by 2/yield when its hyper-thread sibling also runs a reader.
 */
final class Placement {
    final int[] core;
    final int[] socket;
    final double[] nsPerCycle;
    private final int[] socketOfCore;

    Placement(Topology topo, int readers, int threads) {
        core = new int[threads];
        socket = new int[threads];
        nsPerCycle = new double[threads];
        socketOfCore = new int[topo.size()];
        int[] activeCores = new int[topo.size()];
        boolean[] coreBusy = new boolean[topo.size()];
        int[] threadsOnCore = new int[topo.size()];
        for (int x = 0; x < readers; x++) {
            Topology.Place p = topo.place(x);
            if (!coreBusy[p.core()]) {
                coreBusy[p.core()] = true;
                activeCores[p.socket()]++;
            }
            threadsOnCore[p.core()]++;
        }
        for (int cpu = 0; cpu < topo.size(); cpu++) socketOfCore[topo.place(cpu).core()] = topo.place(cpu).socket();
        for (int x = 0; x < threads; x++) {
            Topology.Place p = topo.place(Math.min(x, topo.size() - 1));
            core[x] = p.core();
            socket[x] = p.socket();
            double ns = 1 / topo.ghz(Math.max(1, activeCores[p.socket()]));
            nsPerCycle[x] = x < readers && threadsOnCore[p.core()] > 1 ? ns * 2 / HT_YIELD : ns;
        }
    }

    int cores() { return socketOfCore.length; }

    int socketOfCore(int c) { return socketOfCore[c]; }

    /** Moving a line from {@code fromCore} to thread x's core. Hyper-thread siblings share L1 and L2: never a hand-off between them. */
    double handoff(int fromCore, int x) {
        if (fromCore == core[x]) return LLC_HIT;
        return socketOfCore[fromCore] != socket[x] ? HANDOFF_CROSS_SOCKET : HANDOFF_SAME_SOCKET;
    }
}
