package org.visitplanner.logic.planner;

import java.time.LocalTime;

/** Times of day as minutes since midnight: what the planner computes with. */
final class Minutes {

    static final int DAY = 24 * 60;

    private Minutes() {
    }

    static int of(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /** 24:00 and later (an event ending after midnight) stay as minutes past the day's end. */
    static LocalTime time(int minutes) {
        int inDay = Math.floorMod(minutes, DAY);
        return LocalTime.of(inDay / 60, inDay % 60);
    }

    /** Minutes of [start, end) that [from, to) covers. */
    static int overlap(int start, int end, int from, int to) {
        return Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
}
