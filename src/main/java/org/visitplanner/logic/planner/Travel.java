package org.visitplanner.logic.planner;

import java.util.Map;

import org.visitplanner.logic.itinerary.ItineraryChecks;
import org.visitplanner.model.TravelMode;

/**
 * Door-to-door minutes between the places of a plan, worked out once per pair of places (the itinerary's estimator,
 * docs/decisions/0010-travel-time-and-feasibility-checks.md), with the user's own times between two existing events
 * taking precedence, as they do for the legs the week shows.
 */
public final class Travel {

    /** The margin the checks want on top of the travel time. */
    public static final int BUFFER_MINUTES = ItineraryChecks.Rules.DEFAULT
            .bufferMinutes();
    /**
     * Assumed for a place without a map position (the checks say "time unknown"): about the longest journey within
     * the Paris area by public transport (Palaiseau to the centre: 43 min), so that the plan leaves room for it.
     */
    public static final int UNKNOWN_MINUTES = 45;

    private final int[][] minutes;
    private final int[][] margins;
    private final Map<Leg, int[]> overrides;

    /** The journey from one event to another. */
    public record Leg(long fromEventId, long toEventId) {
    }

    /**
     * @param minutes   by place index, from and to; a negative value when unknown
     * @param margins   by place index, the minutes beyond travel and buffer below which the checks call a connection
     *                  tight (a quarter of the journey by public transport or car; none on foot)
     * @param overrides the user's minutes and margin between two events
     */
    public Travel(int[][] minutes, int[][] margins, Map<Leg, int[]> overrides) {
        this.minutes = minutes;
        this.margins = margins;
        this.overrides = Map.copyOf(overrides);
    }

    /** No places, no overrides (plans whose items have no place). */
    public static Travel none() {
        return new Travel(new int[0][0], new int[0][0], Map.of());
    }

    /** The margin for delays the checks want on a journey by public transport or car (a quarter of it). */
    static int margin(int minutes, TravelMode mode) {
        return mode == TravelMode.WALK ? 0 : (int) Math.ceil(minutes
                * ItineraryChecks.Rules.DEFAULT.tightShare());
    }

    /**
     * Minutes beyond the travel time and its buffer below which the checks would call the connection tight: none
     * on foot, without a place, or when the time is not known.
     */
    int tightMargin(PlanItem from, PlanItem to) {
        if (from.place() < 0 || to.place() < 0 || from.place() == to.place()) {
            return 0;
        }
        if (from.eventId() != null && to.eventId() != null) {
            int[] own = overrides.get(new Leg(from.eventId(), to.eventId()));
            if (own != null) {
                return own[1];
            }
        }
        return minutes[from.place()][to.place()] < 0 ? 0 : margins[from.place()][to.place()];
    }

    /**
     * Minutes to get from {@code from} to {@code to}: none when either has no place (a meal near the day's venues)
     * or they are at the same place.
     */
    int between(PlanItem from, PlanItem to) {
        if (from.place() < 0 || to.place() < 0 || from.place() == to.place()) {
            return 0;
        }
        if (from.eventId() != null && to.eventId() != null) {
            int[] own = overrides.get(new Leg(from.eventId(), to.eventId()));
            if (own != null) {
                return own[0];
            }
        }
        int estimate = minutes[from.place()][to.place()];
        return estimate < 0 ? UNKNOWN_MINUTES : estimate;
    }

    /** Whether the estimate between two places is known (both have a map position). */
    boolean known(int fromPlace, int toPlace) {
        return fromPlace < 0 || toPlace < 0 || fromPlace == toPlace || minutes[fromPlace][toPlace] >= 0;
    }
}
