package org.visitplanner.logic.documents;

import java.util.Locale;

import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.trip.TimeZones;
import org.visitplanner.model.Event;
import org.visitplanner.model.Trip;

/** Times as documents print them: "09:30–11:00", or with the home time "09:30–11:00 Paris · 16:30–18:00 Shanghai". */
final class TimeLabels {
    private TimeLabels() {
    }

    /**
     * Whether the home office reads other times than the venue: with the same zone (or zones that keep the same
     * clock), "09:30–11:00 Paris · 09:30–11:00 Paris" would say each time twice.
     */
    static boolean homeDiffers(Trip trip) {
        return !trip.homeZone().equals(trip.venueZone())
                && !trip.homeZone().getRules().equals(trip.venueZone().getRules());
    }

    /** The event's venue time range. */
    static String venue(Event event) {
        return Formats.timeRange(event.start().toLocalTime(), event.end().toLocalTime());
    }

    /** The event's times as the trip's home office reads them, e.g. "16:30–18:00 Shanghai" ("上海" in Chinese). */
    static String home(Event event, Trip trip, Locale language) {
        var start = event.zonedStart().withZoneSameInstant(trip.homeZone());
        var end = event.zonedEnd().withZoneSameInstant(trip.homeZone());
        String range = Formats.timeRange(start.toLocalTime(), end.toLocalTime());
        if (!start.toLocalDate().equals(event.day())) {
            range += " (" + Formats.shortDay(language, start.toLocalDate()) + ")";
        }
        return range + " " + TimeZones.homeCity(trip, language);
    }

    /** Venue time with its city, for the two-zone line: "09:30–11:00 Paris". */
    static String venueWithCity(Event event, Trip trip, Locale language) {
        return venue(event) + " " + TimeZones.venueCity(trip, language);
    }
}
