package org.visitplanner.model;

import java.time.LocalDate;

/** Days an institution is closed whatever its opening hours say (holidays, exams…). */
public record Closure(long id, long institutionId, LocalDate firstDay, LocalDate lastDay, String reason) {

    public Closure {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("closure ends " + lastDay + " before it starts " + firstDay);
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
