package org.speclab.engine.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.speclab.engine.program.Machine;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.Violation;

/**
 * L1 (MODEL.md §8.5): a reachable cycle in which a reader takes a step never ends, because a finished reader
 * stays finished. Finds the strongly connected components of the explored graph (iterative Tarjan), picks the
 * first reader edge inside one, and closes the shortest cycle through it.
 */
final class Livelocks {
    private final Machine machine;
    private final StateGraph g;

    Livelocks(Machine machine, StateGraph g) {
        this.machine = machine;
        this.g = g;
    }

    CheckResult.Counterexample find() {
        int[] comp = components();
        for (int a = 0; a < g.size(); a++) {
            for (int e = g.outStart(a); e < g.outEnd(a); e++) {
                int b = g.edgeTo(e);
                if (comp[a] != comp[b] || !machine.isReader(g.edgeThread(e))) continue;
                if (a == b || cycleBack(b, a, comp) != null) return counterexample(a, e, comp);
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
