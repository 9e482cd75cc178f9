package org.visitplanner.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

class ScreenFitTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D TINY = new Rectangle2D(0, 0, 1000, 680);

    @Test
    void atFirstStartTheMainWindowTakesMostOfTheScreenAndAtLeast1280By800() {
        assertThat(ScreenFit.firstStart(LAPTOP)).isEqualTo(new Rectangle2D(96, 52, 1728, 936));
        // 90 % of a 1366×728 screen would be smaller than 1280×800: it gets 1280 wide, and the whole height.
        Rectangle2D small = ScreenFit.firstStart(SMALL);
        assertThat(small.getWidth()).isEqualTo(1280);
        assertThat(small.getHeight()).isEqualTo(728);
        assertThat(small.getMinX()).isEqualTo(43);
    }

    @Test
    void theSmallestWindowIs1024By700OrTheWholeOfASmallerScreen() {
        assertThat(ScreenFit.smallest(LAPTOP)).isEqualTo(new Rectangle2D(0, 0, 1024, 700));
        assertThat(ScreenFit.smallest(TINY)).isEqualTo(new Rectangle2D(0, 0, 1000, 680));
    }

    @Test
    void aRememberedPlaceOnAScreenThatIsGoneComesBackOnTheFirstScreen() {
        Rectangle2D onUnpluggedMonitor = new Rectangle2D(2200, 100, 1200, 800);
        assertThat(ScreenFit.inside(onUnpluggedMonitor, List.of(LAPTOP), 1024, 700))
                .isEqualTo(new Rectangle2D(720, 100, 1200, 800));
    }

    @Test
    void aWindowHalfOffTheScreenIsMovedInAndATooLargeOneShrinks() {
        assertThat(ScreenFit.inside(new Rectangle2D(-300, -50, 1200, 800), List.of(LAPTOP), 1024, 700))
                .isEqualTo(new Rectangle2D(0, 0, 1200, 800));
        assertThat(ScreenFit.inside(new Rectangle2D(100, 100, 2500, 1500), List.of(LAPTOP), 1024, 700))
                .isEqualTo(new Rectangle2D(0, 0, 1920, 1040));
        // Too small to use: brought up to the smallest size the layout is made for.
        assertThat(ScreenFit.inside(new Rectangle2D(100, 100, 300, 200), List.of(LAPTOP), 1024, 700))
                .isEqualTo(new Rectangle2D(100, 100, 1024, 700));
    }

    @Test
    void aWindowStaysOnTheScreenItMostlyCovers() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1600, 900);
        Rectangle2D wanted = new Rectangle2D(1800, 50, 1000, 700);
        assertThat(ScreenFit.inside(wanted, List.of(LAPTOP, right), 800, 500))
                .isEqualTo(new Rectangle2D(1920, 50, 1000, 700));
    }

    @Test
    void aDialogIsCentredOnItsOwnerAndKeptOnTheScreen() {
        Rectangle2D owner = new Rectangle2D(100, 100, 1200, 800);
        assertThat(ScreenFit.centredOn(owner, 600, 400, LAPTOP)).isEqualTo(new Rectangle2D(400, 300, 600, 400));
        Rectangle2D ownerAtTheEdge = new Rectangle2D(1700, 900, 400, 300);
        assertThat(ScreenFit.centredOn(ownerAtTheEdge, 600, 400, LAPTOP))
                .isEqualTo(new Rectangle2D(1320, 640, 600, 400));
        assertThat(ScreenFit.centredOn(owner, 2400, 1200, LAPTOP)).isEqualTo(new Rectangle2D(0, 0, 1920, 1040));
    }
}
