package org.visitplanner.gui.itinerary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Where the events of one day's column go across it, and the events of a crowd: those in lanes too narrow for a
 * letter, drawn as bars on one surface per day instead of one node each (a 2,000-event week had ~1,550 of them, each a
 * styled node, which made choosing the trip take seconds and scrolling stutter). Pure: the skin draws the bars and
 * asks which one is under the mouse, so that it can make a real block there for hovering, clicking and dragging.
 *
 * @param <T> what a bar stands for (the skin's placed event)
 */
final class CrowdBars<T> {

    /** Space kept free at each side of a day's column. */
    static final double GAP = 3;
    /** Space between the blocks of two lanes side by side. */
    static final double LANE_SPACING = 2;

    /** A bar: its item and its rectangle in the column (x from the column's left edge). */
    record Bar<T>(T item, double x, double y, double width, double height) {
        /** Whether a point is on the bar or in the space after it: a bar is found by its whole lane. */
        boolean contains(double px, double py) {
            return px >= x && px < x + width + LANE_SPACING && py >= y && py < y + height;
        }
    }

    /** The bars, back to front (the order they are drawn in). */
    private final List<Bar<T>> bars;

    private CrowdBars(List<Bar<T>> bars) {
        this.bars = bars;
    }

    /** How wide a lane is when {@code lanes} share a column {@code columnWidth} wide. */
    static double laneWidth(double columnWidth, int lanes) {
        return (columnWidth - 2 * GAP) / lanes;
    }

    /** The left edge of an event's block in lane {@code lane}, from the grid's left edge (whole pixels). */
    static double blockX(double columnLeft, int lane, double laneWidth) {
        return Math.round(columnLeft + GAP + lane * laneWidth);
    }

    /** The width of a block in a lane (apart from the next one by {@link #LANE_SPACING}). */
    static double blockWidth(double laneWidth) {
        return Math.floor(laneWidth - LANE_SPACING);
    }

    /**
     * Whether a block in one of {@code lanes} lanes has no room for a letter once its padding and border
     * ({@code insets}, left and right together) are taken: such an event is a bar of the crowd.
     */
    static boolean tooNarrow(double columnWidth, int lanes, double insets, double minTextWidth) {
        return blockWidth(laneWidth(columnWidth, lanes)) - insets < minTextWidth;
    }

    /** The bars of the given items, each with its rectangle, back to front. */
    static <T> CrowdBars<T> of(List<Bar<T>> backToFront) {
        return new CrowdBars<>(List.copyOf(backToFront));
    }

    List<Bar<T>> bars() {
        return Collections.unmodifiableList(bars);
    }

    boolean isEmpty() {
        return bars.isEmpty();
    }

    /** The bar drawn in front at a point of the column, if any. */
    Optional<Bar<T>> at(double x, double y) {
        for (int i = bars.size() - 1; i >= 0; i--) {
            if (bars.get(i).contains(x, y)) {
                return Optional.of(bars.get(i));
            }
        }
        return Optional.empty();
    }

    /** The items, back to front. */
    List<T> items() {
        List<T> items = new ArrayList<>(bars.size());
        bars.forEach(bar -> items.add(bar.item()));
        return items;
    }
}
