package org.speclab.app.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** How {@link Rows} shares a column's height: by the cards' smallest type. */
@ExtendWith(ApplicationExtension.class)
class RowsTest {
    /** A card whose view is {@code natural} px tall at scale 1, any width, its smallest text {@code px}. */
    private static final class Card extends Region implements Scalable {
        private final double natural;
        private final double px;

        Card(double natural, double px) {
            this.natural = natural;
            this.px = px;
        }

        @Override protected double computePrefHeight(double width) { return natural; }

        @Override public double prefHeightAt(double width, double scale) { return natural * scale; }

        @Override public double minHeightAt(double width, double scale) { return natural * scale; }

        @Override public double minScale() { return 0.1; }

        @Override public double smallestFontPx() { return px; }
    }

    private static Rows column(double height, Region... cards) {
        Rows rows = new Rows(1, 0);
        for (Region c : cards) rows.addRow(List.of(c), List.of(1));
        rows.resize(300, height);
        rows.layout();
        return rows;
    }

    @Test
    void cardsTooTallForTheColumnShowTheirSmallestTypeAlikeNotOneScale(FxRobot robot) {
        // given: two cards of the same height, one of small labels (10 px), one of large (20 px), in half the room
        Card small = new Card(400, 10);
        Card large = new Card(400, 20);
        // when
        robot.interact(() -> column(400, small, large));
        // then: one scale would show 5 px beside 10 px; shared by type both show the same, the small labels' card
        // the larger (t = 400 / (400/10 + 400/20) = 6.7 px)
        double smallType = small.getHeight() / 400 * 10;
        double largeType = large.getHeight() / 400 * 20;
        assertThat(smallType).isCloseTo(largeType, within(0.2));
        assertThat(smallType).isCloseTo(6.7, within(0.2));
        assertThat(small.getHeight()).isGreaterThan(large.getHeight());
    }
}
