package org.speclab.engine.check;

import java.util.Arrays;

/**
 * The explored graph in flat int arrays: each state's BFS parent and the thread that led there (for shortest
 * schedules), and every edge (for the livelock search). States themselves are only keys in {@link VisitedStates}.
 */
final class StateGraph {
    private int[] parent = new int[1024];
    private byte[] via = new byte[1024];
    private int size;
    private int[] from = new int[4096];
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

    void edge(int a, int b, int thread) {
        if (edges == from.length) {
            from = Arrays.copyOf(from, edges * 2);
            to = Arrays.copyOf(to, edges * 2);
            by = Arrays.copyOf(by, edges * 2);
        }
        from[edges] = a;
        to[edges] = b;
        by[edges] = (byte) thread;
        edges++;
    }

    int size() { return size; }

    int edges() { return edges; }

    int edgeFrom(int e) { return from[e]; }

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
