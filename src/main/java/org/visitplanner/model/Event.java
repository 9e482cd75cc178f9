package org.visitplanner.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Something on a trip's itinerary. Start and end are wall-clock times in {@code zone} (the venue's zone),
 * stored as such and never converted on the way to and from the database.
 *
 * @param uid            stable identifier that survives export to and import from calendar files
 * @param institutionId  null when the event happens at a free {@code location}
 * @param participantIds delegation members taking part
 * @param hostIds        contacts receiving the delegation
 */
public record Event(long id, long tripId, String uid, EventKind kind, String title, LocalDateTime start,
                    LocalDateTime end, ZoneId zone, Long institutionId, String location, EventStatus status,
                    String notes, List<Long> participantIds, List<Long> hostIds, int version) {

    public Event {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("event ends at " + end + ", not after its start " + start);
        }
        participantIds = List.copyOf(participantIds);
        hostIds = List.copyOf(hostIds);
    }

    public LocalDate day() {
        return start.toLocalDate();
    }

    public ZonedDateTime zonedStart() {
        return start.atZone(zone);
    }

    public ZonedDateTime zonedEnd() {
        return end.atZone(zone);
    }

    public Event withId(long newId) {
        return new Event(newId, tripId, uid, kind, title, start, end, zone, institutionId, location, status, notes,
                participantIds, hostIds, version);
    }
}
