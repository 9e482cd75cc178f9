package org.visitplanner.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Getting from one event to the next one of the same people at another place.
 *
 * @param memberIds  who makes this journey (members in both events, with nothing between them)
 * @param departure  when the first event ends (venue time of the trip)
 * @param arrival    when the next event starts (venue time of the trip)
 * @param mode       the chosen mode, or the default for the distance; null when the distance is unknown and the user
 *                   has not said
 * @param minutes    door to door; empty when unknown (a place without coordinates): never a silent zero
 * @param kilometres straight-line distance; null when a place has no coordinates
 * @param overridden true when mode and minutes are the user's, not the estimate
 */
public record TravelLeg(long fromEventId, long toEventId, List<Long> memberIds, LocalDateTime departure,
                        LocalDateTime arrival, TravelMode mode, OptionalInt minutes, Double kilometres,
                        boolean overridden) {

    public TravelLeg {
        Objects.requireNonNull(departure, "departure");
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(minutes, "minutes");
        memberIds = List.copyOf(memberIds);
    }

    public boolean known() {
        return minutes.isPresent();
    }

    /** Minutes between the end of the first event and the start of the next (negative when they overlap). */
    public long gapMinutes() {
        return Duration.between(departure, arrival).toMinutes();
    }
}
