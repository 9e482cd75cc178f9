package org.visitplanner.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A delegation's journey: its days, the time zone of its venues and the time zone of the office at home.
 *
 * @param homeCity the home city's name as each language prints it beside the home time (none: the zone's city)
 * @param sample   true for the demonstration trip loaded on first start (the user may delete it)
 */
public record Trip(long id, String name, LocalDate firstDay, LocalDate lastDay, ZoneId venueZone, ZoneId homeZone,
                   CityNames homeCity, boolean sample, String notes, int version) {

    /** A trip whose home city is named after its home zone. */
    public Trip(long id, String name, LocalDate firstDay, LocalDate lastDay, ZoneId venueZone, ZoneId homeZone,
                boolean sample, String notes, int version) {
        this(id, name, firstDay, lastDay, venueZone, homeZone, CityNames.NONE, sample, notes, version);
    }

    public Trip {
        Objects.requireNonNull(name, "name");
        homeCity = homeCity == null ? CityNames.NONE : homeCity;
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(venueZone, "venueZone");
        Objects.requireNonNull(homeZone, "homeZone");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("last day " + lastDay + " before first day " + firstDay);
        }
    }

    /** The trip's days in order, first to last. */
    public List<LocalDate> days() {
        return firstDay.datesUntil(lastDay.plusDays(1)).toList();
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public Trip withId(long newId) {
        return new Trip(newId, name, firstDay, lastDay, venueZone, homeZone, homeCity, sample, notes, version);
    }

    /** The number of days, first and last included. */
    public long length() {
        return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }
}
