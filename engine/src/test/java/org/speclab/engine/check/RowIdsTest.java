package org.speclab.engine.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The world table's dense ids for rows of ints (ADR 0015): one id per distinct row, in insertion order, for any number of threads. */
class RowIdsTest {
    /** The checker's protocol: find without a lock; on a miss, find again and add under the table's lock. */
    private static int idOf(RowIds ids, int[] row) {
        int hash = VisitedStates.hash(row);
        int id = ids.find(row, hash);
        if (id >= 0) return id;
        synchronized (ids) {
            id = ids.find(row, hash);
            return id >= 0 ? id : ids.add(row, hash);
        }
    }

    /** Rows that differ in one int; many share a hash's low bits, and zeros are values. */
    private static int[] row(int i) { return new int[] {i % 7, 0, i / 7, i % 3 == 0 ? 0 : i}; }

    @Test
    void equalRowsHaveOneIdAndIdsAreDenseInInsertionOrder() {
        RowIds ids = new RowIds(4);
        for (int i = 0; i < 5000; i++) assertThat(idOf(ids, row(i))).isEqualTo(i);
        for (int i = 0; i < 5000; i++) assertThat(ids.find(row(i), VisitedStates.hash(row(i)))).as("row %d", i).isEqualTo(i);
        assertThat(ids.find(new int[] {1, 1, 1, 1}, VisitedStates.hash(new int[] {1, 1, 1, 1}))).isEqualTo(-1);
        assertThat(ids.find(new int[] {0, 0, 0, 0}, VisitedStates.hash(new int[] {0, 0, 0, 0}))).isZero(); // row(0)
        assertThat(ids.size()).isEqualTo(5000);
    }

    @Test
    void aNegativeValueIsRefused() {
        assertThatThrownBy(() -> new RowIds(2).add(new int[] {0, -1}, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threadsAddingTheSameRowsAtOnceAgreeOnEveryId() throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            RowIds ids = new RowIds(4);
            Map<Integer, Integer> seen = new ConcurrentHashMap<>();
            List<AssertionError> failures = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 331;
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                        for (int k = 0; k < 3000; k++) {
                            int i = (k + offset) % 3000;
                            int id = idOf(ids, row(i));
                            Integer before = seen.putIfAbsent(i, id);
                            if (before != null && before != id) throw new AssertionError("row " + i + ": ids " + before + " and " + id);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (AssertionError e) {
                        synchronized (failures) { failures.add(e); }
                    }
                });
                threads.add(th);
                th.start();
            }
            start.countDown();
            for (Thread th : threads) th.join();
            assertThat(failures).isEmpty();
            assertThat(ids.size()).isEqualTo(3000);
            assertThat(seen.values()).doesNotHaveDuplicates().hasSize(3000).allMatch(id -> id >= 0 && id < 3000);
        }
    }
}
