package org.visitplanner.gui.itinerary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Where the chip of a journey ("Walk 10 min") goes in a day's column, as plain geometry: in the gap between the two
 * events when it fits there, else as near to it as it can be without covering any event's time and title (it may
 * cover the lower lines of the event before: its place and who takes part); nowhere when there is no such room.
 */
final class LegChips {

    /** A vertical stretch of the column, from {@code top} to {@code bottom} (pixels, top &lt; bottom). */
    record Band(double top, double bottom) {
    }

    private LegChips() {
    }

    /**
     * The top of a chip {@code height} high for the journey through {@code gap}, not overlapping any of
     * {@code titles} (the time and title of each event of the column), within {@code column}; empty when there is no
     * room near the gap.
     */
    static OptionalDouble place(Band gap, double height, List<Band> titles, Band column) {
        double wanted = (gap.top() + gap.bottom()) / 2 - height / 2;
        // The free stretch around the gap: from the last title ending above the gap's middle to the first title
        // starting below it.
        double middle = (gap.top() + gap.bottom()) / 2;
        double top = column.top();
        double bottom = column.bottom();
        List<Band> sorted = new ArrayList<>(titles);
        sorted.sort(Comparator.comparingDouble(Band::top));
        for (Band title : sorted) {
            if (title.bottom() <= middle) {
                top = Math.max(top, title.bottom());
            } else if (title.top() >= middle) {
                bottom = Math.min(bottom, title.top());
            } else {
                return OptionalDouble.empty(); // a title lies across the gap itself (overlapping events)
            }
        }
        if (bottom - top < height) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(top, Math.min(wanted, bottom - height)));
    }
}
