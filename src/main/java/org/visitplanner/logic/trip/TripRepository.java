package org.visitplanner.logic.trip;

import java.util.List;
import java.util.Optional;

import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.model.TripSummary;

/** Trips and who travels on them. */
public interface TripRepository {

    /** What a trip holds besides its days, as a delete confirmation names it. */
    record Contents(int events, int meetingRecords, int outcomes, int actions) {
    }

    /** All trips, earliest first, with their event counts. */
    List<TripSummary> findAll();

    Optional<Trip> findById(long id);

    /** Trips whose name is exactly {@code name} (case-sensitive, as typed by the user). */
    List<Trip> findByName(String name);

    /** The sample trip, when it is in the database. */
    Optional<Trip> findSample();

    /** Stores a new trip and returns it with its id. */
    Trip insert(Trip trip);

    /**
     * Writes the trip's name, days, zones, home city and notes if it is still at {@code trip.version()}; returns it
     * with its new version. Throws {@link org.visitplanner.logic.DataProblem} (STALE) when it changed or went.
     */
    Trip update(Trip trip);

    /**
     * Moves every event of the trip, and the notes of its days, by {@code days} days (a postponed trip); the events'
     * versions move on. One transaction, or the caller's.
     */
    void shiftDays(long tripId, int days);

    /** How many events, meeting records, outcomes and action items the trip has. */
    Contents contents(long tripId);

    /**
     * Deletes the trip at {@code version} with everything that is its own (events, their meeting records, the day
     * notes, who was on it; members and institutions stay in the directory) and returns all of it, for undo.
     * STALE when the trip changed or went.
     */
    DeletedRows delete(long tripId, int version);

    /** Puts a member on a trip; {@code position} orders the delegation list (head first). */
    void addMember(long tripId, long memberId, int position);

    /**
     * Takes a member off a trip and out of the trip's events (they stay in the directory); returns what went, for
     * undo. Nothing happens when they were not on it.
     */
    DeletedRows removeMember(long tripId, long memberId);

    /** The members on a trip, in delegation order. */
    List<Member> members(long tripId);

    /** Deletes a trip with its events (members and institutions stay in the directory), at whatever version. */
    void delete(long tripId);
}
