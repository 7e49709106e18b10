package org.speclab.engine.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.speclab.engine.program.Machine;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.Violation;

/**
 * L1 (docs/model.md §8): a reachable cycle in which a reader takes a step never ends, because a finished reader
 * stays finished. Finds the strongly connected components of the explored graph (iterative Tarjan), picks the
 * first reader edge inside one, and closes the shortest cycle through it.
 *
 * <p>Under weak fairness a cycle counts only if every thread that is enabled in all of its states also takes a
 * step in it (a spinning reader cannot starve a writer that could always move). A component holds such a cycle
 * iff every thread either steps inside it or is disabled in one of its states: the cycle through all of its
 * states and edges is then fair. With local-step reduction a state may record only its local step, so other
 * threads look disabled there; that can only make more cycles look fair, never hide a fair one.
 */
final class Livelocks {
    private final Machine machine;
    private final StateGraph g;

    Livelocks(Machine machine, StateGraph g) {
        this.machine = machine;
        this.g = g;
    }

    /** A livelock, or null; with {@code weakFair}, only a cycle that starves no continuously enabled thread. */
    CheckResult.Counterexample find(boolean weakFair) {
        int[] comp = components();
        boolean[] fair = weakFair ? fairComponents(comp) : null;
        for (int a = 0; a < g.size(); a++) {
            for (int e = g.outStart(a); e < g.outEnd(a); e++) {
                int b = g.edgeTo(e);
                if (comp[a] != comp[b] || !machine.isReader(g.edgeThread(e))) continue;
                if (weakFair && !fair[comp[a]]) continue;
                if (a == b || cycleBack(b, a, comp) != null) return weakFair ? fairCounterexample(a, e, comp) : counterexample(a, e, comp);
            }
        }
        return null;
    }

    /** Threads with an out-edge at s: the threads enabled there. */
    private int enabled(int s) {
        int mask = 0;
        for (int e = g.outStart(s); e < g.outEnd(s); e++) mask |= 1 << g.edgeThread(e);
        return mask;
    }

    /** Per component: does every thread either step inside it or get disabled in one of its states? */
    private boolean[] fairComponents(int[] comp) {
        int n = 0;
        for (int c : comp) n = Math.max(n, c + 1);
        int[] always = new int[n];
        int[] steps = new int[n];
        Arrays.fill(always, -1);
        for (int s = 0; s < g.size(); s++) {
            always[comp[s]] &= enabled(s);
            for (int e = g.outStart(s); e < g.outEnd(s); e++) if (comp[g.edgeTo(e)] == comp[s]) steps[comp[s]] |= 1 << g.edgeThread(e);
        }
        boolean[] fair = new boolean[n];
        for (int c = 0; c < n; c++) fair[c] = (always[c] & ~steps[c]) == 0;
        return fair;
    }

    /**
     * A fair cycle through reader edge e (from a): it also takes one inside edge of every thread that has one, and
     * visits a state where each other thread is disabled, so no thread is enabled throughout without moving.
     */
    private CheckResult.Counterexample fairCounterexample(int a, int e, int[] comp) {
        List<String> schedule = new ArrayList<>();
        for (int t : g.path(a)) schedule.add(machine.threadName(t));
        int cycleStart = schedule.size();
        schedule.add(machine.threadName(g.edgeThread(e)));
        int at = g.edgeTo(e);
        int stepped = 1 << g.edgeThread(e);
        int disabledSeen = ~enabled(a) | ~enabled(at);
        for (int t = 0; t < machine.threadCount(); t++) {
            if ((stepped & (1 << t)) != 0 || (disabledSeen & (1 << t)) != 0) continue;
            int[] hop = waypoint(at, t, comp);
            if (hop == null) continue;
            for (int i = 0; i < hop.length - 1; i++) schedule.add(machine.threadName(hop[i]));
            at = hop[hop.length - 1];
            for (int i = 0; i < hop.length - 1; i++) stepped |= 1 << hop[i];
            disabledSeen |= ~enabled(at);
        }
        if (at != a) {
            int[] back = cycleBack(at, a, comp);
            for (int t : back) schedule.add(machine.threadName(t));
        }
        int reader = g.edgeThread(e);
        Violation v = new Violation(Property.L1, reader, "steps " + (cycleStart + 1) + ".." + schedule.size(),
                machine.threadName(reader) + " repeats steps " + (cycleStart + 1) + ".." + schedule.size()
                        + " forever without finishing handle_swbp(), and every thread enabled throughout the cycle takes a step in it");
        return new CheckResult.Counterexample(v, schedule, cycleStart);
    }

    /**
     * From s inside its component, the threads of a shortest path to a step of thread t (taken) or to a state where
     * t is disabled, followed by the state reached; null if neither is reachable.
     */
    private int[] waypoint(int s0, int t, int[] comp) {
        int[] prev = new int[g.size()];
        int[] prevEdge = new int[g.size()];
        Arrays.fill(prev, -2);
        ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(s0);
        prev[s0] = -1;
        while (!q.isEmpty()) {
            int s = q.poll();
            int target = -1;
            int via = -1;
            if ((enabled(s) & (1 << t)) == 0) target = s;
            for (int e = g.outStart(s); target < 0 && e < g.outEnd(s); e++) {
                if (g.edgeThread(e) == t && comp[g.edgeTo(e)] == comp[s0]) { target = g.edgeTo(e); via = e; }
            }
            if (target >= 0) {
                List<Integer> threads = new ArrayList<>();
                for (int x = s; x != s0; x = prev[x]) threads.add(0, g.edgeThread(prevEdge[x]));
                if (via >= 0) threads.add(t);
                threads.add(target);
                return threads.stream().mapToInt(Integer::intValue).toArray();
            }
            for (int e = g.outStart(s); e < g.outEnd(s); e++) {
                int u = g.edgeTo(e);
                if (comp[u] != comp[s0] || prev[u] != -2) continue;
                prev[u] = s;
                prevEdge[u] = e;
                q.add(u);
            }
        }
        return null;
    }

    private CheckResult.Counterexample counterexample(int a, int e, int[] comp) {
        int b = g.edgeTo(e);
        List<String> schedule = new ArrayList<>();
        for (int t : g.path(a)) schedule.add(machine.threadName(t));
        int cycleStart = schedule.size();
        schedule.add(machine.threadName(g.edgeThread(e)));
        if (a != b) for (int t : cycleBack(b, a, comp)) schedule.add(machine.threadName(t));
        int reader = g.edgeThread(e);
        Violation v = new Violation(Property.L1, reader, "steps " + (cycleStart + 1) + ".." + schedule.size(),
                machine.threadName(reader) + " repeats steps " + (cycleStart + 1) + ".." + schedule.size()
                        + " forever without finishing handle_swbp()");
        return new CheckResult.Counterexample(v, schedule, cycleStart);
    }

    /** Threads on a shortest path from b to a that stays inside their component, or null. */
    private int[] cycleBack(int b, int a, int[] comp) {
        int[] prev = new int[g.size()];
        int[] prevEdge = new int[g.size()];
        Arrays.fill(prev, -2);
        ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(b);
        prev[b] = -1;
        while (!q.isEmpty()) {
            int s = q.poll();
            if (s == a) break;
            for (int e = g.outStart(s); e < g.outEnd(s); e++) {
                int t = g.edgeTo(e);
                if (comp[t] != comp[b] || prev[t] != -2) continue;
                prev[t] = s;
                prevEdge[t] = e;
                q.add(t);
            }
        }
        if (prev[a] == -2) return null;
        List<Integer> threads = new ArrayList<>();
        for (int s = a; s != b; s = prev[s]) threads.add(0, g.edgeThread(prevEdge[s]));
        return threads.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Iterative Tarjan: component number of every state. */
    private int[] components() {
        int n = g.size();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        int comps = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) continue;
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = g.outStart(root);
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                int e = callEdge[depth];
                if (e < g.outEnd(v)) {
                    callEdge[depth] = e + 1;
                    int w = g.edgeTo(e);
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = g.outStart(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        comp[w] = comps;
                    } while (w != v);
                    comps++;
                }
                depth--;
                if (depth >= 0) low[callNode[depth]] = Math.min(low[callNode[depth]], low[v]);
            }
        }
        return comp;
    }
}
