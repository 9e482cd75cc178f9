package org.visitplanner.logic.itinerary;

import java.util.List;

import org.visitplanner.model.TravelOverride;

/** The user's own travel mode and minutes between two events (table {@code travel_leg}). */
public interface TravelOverrideRepository {

    /** The overrides of a trip's legs. */
    List<TravelOverride> findByTrip(long tripId);

    /**
     * Stores a new override and returns it with its id; one whose id is not 0 is stored under that id (an undone
     * removal comes back as it was).
     */
    TravelOverride insert(TravelOverride override);

    /** Changes mode, minutes and notes if still at {@code override.version()} (else STALE); returns the new version. */
    TravelOverride update(TravelOverride override);

    /** Removes an override still at {@code version} (else STALE), so that the estimate applies again. */
    void delete(long overrideId, int version);
}
