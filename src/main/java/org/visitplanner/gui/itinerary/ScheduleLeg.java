package org.visitplanner.gui.itinerary;

import java.time.LocalDate;
import java.time.LocalTime;

import org.visitplanner.logic.itinerary.ItineraryProblem;

/**
 * A travel leg drawn in the gap between two events.
 *
 * @param shortText  "Walk 5 min", "Transit 43 min", "Travel time unknown"
 * @param detailText the long form: mode, minutes, distance, who travels, whether it is the user's own time
 * @param severity   the travel problem of this leg, null when none
 */
public record ScheduleLeg(long fromEventId, long toEventId, LocalDate day, LocalTime from, LocalTime to,
                          String shortText, String detailText, boolean unknown,
                          ItineraryProblem.Severity severity) {
}
