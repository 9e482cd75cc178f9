package org.visitplanner.model;

import java.time.LocalTime;
import java.util.Objects;

/** The hours a planned day may span, venue time: by default 08:00 to 20:00. */
public record DayLimits(LocalTime start, LocalTime end) {

    public static final DayLimits DEFAULT = new DayLimits(LocalTime.of(8, 0), LocalTime.of(20, 0));

    public DayLimits {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("day ends at " + end + ", not after its start " + start);
        }
    }
}
