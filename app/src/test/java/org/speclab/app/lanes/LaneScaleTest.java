package org.speclab.app.lanes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LaneScaleTest {
    @Test
    void wholeSpanFitsWhenSlotsCanBeWideEnough() {
        // given 24 steps plus the initial slot in 500 px, at least 12 px a slot
        LaneScale sc = LaneScale.fit(100, 500, 24, 3, 12);
        // then
        assertThat(sc.first()).isZero();
        assertThat(sc.slots()).isEqualTo(25);
        assertThat(sc.slot()).isEqualTo(20, within(1e-9));
        assertThat(sc.x(0)).isEqualTo(110, within(1e-9));
        assertThat(sc.x(24)).isEqualTo(590, within(1e-9));
    }

    @Test
    void longTimelineScrollsSoTheCursorStaysNearTheRightEdge() {
        // 100 steps, room for 25 slots: at step 60 the window ends two slots after the cursor
        LaneScale sc = LaneScale.fit(0, 250, 100, 60, 10);
        assertThat(sc.slots()).isEqualTo(25);
        assertThat(sc.last()).isEqualTo(62);
        assertThat(sc.visible(60)).isTrue();
        assertThat(sc.visible(37)).isFalse();
        assertThat(sc.visible(38)).isTrue();
    }

    @Test
    void earlyStepsOfALongTimelineStartAtZero() {
        LaneScale sc = LaneScale.fit(0, 250, 100, 5, 10);
        assertThat(sc.first()).isZero();
        assertThat(sc.last()).isEqualTo(24);
    }

    @Test
    void cursorAtTheEndIsTheLastVisibleSlot() {
        LaneScale sc = LaneScale.fit(0, 250, 100, 100, 10);
        assertThat(sc.last()).isEqualTo(100);
        assertThat(sc.first()).isEqualTo(76);
    }
}
