package org.visitplanner.model;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * Something the delegation must do on a trip, listed before it has a time: what "Plan for me" places.
 *
 * @param institutionId where it happens; null for a free {@code location} or, for a meal, "near the day's venues"
 * @param minutes       how long it takes, 5 to 1440
 * @param days          the days it may happen on
 * @param earliest      the earliest start on each allowed day (venue time); null: the day's start
 * @param latest        the latest end on each allowed day; null: the day's end
 * @param preferredFrom the hosts' preferred times (a wish, not a rule); both null or both set
 * @param afterId       the visit it must come after (the lab tour after the meeting), if any
 * @param eventId       the event made for it when a plan was accepted; null while it is still to place
 * @param memberIds     who must attend; empty: every member of the trip
 */
public record VisitToPlace(long id, long tripId, Long institutionId, String location, EventKind kind, String title,
                           int minutes, AllowedDays days, LocalTime earliest, LocalTime latest,
                           LocalTime preferredFrom, LocalTime preferredTo, Long afterId, Long eventId, String notes,
                           List<Long> memberIds, int version) {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 1440;

    public VisitToPlace {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        days = days == null ? AllowedDays.ANY : days;
        memberIds = List.copyOf(memberIds);
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes out of range: " + minutes);
        }
        if (earliest != null && latest != null && !latest.isAfter(earliest)) {
            throw new IllegalArgumentException("latest " + latest + " not after earliest " + earliest);
        }
        if ((preferredFrom == null) != (preferredTo == null)
                || preferredFrom != null && !preferredTo.isAfter(preferredFrom)) {
            throw new IllegalArgumentException("preferred times " + preferredFrom + "–" + preferredTo);
        }
    }

    /** True while it has no event yet (it is on the "To place" list). */
    public boolean toPlace() {
        return eventId == null;
    }

    public VisitToPlace withId(long newId) {
        return new VisitToPlace(newId, tripId, institutionId, location, kind, title, minutes, days, earliest, latest,
                preferredFrom, preferredTo, afterId, eventId, notes, memberIds, version);
    }

    public VisitToPlace withEventId(Long newEventId) {
        return new VisitToPlace(id, tripId, institutionId, location, kind, title, minutes, days, earliest, latest,
                preferredFrom, preferredTo, afterId, newEventId, notes, memberIds, version);
    }

    public VisitToPlace withVersion(int newVersion) {
        return new VisitToPlace(id, tripId, institutionId, location, kind, title, minutes, days, earliest, latest,
                preferredFrom, preferredTo, afterId, eventId, notes, memberIds, newVersion);
    }

    public VisitToPlace withAfterId(Long newAfterId) {
        return new VisitToPlace(id, tripId, institutionId, location, kind, title, minutes, days, earliest, latest,
                preferredFrom, preferredTo, newAfterId, eventId, notes, memberIds, version);
    }
}
