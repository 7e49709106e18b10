package org.speclab.app.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublishedPointsTest {
    @Test
    void theBundledFileHoldsTheSevenCalibrationRowsOfBothVariants() {
        List<PublishedPoints.Point> points = PublishedPoints.bundled();

        assertThat(points).contains(new PublishedPoints.Point(1, "v6.13", 3.384), new PublishedPoints.Point(80, "v6.14", 142.037));
        assertThat(points.stream().filter(p -> p.variant().equals("v6.13")).count()).isGreaterThanOrEqualTo(7);
        assertThat(points.stream().filter(p -> p.variant().equals("v6.14")).count()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void readsAnyRowsWithCommentsBlankCellsAndExtraColumns() {
        // given
        String csv = """
                # a comment
                cpus,before_mps,after_mps,note
                3,,9.9,unpublished before
                24,6.5,60.1,x
                """;

        // when
        List<PublishedPoints.Point> points = PublishedPoints.parse(csv, "t.csv");

        // then
        assertThat(points).containsExactly(new PublishedPoints.Point(3, "v6.14", 9.9), new PublishedPoints.Point(24, "v6.13", 6.5),
                new PublishedPoints.Point(24, "v6.14", 60.1));
        assertThat(points.get(1).perCpuMps()).isEqualTo(6.5 / 24);
    }

    @Test
    void aBadNumberNamesItsLine() {
        assertThatThrownBy(() -> PublishedPoints.parse("cpus,before_mps\n8,ten\n", "t.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("t.csv:2: not a number");
    }
}
