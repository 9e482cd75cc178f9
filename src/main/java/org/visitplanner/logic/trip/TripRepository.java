package org.visitplanner.logic.trip;

import java.util.List;
import java.util.Optional;

import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.model.TripSummary;

/** Trips and who travels on them. */
public interface TripRepository {

    /** All trips, earliest first, with their event counts. */
    List<TripSummary> findAll();

    Optional<Trip> findById(long id);

    /** Trips whose name is exactly {@code name} (case-sensitive, as typed by the user). */
    List<Trip> findByName(String name);

    /** The sample trip, when it is in the database. */
    Optional<Trip> findSample();

    /** Stores a new trip and returns it with its id. */
    Trip insert(Trip trip);

    /** Puts a member on a trip; {@code position} orders the delegation list (head first). */
    void addMember(long tripId, long memberId, int position);

    /**
     * Takes a member off a trip and out of the trip's events (they stay in the directory); returns what went, for
     * undo. Nothing happens when they were not on it.
     */
    DeletedRows removeMember(long tripId, long memberId);

    /** The members on a trip, in delegation order. */
    List<Member> members(long tripId);

    /** Deletes a trip with its events (members and institutions stay in the directory). */
    void delete(long tripId);
}
