package org.speclab.engine.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model against all 20 rows of e0925f2dc4de's table (the same rows as
 * assets/…/throughput/uprobe-nop-published.csv): AFTER within ±10 % everywhere, BEFORE within ±25 % at 18 of 20
 * with its shape, one CPU within 5 % for both.
 */
class CalibrationTest {
    private static final int[] CPUS = {1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 24, 32, 40, 48, 56, 64, 72, 80};
    private static final double[] BEFORE = {3.384, 5.456, 7.863, 9.442, 11.036, 10.884, 7.897, 10.021, 9.932, 8.369, 8.678, 7.392,
            5.326, 5.426, 5.262, 6.121, 6.252, 7.644, 7.781, 8.992};
    private static final double[] AFTER = {3.534, 6.701, 10.031, 13.003, 16.274, 19.563, 22.696, 24.534, 30.475, 33.371, 38.864,
            41.476, 64.696, 85.054, 101.979, 110.518, 117.737, 124.613, 133.239, 142.037};

    private static double[] before;
    private static double[] after;

    @BeforeAll
    static void sweep() {
        List<Integer> cpus = new ArrayList<>();
        for (int n : CPUS) cpus.add(n);
        ThroughputModel m = new ThroughputModel();
        before = m.sweep("v6.13", cpus, 0, ThroughputModel.DEFAULT_TOPOLOGY, 1).stream().mapToDouble(ThroughputRow::totalMps).toArray();
        after = m.sweep("v6.14", cpus, 0, ThroughputModel.DEFAULT_TOPOLOGY, 1).stream().mapToDouble(ThroughputRow::totalMps).toArray();
    }

    private static double error(double model, double published) { return Math.abs(model / published - 1); }

    @Test
    void afterIsWithinTenPercentAtEveryCpuCount() {
        for (int i = 0; i < CPUS.length; i++) assertThat(error(after[i], AFTER[i])).as(CPUS[i] + " CPUs: " + after[i]).isLessThanOrEqualTo(0.10);
    }

    @Test
    void beforeIsWithinTwentyFivePercentAtEighteenOfTwenty() {
        int within = 0;
        for (int i = 0; i < CPUS.length; i++) if (error(before[i], BEFORE[i]) <= 0.25) within++;
        assertThat(within).isGreaterThanOrEqualTo(18);
    }

    @Test
    void beforeOnTwoSocketsIsWithinTwentyPercentAndTenOnAverage() {
        // rows 24-80: with a first-come hand-off order the model ran 10-20 % low here (14 % on average)
        double sum = 0;
        for (int i = 12; i < CPUS.length; i++) {
            assertThat(error(before[i], BEFORE[i])).as(CPUS[i] + " CPUs: " + before[i]).isLessThanOrEqualTo(0.20);
            sum += error(before[i], BEFORE[i]);
        }
        assertThat(sum / (CPUS.length - 12)).isLessThanOrEqualTo(0.10);
    }

    @Test
    void oneCpuIsWithinFivePercentForBoth() {
        assertThat(error(before[0], BEFORE[0])).isLessThanOrEqualTo(0.05);
        assertThat(error(after[0], AFTER[0])).isLessThanOrEqualTo(0.05);
    }

    @Test
    void beforeRisesPeaksNearTenDeclinesDropsAcrossSocketsAndPartlyRecoversWithSiblings() {
        int peak = 0;
        for (int i = 1; i < CPUS.length; i++) if (before[i] > before[peak]) peak = i;
        assertThat(CPUS[peak]).as("peak CPU count").isBetween(4, 8);
        assertThat(before[peak]).isBetween(9.5, 11.5);
        assertThat(before[11]).as("16 CPUs, one socket").isLessThan(before[peak] * 0.85);
        assertThat(before[14]).as("40 CPUs, both sockets").isLessThan(before[11] * 0.8);
        assertThat(before[19]).as("80 CPUs, with siblings").isGreaterThan(before[14] * 1.3);
    }
}
