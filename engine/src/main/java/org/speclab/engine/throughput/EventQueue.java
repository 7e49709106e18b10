package org.speclab.engine.throughput;

import java.util.Arrays;

/** A binary min-heap of (time, payload) events; ties go in insertion order, so a run is deterministic. */
final class EventQueue {
    private double[] time = new double[64];
    private long[] order = new long[64];
    private int[] payload = new int[64];
    private int size;
    private long next;

    boolean isEmpty() { return size == 0; }

    double peekTime() { return time[0]; }

    void add(double t, int p) {
        if (size == time.length) {
            time = Arrays.copyOf(time, size * 2);
            order = Arrays.copyOf(order, size * 2);
            payload = Arrays.copyOf(payload, size * 2);
        }
        int i = size++;
        long o = next++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(t, o, time[parent], order[parent])) break;
            set(i, time[parent], order[parent], payload[parent]);
            i = parent;
        }
        set(i, t, o, p);
    }

    /** Removes the earliest event and returns its payload (its time was {@link #peekTime()}). */
    int poll() {
        int top = payload[0];
        size--;
        if (size > 0) {
            double t = time[size];
            long o = order[size];
            int p = payload[size];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && before(time[c + 1], order[c + 1], time[c], order[c])) c++;
                if (!before(time[c], order[c], t, o)) break;
                set(i, time[c], order[c], payload[c]);
                i = c;
            }
            set(i, t, o, p);
        }
        return top;
    }

    private static boolean before(double t1, long o1, double t2, long o2) { return t1 < t2 || (t1 == t2 && o1 < o2); }

    private void set(int i, double t, long o, int p) {
        time[i] = t;
        order[i] = o;
        payload[i] = p;
    }
}
