package org.visitplanner.logic.itinerary;

import org.visitplanner.model.Coordinates;
import org.visitplanner.model.TravelMode;

/**
 * Offline estimate of door-to-door travel time between two places: the great-circle distance times a detour factor
 * (streets and lines are not straight), at a typical speed for the mode, plus a fixed allowance (walking to the
 * station and waiting, or parking). Calibrated on Île-de-France trips: Palaiseau ↔ central Paris 40–60 min by RER or
 * car, central Paris ↔ Champs-sur-Marne about 40 min by RER, Louis-le-Grand ↔ Henri-IV a 5-minute walk. See
 * docs/decisions/0010-travel-time-and-feasibility-checks.md.
 */
public final class TravelEstimator {

    /** Below this straight-line distance people walk; above it they take public transport. */
    public static final double WALKING_LIMIT_KM = 1.5;

    private static final double EARTH_RADIUS_KM = 6371.0;

    private TravelEstimator() {
    }

    /** The straight-line (great-circle) distance in kilometres. */
    public static double distanceKm(Coordinates a, Coordinates b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The mode people would take for a straight-line distance. */
    public static TravelMode defaultMode(double km) {
        return km < WALKING_LIMIT_KM ? TravelMode.WALK : TravelMode.PUBLIC_TRANSPORT;
    }

    /** Door-to-door minutes for a straight-line distance by {@code mode}, rounded up to a whole minute. */
    public static int minutes(double km, TravelMode mode) {
        Profile profile = Profile.of(mode);
        double hours = km * profile.detour / profile.kmPerHour;
        return (int) Math.ceil(hours * 60 + profile.allowanceMinutes - 1e-9);
    }

    /** Detour factor over the straight line, average speed, and the fixed minutes of access, waiting or parking. */
    private record Profile(double detour, double kmPerHour, double allowanceMinutes) {
        static Profile of(TravelMode mode) {
            return switch (mode) {
                case WALK -> new Profile(1.25, 5.0, 0);
                case PUBLIC_TRANSPORT -> new Profile(1.25, 40.0, 10);
                case CAR -> new Profile(1.35, 35.0, 10);
            };
        }
    }
}
