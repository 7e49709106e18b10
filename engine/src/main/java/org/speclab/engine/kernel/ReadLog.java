package org.speclab.engine.kernel;

/**
 * Which {@link World#part parts} of a world one step read and which it wrote, recorded by a {@link World#watched
 * watched} world (ADR 0017). A read is logged once, the first time, and only while the step has not written that
 * part: what it reads after its own write is its own doing, not the world it started from. The checker keys a
 * step's result by the parts it read, in order ({@code ReadMemo}). One log per step, on one thread.
 */
public final class ReadLog {
    private final int[] order = new int[World.PARTS];
    private int count;
    private int read;
    private int written;

    void read(int part) {
        int bit = 1 << part;
        if (((read | written) & bit) != 0) return;
        read |= bit;
        order[count++] = part;
    }

    void readAll() { for (int i = 0; i < World.PARTS; i++) read(i); }

    void wrote(int part) { written |= 1 << part; }

    /** How many parts of the starting world the step read. */
    public int count() { return count; }

    /** The k-th part the step read from the world it started from, in the order it read them. */
    public int part(int k) { return order[k]; }

    /** The parts the step wrote (set or replaced, even by an equal value), one bit per {@link World#part} index. */
    public int written() { return written; }

    /** The parts the step read from the world it started from, one bit per {@link World#part} index. */
    public int readMask() { return read; }
}
