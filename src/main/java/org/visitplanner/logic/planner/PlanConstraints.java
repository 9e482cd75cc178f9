package org.visitplanner.logic.planner;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.collectAndThen;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;

/**
 * The rules of a week, as constraint streams. Hard rules are penalised by the minutes they are broken by (so that
 * the solver can tell "nearly" from "far"); they never count between two pinned events, which are the user's own
 * choice ({@code check} reports those). See {@link PlanRule} for the weights of the preferences.
 */
public final class PlanConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                memberInTwoPlaces(factory),
                travelTime(factory),
                openingHours(factory),
                tripDays(factory),
                allowedDays(factory),
                allowedTimes(factory),
                after(factory),
                dayLimits(factory),
                everyVisitPlaced(factory),
                lessTravel(factory),
                roomForDelays(factory),
                lunchBreak(factory),
                sameCampusSameDay(factory),
                preferredTimes(factory),
                balancedDays(factory),
                fewerIdleGaps(factory)
        };
    }

    // ------------------------------------------------------------------ hard

    /** No member in two places: two items that share someone do not overlap. Penalty: minutes of overlap. */
    Constraint memberInTwoPlaces(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlanItem.class,
                        Joiners.overlapping(PlanItem::startAbsolute, PlanItem::endAbsolute),
                        Joiners.filtering(PlanItem::sharesMemberWith))
                .filter(PlanConstraints::notBothPinned)
                .penalize(HardMediumSoftScore.ONE_HARD, (a, b) -> Minutes.overlap(a.startAbsolute(), a.endAbsolute(),
                        b.startAbsolute(), b.endAbsolute()))
                .asConstraint(PlanRule.MEMBER_IN_TWO_PLACES.id());
    }

    /**
     * Between two items of the same day that share someone and happen at different places, the gap holds the travel
     * time and its margin (as the checks want). Penalty: minutes missing.
     */
    Constraint travelTime(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlanItem.class, Joiners.equal(PlanItem::day),
                        Joiners.filtering(PlanItem::sharesMemberWith))
                .filter(PlanConstraints::notBothPinned)
                .penalize(HardMediumSoftScore.ONE_HARD, PlanConstraints::travelShortfall)
                .asConstraint(PlanRule.TRAVEL_TIME.id());
    }

    /** Minutes missing from the gap between two items for the journey from the first to the second. */
    static int travelShortfall(PlanItem a, PlanItem b) {
        PlanItem first = a.startAbsolute() <= b.startAbsolute() ? a : b;
        PlanItem second = first == a ? b : a;
        int gap = second.startAbsolute() - first.endAbsolute();
        if (gap < 0) {
            return 0; // they overlap: a double booking, counted as such
        }
        int travel = first.travel().between(first, second);
        return travel == 0 ? 0 : Math.max(0, travel + Travel.BUFFER_MINUTES - gap);
    }

    /** Inside one opening span of the institution that day, and not on a closure day. Penalty: minutes outside. */
    Constraint openingHours(ConstraintFactory factory) {
        return movable(factory, PlanItem::outsideOpeningHours, PlanRule.OPENING_HOURS);
    }

    /** On one of the trip's days. */
    Constraint tripDays(ConstraintFactory factory) {
        return movable(factory, PlanItem::outsideTrip, PlanRule.TRIP_DAYS);
    }

    /** On a day the visit may happen ("Tuesday or Wednesday"). */
    Constraint allowedDays(ConstraintFactory factory) {
        return movable(factory, PlanItem::onForbiddenDay, PlanRule.ALLOWED_DAYS);
    }

    /** Not before the visit's earliest start, not after its latest end ("in the morning"). */
    Constraint allowedTimes(ConstraintFactory factory) {
        return movable(factory, PlanItem::outsideAllowedTimes, PlanRule.ALLOWED_TIMES);
    }

    /** Within the hours a planned day may span (08:00–20:00 unless set otherwise). */
    Constraint dayLimits(ConstraintFactory factory) {
        return movable(factory, PlanItem::outsideDayLimits, PlanRule.DAY_LIMITS);
    }

    /** A visit that must come after another starts once that one has ended. Penalty: minutes too early. */
    Constraint after(ConstraintFactory factory) {
        return factory.forEach(PlanItem.class)
                .filter(item -> item.after() != null)
                .join(PlanItem.class, Joiners.equal(PlanItem::after, Function.identity()))
                .filter((later, earlier) -> !(later.pinned() && earlier.pinned()))
                .filter((later, earlier) -> later.startAbsolute() < earlier.endAbsolute())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (later, earlier) -> earlier.endAbsolute() - later.startAbsolute())
                .asConstraint(PlanRule.AFTER.id());
    }

    private static Constraint movable(ConstraintFactory factory, ToIntFunction<PlanItem> minutes,
                                      PlanRule rule) {
        return factory.forEach(PlanItem.class)
                .filter(item -> !item.pinned() && minutes.applyAsInt(item) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, minutes)
                .asConstraint(rule.id());
    }

    private static boolean notBothPinned(PlanItem a, PlanItem b) {
        return !(a.pinned() && b.pinned());
    }

    // ------------------------------------------------------------------ medium

    /** Every visit gets a time; one left without costs a medium point (never a hard rule broken instead). */
    Constraint everyVisitPlaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlanItem.class)
                .filter(item -> !item.placed())
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint(PlanRule.EVERY_VISIT_PLACED.id());
    }

    // ------------------------------------------------------------------ soft

    // The member-day grouping is written once, with the same lambdas each time, so that the solver shares it
    // between the four preferences that read it instead of grouping four times.
    private static final Function<PlanItem, List<Integer>> MEMBERS = PlanItem::memberList;
    private static final Function<List<Integer>, Iterable<Integer>> EACH = members -> members;
    private static final BiFunction<PlanItem, Integer, Integer> MEMBER = (item, member) -> member;
    private static final BiFunction<PlanItem, Integer, Integer> DAY = (item, member) -> item.day();
    private static final BiConstraintCollector<PlanItem, Integer, ?, DaySequence> SEQUENCE =
            collectAndThen(toList((item, member) -> item), DaySequence::new);

    /** Each member's items of each day, in time order. */
    private static TriConstraintStream<Integer, Integer, DaySequence> memberDays(ConstraintFactory factory) {
        return factory.forEach(PlanItem.class).expand(MEMBERS).flattenLast(EACH).groupBy(MEMBER, DAY, SEQUENCE);
    }

    /** Less travel: every member's minutes on the move. */
    Constraint lessTravel(ConstraintFactory factory) {
        return memberDays(factory)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (member, day, items) -> PlanRule.TRAVEL_WEIGHT * items.travelMinutes())
                .asConstraint(PlanRule.LESS_TRAVEL.id());
    }

    /**
     * Room for delays: a journey by train or road gets, beyond its time and buffer, the quarter the checks want
     * (else they call it tight). Penalty: minutes missing, per journey.
     */
    Constraint roomForDelays(ConstraintFactory factory) {
        return factory.forEachUniquePair(PlanItem.class, Joiners.equal(PlanItem::day),
                        Joiners.filtering(PlanItem::sharesMemberWith))
                .filter(PlanConstraints::notBothPinned)
                .penalize(HardMediumSoftScore.ONE_SOFT, (a, b) -> PlanRule.DELAY_WEIGHT * tightShortfall(a, b))
                .asConstraint(PlanRule.ROOM_FOR_DELAYS.id());
    }

    /** Minutes missing from the margin for delays between two items that have time enough for the journey. */
    static int tightShortfall(PlanItem a, PlanItem b) {
        PlanItem first = a.startAbsolute() <= b.startAbsolute() ? a : b;
        PlanItem second = first == a ? b : a;
        int gap = second.startAbsolute() - first.endAbsolute();
        int travel = first.travel().between(first, second);
        int wanted = travel + Travel.BUFFER_MINUTES + first.travel().tightMargin(first, second);
        if (gap < 0 || travel == 0 || gap < travel + Travel.BUFFER_MINUTES) {
            return 0; // overlapping or too short: the hard rules say so
        }
        return Math.max(0, wanted - gap);
    }

    /** A lunch break for everyone: 45 minutes between 11:45 and 14:15, or a meal then. */
    Constraint lunchBreak(ConstraintFactory factory) {
        return memberDays(factory)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (member, day, items) -> PlanRule.LUNCH_WEIGHT * items.lunchShortfall())
                .asConstraint(PlanRule.LUNCH_BREAK.id());
    }

    /** Fewer idle gaps: waiting beyond a quarter of an hour (an hour around lunch). */
    Constraint fewerIdleGaps(ConstraintFactory factory) {
        return memberDays(factory)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (member, day, items) -> PlanRule.IDLE_WEIGHT * items.idleMinutes())
                .asConstraint(PlanRule.FEWER_IDLE_GAPS.id());
    }

    /** Balanced days: each member's busy minutes of a day, squared, so that two half days beat a long and a short. */
    Constraint balancedDays(ConstraintFactory factory) {
        return memberDays(factory)
                .penalize(HardMediumSoftScore.ONE_SOFT, (member, day, items) -> {
                    int busy = items.busyMinutes();
                    return busy * busy / PlanRule.BALANCE_DIVISOR;
                })
                .asConstraint(PlanRule.BALANCED_DAYS.id());
    }

    /** Visits at the same campus (Palaiseau, Saclay) on the same day: each extra day there costs. */
    Constraint sameCampusSameDay(ConstraintFactory factory) {
        return factory.forEach(PlanItem.class)
                .filter(item -> item.campus() >= 0)
                .groupBy(PlanItem::campus, countDistinct(PlanItem::day))
                .filter((campus, days) -> days > 1)
                .penalize(HardMediumSoftScore.ONE_SOFT, (campus, days) -> PlanRule.CAMPUS_WEIGHT * (days - 1))
                .asConstraint(PlanRule.SAME_CAMPUS_SAME_DAY.id());
    }

    /** The hosts' preferred times. Penalty: minutes outside them. */
    Constraint preferredTimes(ConstraintFactory factory) {
        return factory.forEach(PlanItem.class)
                .filter(item -> !item.pinned() && item.outsidePreferredTimes() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        item -> PlanRule.PREFERRED_WEIGHT * item.outsidePreferredTimes())
                .asConstraint(PlanRule.PREFERRED_TIMES.id());
    }
}
