package org.visitplanner.gui.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.visitplanner.gui.itinerary.CrowdBars.Bar;

class CrowdBarsTest {

    /** A block's padding and border, left and right, in the theme: 4 + 8 on the left, 6 on the right. */
    private static final double INSETS = 18;
    private static final double MIN_TEXT = 4;

    @Test
    void aColumnOfAFiveDayWeekOnASmallScreenHasTextsUpToSevenLanesAndBarsBeyond() {
        double column = (1024 - 60 - 14) / 5.0; // 190 px: the window at 1024 px, the time axis, the scroll bar

        assertThat(CrowdBars.tooNarrow(column, 1, INSETS, MIN_TEXT)).isFalse();
        assertThat(CrowdBars.tooNarrow(column, 7, INSETS, MIN_TEXT)).isFalse(); // 24 px blocks: a letter fits
        assertThat(CrowdBars.tooNarrow(column, 8, INSETS, MIN_TEXT)).isTrue(); // 21 px: 3 px inside

        assertThat(CrowdBars.tooNarrow(column, 33, INSETS, MIN_TEXT)).isTrue();
    }

    @Test
    void blocksOfNeighbouringLanesAreTwoPixelsApartOnWholePixels() {
        double lane = CrowdBars.laneWidth(190, 4);

        assertThat(lane).isEqualTo(46);
        assertThat(CrowdBars.blockX(60, 0, lane)).isEqualTo(63);
        assertThat(CrowdBars.blockX(60, 1, lane)).isEqualTo(109);
        assertThat(CrowdBars.blockWidth(lane)).isEqualTo(44);
        assertThat(CrowdBars.blockX(60, 0, lane) + CrowdBars.blockWidth(lane) + 2)
                .isEqualTo(CrowdBars.blockX(60, 1, lane));
    }

    @Test
    void theBarUnderThePointIsTheOneDrawnInFront() {
        CrowdBars<String> bars = CrowdBars.of(List.of(
                new Bar<>("back", 3, 100, 10, 46),
                new Bar<>("front", 3, 120, 10, 46),
                new Bar<>("beside", 16, 100, 10, 46)));

        assertThat(bars.at(5, 110)).map(Bar::item).contains("back");
        assertThat(bars.at(5, 130)).map(Bar::item).contains("front"); // both cover it: the one drawn last
        assertThat(bars.at(16, 101)).map(Bar::item).contains("beside");
        assertThat(bars.at(14.5, 110)).map(Bar::item).contains("back"); // the space after it: still its lane
        assertThat(bars.at(26.5, 110)).map(Bar::item).contains("beside");
        assertThat(bars.at(28.5, 110)).isEmpty(); // beyond the last lane
        assertThat(bars.at(5, 166)).isEmpty(); // just below the last one
        assertThat(bars.items()).containsExactly("back", "front", "beside");
    }
}
