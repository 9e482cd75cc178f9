package org.visitplanner.logic.planner;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.visitplanner.model.EventKind;

/**
 * A week the planner proposes, with its explanation: what it places (visits, and events it moves when re-planning),
 * what it could not place and why, how it scores, what each preference costs and how much travel it takes.
 *
 * @param placements   in time order
 * @param hard         0 when every rule holds; negative: minutes by which rules are broken
 * @param soft         the preferences' cost (negative)
 * @param costs        one line per preference
 * @param travelMinutes       minutes of the journeys of the proposed week (each journey once, known times only)
 * @param currentTravelMinutes the same for the week as it is now
 * @param firstComeTravelMinutes the same for the week the planner started from: each visit in turn at its earliest
 *                     free time ({@link EarliestFit}), which placed {@code firstComePlaced} items
 * @param settled      false when the time ran out (or planning was stopped) before the search settled
 */
public record Proposal(long tripId, PlanningProblem.Mode mode, List<Placement> placements, List<Unplaced> unplaced,
                       int hard, int medium, int soft, List<RuleCost> costs, int travelMinutes,
                       int currentTravelMinutes, int firstComeTravelMinutes, int firstComePlaced, boolean settled) {

    public Proposal {
        placements = List.copyOf(placements);
        unplaced = List.copyOf(unplaced);
        costs = List.copyOf(costs);
    }

    /**
     * One item with its time in the proposal (venue time of the trip).
     *
     * @param key       "visit:12" or "event:34"
     * @param place     the institution's official name, else the free location, else ""
     * @param previous  where an event was before (empty for a visit)
     * @param memberIds who takes part
     */
    public record Placement(String key, Long visitId, Long eventId, String title, EventKind kind, Long institutionId,
                            String place, LocalDateTime start, LocalDateTime end, Optional<LocalDateTime> previous,
                            List<Long> memberIds) {
        public Placement {
            memberIds = List.copyOf(memberIds);
        }

        public LocalDate day() {
            return start.toLocalDate();
        }

        public LocalTime startTime() {
            return start.toLocalTime();
        }

        public LocalTime endTime() {
            return end.toLocalTime();
        }

        /** An event that the proposal moves (re-planning). */
        public boolean moves() {
            return eventId != null;
        }
    }

    /** A visit (or an event, when re-planning) left without a time, and why in words. */
    public record Unplaced(String key, Long visitId, Long eventId, String title, String place, String reason) {
    }

    /** What one preference costs: its points and, in words, what in the week causes them. */
    public record RuleCost(PlanRule rule, int points, String detail) {
    }

    /** Every hard rule holds for what the planner placed. */
    public boolean feasible() {
        return hard == 0;
    }

    /** Travel minutes saved against the week as it is now (negative when the new visits add journeys). */
    public int travelSaved() {
        return currentTravelMinutes - travelMinutes;
    }

    /**
     * Travel minutes saved against placing each visit in turn at its earliest free time; empty when that placed
     * fewer items (fewer journeys are no saving).
     */
    public OptionalInt travelSavedAgainstFirstCome() {
        return firstComePlaced <= placements.size() ? OptionalInt.of(firstComeTravelMinutes - travelMinutes)
                : OptionalInt.empty();
    }

    /** Whether accepting it would change anything. */
    public boolean changesSomething() {
        return !placements.isEmpty();
    }
}
