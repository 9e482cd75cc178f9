package org.visitplanner.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days a visit may happen on: dates, weekdays ("Tuesday or Wednesday", every week of a long trip), or both; none
 * at all means any day of the trip.
 */
public record AllowedDays(Set<LocalDate> dates, Set<DayOfWeek> weekdays) {

    /** Any day of the trip. */
    public static final AllowedDays ANY = new AllowedDays(Set.of(), Set.of());

    public AllowedDays {
        dates = Collections.unmodifiableSet(new TreeSet<>(dates));
        weekdays = weekdays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(weekdays));
    }

    public boolean any() {
        return dates.isEmpty() && weekdays.isEmpty();
    }

    public boolean allows(LocalDate day) {
        return any() || dates.contains(day) || weekdays.contains(day.getDayOfWeek());
    }

    /** As stored: weekdays first (MONDAY…), then ISO dates, comma-separated; null for any day. */
    public String stored() {
        if (any()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        weekdays.forEach(w -> parts.add(w.name()));
        dates.forEach(d -> parts.add(d.toString()));
        return String.join(",", parts);
    }

    /** Reads what {@link #stored()} wrote; null or blank is any day. */
    public static AllowedDays parseStored(String text) {
        if (text == null || text.isBlank()) {
            return ANY;
        }
        Set<LocalDate> dates = new TreeSet<>();
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String token = part.strip();
            if (token.isEmpty()) {
                continue;
            }
            if (Character.isDigit(token.charAt(0))) {
                dates.add(LocalDate.parse(token));
            } else {
                weekdays.add(DayOfWeek.valueOf(token));
            }
        }
        return new AllowedDays(dates, weekdays);
    }
}
