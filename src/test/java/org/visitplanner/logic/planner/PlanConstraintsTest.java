package org.visitplanner.logic.planner;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Map;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;
import org.visitplanner.model.TravelMode;

/**
 * Each rule of the planner on its own, with Timefold's {@link ConstraintVerifier}: a week of five days from Monday
 * 8 December 2025, days from 08:00 to 20:00, three places (0 and 1 twenty minutes apart by public transport, 2 on
 * foot from 0, 3 without a map position).
 */
class PlanConstraintsTest {

    private static final PlanDays DAYS = new PlanDays(LocalDate.of(2025, 12, 8), 5, 8 * 60, 20 * 60);
    private static final int[][] MINUTES = {{0, 20, 6, -1}, {20, 0, 25, -1}, {6, 25, 0, -1}, {-1, -1, -1, 0}};
    private static final int[][] MARGINS = {{0, 5, 0, 0}, {5, 0, 7, 0}, {0, 7, 0, 0}, {0, 0, 0, 0}};
    private static final Travel TRAVEL = new Travel(MINUTES, MARGINS, Map.of());
    /** Monday to Friday, 09:00–12:00 and 13:00–17:00. */
    private static final int[][] OFFICE_HOURS = {{540, 720, 780, 1020}, {540, 720, 780, 1020},
            {540, 720, 780, 1020}, {540, 720, 780, 1020}, {540, 720, 780, 1020}};

    private final ConstraintVerifier<PlanConstraints, WeekPlan> verifier =
            ConstraintVerifier.build(new PlanConstraints(), WeekPlan.class, PlanItem.class);

    private static int counter;

    /** An item at {@code place} for {@code members}, {@code minutes} long, on {@code day} at {@code start} (h:mm). */
    private static PlanItem at(int day, String start, int minutes, int place, int... members) {
        return item(minutes, place, false, null, -1, -1, -1, -1, null, members).on(day, start);
    }

    private static Built item(int minutes, int place, boolean meal, boolean[] allowedDays, int earliest, int latest,
                              int preferredFrom, int preferredTo, int[][] opening, int... members) {
        BitSet who = new BitSet();
        for (int m : members) {
            who.set(m);
        }
        PlanItem item = new PlanItem("visit:" + (++counter), "Visit " + counter, (long) counter, null, minutes, who,
                place, place == 3 ? -1 : place == 1 ? 1 : 0, meal, allowedDays, earliest, latest, preferredFrom,
                preferredTo, opening, DAYS, TRAVEL);
        return new Built(item);
    }

    private record Built(PlanItem item) {
        PlanItem on(int day, String start) {
            String[] hm = start.split(":");
            item.setSlot(new Slot(day, Integer.parseInt(hm[0]) * 60 + Integer.parseInt(hm[1])));
            return item;
        }
    }

    private static PlanItem pinned(PlanItem item) {
        item.setPinned(true);
        return item;
    }

    // ------------------------------------------------------------------ hard

    @Test
    void aMemberInTwoOverlappingVisitsCostsTheMinutesOfOverlap() {
        verifier.verifyThat(PlanConstraints::memberInTwoPlaces)
                .given(at(0, "9:00", 90, 0, 1, 2), at(0, "10:00", 60, 1, 2))
                .penalizesBy(30);
    }

    @Test
    void overlappingVisitsOfDifferentMembersAreFine() {
        verifier.verifyThat(PlanConstraints::memberInTwoPlaces)
                .given(at(0, "9:00", 90, 0, 1), at(0, "10:00", 60, 1, 2))
                .penalizesBy(0);
    }

    @Test
    void twoPinnedEventsThatOverlapAreTheUsersOwnChoice() {
        verifier.verifyThat(PlanConstraints::memberInTwoPlaces)
                .given(pinned(at(0, "9:00", 90, 0, 1)), pinned(at(0, "10:00", 60, 1, 1)))
                .penalizesBy(0);
    }

    @Test
    void aGapShorterThanTheJourneyAndItsMarginCostsTheMinutesMissing() {
        // 20 min of travel and a 10-min buffer need 30 min; 10:30 → 10:45 leaves 15.
        verifier.verifyThat(PlanConstraints::travelTime)
                .given(at(0, "9:00", 90, 0, 1), at(0, "10:45", 60, 1, 1))
                .penalizesBy(15);
    }

    @Test
    void enoughTimeToTravelOrTheSamePlaceOrNoOneInCommonCostsNothing() {
        verifier.verifyThat(PlanConstraints::travelTime)
                .given(at(0, "9:00", 90, 0, 1), at(0, "11:00", 60, 1, 1),
                        at(1, "9:00", 60, 0, 1), at(1, "10:00", 60, 0, 1),
                        at(2, "9:00", 60, 0, 1), at(2, "10:05", 60, 1, 2))
                .penalizesBy(0);
    }

    @Test
    void aPlaceWithoutAMapPositionIsAssumedFortyFiveMinutesAway() {
        verifier.verifyThat(PlanConstraints::travelTime)
                .given(at(0, "9:00", 60, 0, 1), at(0, "10:30", 60, 3, 1))
                .penalizesBy(Travel.UNKNOWN_MINUTES + Travel.BUFFER_MINUTES - 30);
    }

    @Test
    void theUsersOwnTravelTimeBetweenTwoEventsWinsOverTheEstimate() {
        BitSet one = new BitSet();
        one.set(1);
        Travel own = new Travel(MINUTES, MARGINS, Map.of(new Travel.Leg(10, 11), new int[] {50, 13}));
        PlanItem from = new PlanItem("event:10", "Meeting", null, 10L, 60, one, 0, 0, false, null, -1, -1, -1, -1,
                null, DAYS, own);
        PlanItem to = new PlanItem("event:11", "Lab", null, 11L, 60, one, 1, 1, false, null, -1, -1, -1, -1, null,
                DAYS, own);
        from.setSlot(new Slot(0, 9 * 60));
        to.setSlot(new Slot(0, 10 * 60 + 30));
        verifier.verifyThat(PlanConstraints::travelTime).given(from, to).penalizesBy(50 + 10 - 30);
    }

    @Test
    void aVisitOutsideOneOpeningSpanCostsTheMinutesOutside() {
        // 11:30–12:30 at a place open 09:00–12:00 and 13:00–17:00: 30 minutes outside.
        PlanItem lunchTime = item(60, 0, false, null, -1, -1, -1, -1, OFFICE_HOURS, 1).on(0, "11:30");
        PlanItem inside = item(60, 0, false, null, -1, -1, -1, -1, OFFICE_HOURS, 1).on(1, "13:00");
        verifier.verifyThat(PlanConstraints::openingHours).given(lunchTime, inside).penalizesBy(30);
    }

    @Test
    void aVisitOnAClosedDayCostsAllOfItAndUnknownHoursCostNothing() {
        int[][] closedWednesday = OFFICE_HOURS.clone();
        closedWednesday[2] = new int[0];
        PlanItem closed = item(90, 0, false, null, -1, -1, -1, -1, closedWednesday, 1).on(2, "10:00");
        PlanItem unknownHours = item(90, 1, false, null, -1, -1, -1, -1, null, 1).on(2, "19:00");
        verifier.verifyThat(PlanConstraints::openingHours).given(closed, unknownHours).penalizesBy(90);
    }

    @Test
    void aVisitOutsideTheTripsDaysCostsAllOfIt() {
        verifier.verifyThat(PlanConstraints::tripDays)
                .given(at(5, "10:00", 60, 0, 1), at(4, "10:00", 60, 0, 1), pinned(at(-1, "10:00", 60, 0, 1)))
                .penalizesBy(60);
    }

    @Test
    void aVisitOnADayItMayNotHappenOnCostsAllOfIt() {
        boolean[] tuesdayOrWednesday = {false, true, true, false, false};
        PlanItem monday = item(75, 0, false, tuesdayOrWednesday, -1, -1, -1, -1, null, 1).on(0, "10:00");
        PlanItem tuesday = item(75, 0, false, tuesdayOrWednesday, -1, -1, -1, -1, null, 1).on(1, "10:00");
        verifier.verifyThat(PlanConstraints::allowedDays).given(monday, tuesday).penalizesBy(75);
    }

    @Test
    void aMorningVisitCostsTheMinutesBeforeItsEarliestStartAndAfterItsLatestEnd() {
        // Between 09:00 and 12:00: 08:30–10:00 is 30 early, 11:30–12:30 is 30 late.
        PlanItem early = item(90, 0, false, null, 540, 720, -1, -1, null, 1).on(0, "8:30");
        PlanItem late = item(60, 0, false, null, 540, 720, -1, -1, null, 1).on(1, "11:30");
        PlanItem fine = item(60, 0, false, null, 540, 720, -1, -1, null, 1).on(2, "10:00");
        verifier.verifyThat(PlanConstraints::allowedTimes).given(early, late, fine).penalizesBy(60);
    }

    @Test
    void aDayLongerThanItsLimitsCostsTheMinutesOutside() {
        verifier.verifyThat(PlanConstraints::dayLimits)
                .given(at(0, "7:30", 60, 0, 1), at(1, "19:30", 60, 0, 1), at(2, "8:00", 720, 0, 2))
                .penalizesBy(30 + 30);
    }

    @Test
    void aVisitThatMustComeAfterAnotherCostsTheMinutesItStartsTooEarly() {
        PlanItem meeting = at(1, "10:00", 120, 0, 1);
        PlanItem labTour = at(1, "11:30", 60, 0, 1);
        labTour.setAfter(meeting);
        PlanItem debrief = at(3, "9:00", 60, 0, 1);
        debrief.setAfter(meeting);
        verifier.verifyThat(PlanConstraints::after).given(meeting, labTour, debrief).penalizesBy(30);
    }

    @Test
    void anUnplacedVisitCostsAMediumPointAndAPlacedOneNothing() {
        PlanItem unplaced = item(60, 0, false, null, -1, -1, -1, -1, null, 1).item();
        verifier.verifyThat(PlanConstraints::everyVisitPlaced)
                .given(unplaced, at(0, "9:00", 60, 0, 1))
                .penalizesBy(1);
    }

    // ------------------------------------------------------------------ soft

    @Test
    void travelCountsEachMembersJourneysBetweenConsecutivePlaces() {
        // Member 1: place 0 → 1 → 0 (20 + 20); member 2: place 1 only; a meal without a place is passed through.
        PlanItem meal = item(45, -1, true, null, -1, -1, -1, -1, null, 1).on(0, "12:00");
        verifier.verifyThat(PlanConstraints::lessTravel)
                .given(at(0, "9:00", 60, 0, 1), at(0, "10:30", 60, 1, 1, 2), meal, at(0, "14:00", 60, 0, 1))
                .penalizesBy(PlanRule.TRAVEL_WEIGHT * 40);
    }

    @Test
    void aConnectionWithoutItsMarginForDelaysCostsTheMinutesMissing() {
        // 20 min by public transport: 30 with the buffer, 35 with the margin; a 32-minute gap misses 3.
        verifier.verifyThat(PlanConstraints::roomForDelays)
                .given(at(0, "9:00", 60, 0, 1), at(0, "10:32", 60, 1, 1), at(1, "9:00", 60, 0, 1),
                        at(1, "10:06", 60, 2, 1))
                .penalizesBy(PlanRule.DELAY_WEIGHT * 3);
    }

    @Test
    void aDayWithoutAFortyFiveMinuteBreakAroundNoonCostsTheMinutesMissing() {
        // 09:00–12:15 then 12:45–17:00: the longest free stretch in 11:45–14:15 is 30 minutes.
        verifier.verifyThat(PlanConstraints::lunchBreak)
                .given(at(0, "9:00", 195, 0, 1), at(0, "12:45", 255, 0, 1))
                .penalizesBy(PlanRule.LUNCH_WEIGHT * 15);
    }

    @Test
    void aMealAroundNoonIsTheLunchBreakAndASecondOneIsTooMany() {
        PlanItem lunch = item(75, 0, true, null, -1, -1, -1, -1, null, 1).on(0, "12:00");
        PlanItem secondLunch = item(60, 0, true, null, -1, -1, -1, -1, null, 2).on(1, "12:00");
        PlanItem thirdLunch = item(60, 0, true, null, -1, -1, -1, -1, null, 2).on(1, "13:00");
        verifier.verifyThat(PlanConstraints::lunchBreak)
                .given(at(0, "9:00", 180, 0, 1), lunch, at(0, "13:15", 180, 0, 1), secondLunch, thirdLunch)
                .penalizesBy(PlanRule.LUNCH_WEIGHT * PlanDays.LUNCH_MINUTES);
    }

    @Test
    void visitsAtOneCampusOnSeveralDaysCostPerExtraDay() {
        // Places 0 and 2 are one campus: Monday, Tuesday and Wednesday make two extra days; place 1 one day only.
        verifier.verifyThat(PlanConstraints::sameCampusSameDay)
                .given(at(0, "9:00", 60, 0, 1), at(1, "9:00", 60, 2, 1), at(2, "9:00", 60, 0, 2),
                        at(0, "14:00", 60, 1, 1), at(0, "16:00", 60, 1, 1))
                .penalizesBy(PlanRule.CAMPUS_WEIGHT * 2);
    }

    @Test
    void minutesOutsideTheHostsPreferredTimesCost() {
        PlanItem afternoon = item(60, 0, false, null, -1, -1, 600, 720, null, 1).on(0, "14:00");
        PlanItem halfOut = item(60, 0, false, null, -1, -1, 600, 720, null, 1).on(1, "11:30");
        PlanItem inside = item(60, 0, false, null, -1, -1, 600, 720, null, 1).on(2, "10:30");
        verifier.verifyThat(PlanConstraints::preferredTimes)
                .given(afternoon, halfOut, inside)
                .penalizesBy(PlanRule.PREFERRED_WEIGHT * (60 + 30));
    }

    @Test
    void aLongDayCostsMoreThanTwoHalfDays() {
        int longDay = 360 * 360 / PlanRule.BALANCE_DIVISOR;
        verifier.verifyThat(PlanConstraints::balancedDays)
                .given(at(0, "9:00", 180, 0, 1), at(0, "13:00", 180, 0, 1))
                .penalizesBy(longDay);
        verifier.verifyThat(PlanConstraints::balancedDays)
                .given(at(0, "9:00", 180, 0, 1), at(1, "13:00", 180, 0, 1))
                .penalizesBy(2 * (180 * 180 / PlanRule.BALANCE_DIVISOR));
    }

    @Test
    void waitingBeyondAQuarterOfAnHourCostsButTheLunchHourIsFree() {
        // 09:00–10:00 then 11:00 at the same place: 60 min of slack, 45 of them idle. Around noon 12:00 → 14:00:
        // 120 min of slack, minus 15 and the lunch hour: 45.
        verifier.verifyThat(PlanConstraints::fewerIdleGaps)
                .given(at(0, "9:00", 60, 0, 1), at(0, "11:00", 60, 0, 1), at(0, "14:00", 60, 0, 1))
                .penalizesBy(PlanRule.IDLE_WEIGHT * (45 + 45));
    }

    @Test
    void theMarginForDelaysIsAQuarterOfATrainOrRoadJourneyAndNoneOnFoot() {
        org.assertj.core.api.Assertions.assertThat(Travel.margin(43, TravelMode.PUBLIC_TRANSPORT)).isEqualTo(11);
        org.assertj.core.api.Assertions.assertThat(Travel.margin(20, TravelMode.WALK)).isZero();
    }
}
