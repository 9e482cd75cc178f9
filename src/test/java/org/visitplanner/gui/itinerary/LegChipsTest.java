package org.visitplanner.gui.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.visitplanner.gui.itinerary.LegChips.Band;

class LegChipsTest {

    private static final Band COLUMN = new Band(0, 700);

    @Test
    void aChipThatFitsTheGapIsCentredInIt() {
        // Events end at 100 and start again at 140; their titles end at 40 and start at 140.
        List<Band> titles = List.of(new Band(20, 40), new Band(140, 170));
        assertThat(LegChips.place(new Band(100, 140), 18, titles, COLUMN)).hasValue(111);
    }

    @Test
    void aChipTooTallForTheGapMovesUpOverTheLowerLinesOfTheEventBeforeNeverOverATitle() {
        // A 10-pixel gap between 100 and 110: the chip goes up over the first event's place line, ending at 110.
        List<Band> titles = List.of(new Band(20, 60), new Band(110, 140));
        assertThat(LegChips.place(new Band(100, 110), 18, titles, COLUMN)).hasValue(92);
    }

    @Test
    void withoutRoomBetweenTwoTitlesThereIsNoChip() {
        // A short event whose title fills it, then the next one right away.
        List<Band> titles = List.of(new Band(80, 100), new Band(105, 130));
        assertThat(LegChips.place(new Band(100, 105), 18, titles, COLUMN)).isEmpty();
    }

    @Test
    void aTitleAcrossTheGapLeavesNoRoom() {
        List<Band> titles = List.of(new Band(90, 130));
        assertThat(LegChips.place(new Band(100, 120), 18, titles, COLUMN)).isEmpty();
    }
}
