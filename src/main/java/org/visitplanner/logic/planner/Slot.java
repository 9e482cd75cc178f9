package org.visitplanner.logic.planner;

/**
 * When a planned item starts: a day of the trip ({@code day} 0 is its first day; an event pinned outside the trip may
 * have another) and a time of that day in minutes since midnight, venue time.
 */
public record Slot(int day, int start) implements Comparable<Slot> {

    /** Minutes since midnight of the trip's first day: comparable across days. */
    public int absolute() {
        return day * Minutes.DAY + start;
    }

    @Override
    public int compareTo(Slot other) {
        return Integer.compare(absolute(), other.absolute());
    }
}
