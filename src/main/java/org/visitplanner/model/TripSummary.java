package org.visitplanner.model;

/** A trip with the number of its events, as listed in trip pickers and by the {@code trips} command. */
public record TripSummary(Trip trip, int eventCount) {
}
