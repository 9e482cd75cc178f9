package org.visitplanner.gui.itinerary;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Where the events of one day go in their column, as every calendar does it: events that overlap, directly or through
 * others, form a cluster; each event of a cluster takes the first lane free at its start (events sorted by start, then
 * end), and all the events of a cluster share the column in as many lanes as the cluster needs.
 *
 * <p>Pure arithmetic, apart from the skin that draws it (the skin only makes nodes for what this places on the
 * screen), so that it can be checked alone and run for thousands of events without a node.
 */
final class LaneLayout {

    /**
     * One event placed: {@code lane} from the left (0-based) among the {@code lanes} of its cluster.
     *
     * @param <T> what is placed (the schedule's entries)
     */
    record Placed<T>(T item, LocalTime start, LocalTime end, int lane, int lanes) {

        /** The left edge of the event as a fraction of the column's width. */
        double left() {
            return (double) lane / lanes;
        }

        /** The event's width as a fraction of the column's width. */
        double width() {
            return 1.0 / lanes;
        }
    }

    private LaneLayout() {
    }

    /**
     * Places the events of one day; the result is sorted by start, then end (the order the events were placed in).
     * An event that ends when another starts does not overlap it.
     */
    static <T> List<Placed<T>> place(List<T> items, Function<T, LocalTime> start, Function<T, LocalTime> end) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(start).thenComparing(end));
        List<Placed<T>> placed = new ArrayList<>(sorted.size());
        List<Integer> lanes = new ArrayList<>(sorted.size());
        List<LocalTime> laneEnds = new ArrayList<>();
        int clusterFirst = 0;
        LocalTime clusterEnd = null;
        for (int i = 0; i < sorted.size(); i++) {
            T item = sorted.get(i);
            LocalTime from = start.apply(item);
            LocalTime to = end.apply(item);
            if (clusterEnd != null && !from.isBefore(clusterEnd)) {
                close(sorted, start, end, lanes, laneEnds.size(), clusterFirst, i, placed);
                laneEnds.clear();
                clusterFirst = i;
                clusterEnd = null;
            }
            clusterEnd = clusterEnd == null || to.isAfter(clusterEnd) ? to : clusterEnd;
            int chosen = -1;
            for (int lane = 0; lane < laneEnds.size(); lane++) {
                if (!from.isBefore(laneEnds.get(lane))) {
                    chosen = lane;
                    break;
                }
            }
            if (chosen < 0) {
                laneEnds.add(to);
                chosen = laneEnds.size() - 1;
            } else {
                laneEnds.set(chosen, to);
            }
            lanes.add(chosen);
        }
        close(sorted, start, end, lanes, laneEnds.size(), clusterFirst, sorted.size(), placed);
        return placed;
    }

    /** The cluster {@code [first, last)} is complete: its events know how many lanes they share. */
    private static <T> void close(List<T> sorted, Function<T, LocalTime> start, Function<T, LocalTime> end,
                                  List<Integer> lanes, int count, int first, int last, List<Placed<T>> placed) {
        for (int i = first; i < last; i++) {
            T item = sorted.get(i);
            placed.add(new Placed<>(item, start.apply(item), end.apply(item), lanes.get(i), count));
        }
    }
}
