package org.speclab.engine.check;

import java.util.Arrays;

/**
 * The explored graph in flat arrays: each state's BFS parent and the thread that led there (for shortest
 * schedules), and every edge (for the livelock search). The checker expands states in id order, so each state's
 * out-edges are one contiguous run (compressed sparse rows): an edge costs 5 bytes, a state 9. States
 * themselves are only keys in {@link VisitedStates}.
 */
final class StateGraph {
    private int[] parent = new int[1024];
    private byte[] via = new byte[1024];
    private int size;
    private int[] outStart = new int[1024];
    private int expanded;
    private int[] to = new int[4096];
    private byte[] by = new byte[4096];
    private int edges;

    int add(int parentId, int thread) {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, size * 2);
            via = Arrays.copyOf(via, size * 2);
        }
        parent[size] = parentId;
        via[size] = (byte) thread;
        return size++;
    }

    /** Starts the out-edges of state {@code id}: every state, edges or none, in id order. */
    void expand(int id) {
        if (id != expanded) throw new IllegalStateException("state " + id + " expanded out of order, expected " + expanded);
        if (expanded == outStart.length) outStart = Arrays.copyOf(outStart, expanded * 2);
        outStart[expanded++] = edges;
    }

    /** An edge from the state expanded last to {@code b}, taken by {@code thread}. */
    void edge(int b, int thread) {
        if (edges == to.length) {
            to = Arrays.copyOf(to, edges * 2);
            by = Arrays.copyOf(by, edges * 2);
        }
        to[edges] = b;
        by[edges] = (byte) thread;
        edges++;
    }

    int size() { return size; }

    /** The first out-edge of an expanded state. */
    int outStart(int id) { return outStart[id]; }

    /** One past the last out-edge of an expanded state. */
    int outEnd(int id) { return id + 1 < expanded ? outStart[id + 1] : edges; }

    int edgeTo(int e) { return to[e]; }

    int edgeThread(int e) { return by[e]; }

    /** The threads picked on the BFS path from the initial state to {@code id}. */
    int[] path(int id) {
        int n = 0;
        for (int s = id; parent[s] >= 0; s = parent[s]) n++;
        int[] out = new int[n];
        for (int s = id; parent[s] >= 0; s = parent[s]) out[--n] = via[s];
        return out;
    }
}
