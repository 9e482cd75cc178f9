package org.visitplanner.logic.itinerary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something in an itinerary that cannot work (error), may not work (warning) or deserves a look (information).
 *
 * @param day       the day it concerns (venue time of the trip)
 * @param message   one sentence in the current language, naming the events and members concerned
 * @param eventIds  the events concerned, first one first
 * @param memberIds the members concerned, if any
 */
public record ItineraryProblem(Severity severity, Kind kind, LocalDate day, String message, List<Long> eventIds,
                               List<Long> memberIds) {

    /** How bad it is, worst first. */
    public enum Severity {
        ERROR, WARNING, INFO
    }

    /** Which rule found it. */
    public enum Kind {
        OVERLAP, TRAVEL, TRAVEL_UNKNOWN, OPENING_HOURS, CLOSURE, OUTSIDE_TRIP, LONG_DAY
    }

    public ItineraryProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(message, "message");
        eventIds = List.copyOf(eventIds);
        memberIds = List.copyOf(memberIds);
    }

    public boolean concerns(long eventId) {
        return eventIds.contains(eventId);
    }
}
