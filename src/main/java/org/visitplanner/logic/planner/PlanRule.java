package org.visitplanner.logic.planner;

import java.util.Arrays;
import java.util.Optional;

/**
 * The planner's rules: what must hold (hard), that every visit gets a time (medium), and what it prefers (soft, with
 * the weight of one unit of each). Their names and sentences are in the {@code planner} bundle under
 * {@code planner.rule.<id>}; docs/decisions/0022-planning-with-timefold.md explains the weights.
 */
public enum PlanRule {
    MEMBER_IN_TWO_PLACES("memberInTwoPlaces", Level.HARD),
    TRAVEL_TIME("travelTime", Level.HARD),
    OPENING_HOURS("openingHours", Level.HARD),
    TRIP_DAYS("tripDays", Level.HARD),
    ALLOWED_DAYS("allowedDays", Level.HARD),
    ALLOWED_TIMES("allowedTimes", Level.HARD),
    AFTER("after", Level.HARD),
    DAY_LIMITS("dayLimits", Level.HARD),
    EVERY_VISIT_PLACED("everyVisitPlaced", Level.MEDIUM),
    LESS_TRAVEL("lessTravel", Level.SOFT),
    ROOM_FOR_DELAYS("roomForDelays", Level.SOFT),
    LUNCH_BREAK("lunchBreak", Level.SOFT),
    SAME_CAMPUS_SAME_DAY("sameCampus", Level.SOFT),
    PREFERRED_TIMES("preferredTimes", Level.SOFT),
    BALANCED_DAYS("balancedDays", Level.SOFT),
    FEWER_IDLE_GAPS("idleGaps", Level.SOFT);

    /** Whether a rule must hold, counts unplaced visits, or is a preference. */
    public enum Level { HARD, MEDIUM, SOFT }

    /** Soft points per minute of travel of each member. */
    static final int TRAVEL_WEIGHT = 1;
    /** Soft points per minute missing from the margin the checks want for delays on a train or road journey. */
    static final int DELAY_WEIGHT = 5;
    /** Soft points per minute missing from a member's 45-minute lunch break. */
    static final int LUNCH_WEIGHT = 3;
    /** Soft points per extra day spent at the same campus. */
    static final int CAMPUS_WEIGHT = 60;
    /** Soft points per minute outside the hosts' preferred times. */
    static final int PREFERRED_WEIGHT = 2;
    /** A member's busy minutes of a day, squared, divided by this: long days cost more than two half days. */
    static final int BALANCE_DIVISOR = 900;
    /** Soft points per idle minute of a member (beyond a quarter of an hour, and an hour around lunch). */
    static final int IDLE_WEIGHT = 1;

    private final String id;
    private final Level level;

    PlanRule(String id, Level level) {
        this.id = id;
        this.level = level;
    }

    /** The constraint's name for the solver and the key of its texts. */
    public String id() {
        return id;
    }

    public Level level() {
        return level;
    }

    public static Optional<PlanRule> ofId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
