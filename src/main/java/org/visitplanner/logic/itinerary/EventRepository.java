package org.visitplanner.logic.itinerary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Event;

/** Events of trips, with their participants and hosts. */
public interface EventRepository {

    /** A trip's events in start order. */
    List<Event> findByTrip(long tripId);

    Optional<Event> findById(long eventId);

    /** The event with this calendar uid, in whichever trip it is. */
    Optional<Event> findByUid(String uid);

    /**
     * Stores a new event with its participants and hosts and returns it with its id. An event whose id is not 0 is
     * stored under that id (an undone deletion comes back as it was).
     */
    Event insert(Event event);

    /**
     * Replaces an event's fields, participants and hosts, if it is still at {@code event.version()}; returns it with
     * its new version. Its sequence grows by one when its time, place or title changes; a new free location forgets
     * the position of the old one. Throws {@link org.visitplanner.logic.DataProblem} (STALE) when someone changed or
     * deleted it.
     */
    Event update(Event event);

    /**
     * Deletes an event still at {@code version}, and with it everything that belongs to it (participants, hosts,
     * travel legs, its meeting record with notes, outcomes, actions, attendees and attachment rows); else STALE.
     * Returns all it took, so that undo can put it back.
     */
    DeletedRows delete(long eventId, int version);

    /** What {@link #delete} would take with the event, without deleting anything. */
    DeletedRows whatGoesWith(long eventId);

    /** The calendar facts of a trip's events, by event id. */
    Map<Long, CalendarFacts> calendarFacts(long tripId);

    /**
     * Raises the event's sequence to {@code sequence} when it is lower (a calendar program counted changes too) and
     * sets the position of its free location (null: unknown). Changes nothing else, its version included.
     */
    void recordCalendarFacts(long eventId, int sequence, Coordinates position);
}
