package org.visitplanner.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One span of a weekday during which an institution is open; a day may have several spans or none. */
public record OpeningHours(long id, long institutionId, DayOfWeek weekday, LocalTime opensAt, LocalTime closesAt) {

    public OpeningHours {
        Objects.requireNonNull(weekday, "weekday");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("closes at " + closesAt + " not after opening at " + opensAt);
        }
    }
}
