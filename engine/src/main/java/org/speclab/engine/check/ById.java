package org.speclab.engine.check;

/**
 * Objects by dense id, in pages that never move (so growing needs no copy and no lock on reads). Each id is
 * written once, by the thread that made it, before any other thread can learn it: the checker reads an id here
 * only when it came from a state key of an earlier batch, and a batch ends with every expanding thread's writes
 * visible to the next (the batch's latch). Reads are plain array loads, which is what the hot loop wants.
 */
final class ById<T> {
    private static final int PAGE_BITS = 13;
    private static final int PAGE = 1 << PAGE_BITS;
    /** 2^18 pages of 2^13: every non-negative int id. */
    private final Object[][] pages = new Object[1 << (31 - PAGE_BITS)][];

    @SuppressWarnings("unchecked")
    T get(int id) { return (T) pages[id >>> PAGE_BITS][id & (PAGE - 1)]; }

    void set(int id, T value) {
        Object[] page = pages[id >>> PAGE_BITS];
        if (page == null) page = page(id >>> PAGE_BITS);
        page[id & (PAGE - 1)] = value;
    }

    /** A page made once, under the lock, however many threads reach it at once. */
    private synchronized Object[] page(int index) {
        if (pages[index] == null) pages[index] = new Object[PAGE];
        return pages[index];
    }
}
