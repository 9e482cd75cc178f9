package org.visitplanner.logic.itinerary;

import java.util.List;

import org.visitplanner.model.Event;

/** Events of trips, with their participants and hosts. */
public interface EventRepository {

    /** A trip's events in start order. */
    List<Event> findByTrip(long tripId);

    /** Stores a new event with its participants and hosts and returns it with its id. */
    Event insert(Event event);
}
