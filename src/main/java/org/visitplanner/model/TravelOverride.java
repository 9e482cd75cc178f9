package org.visitplanner.model;

import java.util.Objects;

/**
 * The user's own mode and duration for getting from one event to the next, replacing the estimate.
 *
 * @param minutes door to door, 0–1440
 */
public record TravelOverride(long id, long fromEventId, long toEventId, TravelMode mode, int minutes, String notes,
                             int version) {

    public TravelOverride {
        Objects.requireNonNull(mode, "mode");
        if (minutes < 0 || minutes > 1440) {
            throw new IllegalArgumentException("travel minutes out of range: " + minutes);
        }
    }

    public TravelOverride withVersion(int newVersion) {
        return new TravelOverride(id, fromEventId, toEventId, mode, minutes, notes, newVersion);
    }
}
