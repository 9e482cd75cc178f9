package org.visitplanner.logic.itinerary;

import java.time.Instant;

import org.visitplanner.model.Coordinates;

/**
 * What calendar files carry of an event beyond its own fields.
 *
 * @param sequence     how many times its time, place or title changed (iCalendar SEQUENCE): a calendar that received
 *                     an earlier file takes a higher number as a change
 * @param lastModified when the event was last changed
 * @param position     the map position of its free location, from a calendar file's GEO; null when unknown (an event
 *                     at an institution has the institution's)
 */
public record CalendarFacts(int sequence, Instant lastModified, Coordinates position) {
}
