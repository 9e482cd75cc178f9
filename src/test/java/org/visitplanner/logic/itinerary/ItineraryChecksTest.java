package org.visitplanner.logic.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.visitplanner.logic.itinerary.Trips.ALBERT;
import static org.visitplanner.logic.itinerary.Trips.ENSTA;
import static org.visitplanner.logic.itinerary.Trips.HENRI_IV;
import static org.visitplanner.logic.itinerary.Trips.LI_NA;
import static org.visitplanner.logic.itinerary.Trips.LOUIS_LE_GRAND;
import static org.visitplanner.logic.itinerary.Trips.MA_WEI;
import static org.visitplanner.logic.itinerary.Trips.MINES;
import static org.visitplanner.logic.itinerary.Trips.MONDAY;
import static org.visitplanner.logic.itinerary.Trips.POLYTECHNIQUE;
import static org.visitplanner.logic.itinerary.Trips.PONTS;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.ItineraryProblem.Kind;
import org.visitplanner.logic.itinerary.ItineraryProblem.Severity;
import org.visitplanner.model.TravelLeg;
import org.visitplanner.model.TravelMode;

class ItineraryChecksTest {

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static List<ItineraryProblem> problems(Trips trips) {
        return trips.itinerary().problems();
    }

    @Test
    void palaiseauThenChampsSurMarneHalfAnHourLaterIsATravelError() {
        List<ItineraryProblem> problems = problems(Trips.week()
                .event("Partnership review", POLYTECHNIQUE, MONDAY, "09:00", "10:30")
                .event("Innovation lab", PONTS, MONDAY, "11:00", "12:00"));

        assertThat(problems).hasSize(1);
        ItineraryProblem travel = problems.get(0);
        assertThat(travel.severity()).isEqualTo(Severity.ERROR);
        assertThat(travel.kind()).isEqualTo(Kind.TRAVEL);
        assertThat(travel.day()).isEqualTo(MONDAY);
        assertThat(travel.eventIds()).containsExactly(1L, 2L);
        assertThat(travel.message()).contains("Polytechnique", "École des Ponts", "30 min", "Ma Wei", "Li Na");
    }

    @Test
    void louisLeGrandThenHenriIvFifteenMinutesLaterIsFine() {
        Itinerary itinerary = Trips.week()
                .event("Descartes Class", LOUIS_LE_GRAND, MONDAY, "10:00", "11:30")
                .event("Descartes Class", HENRI_IV, MONDAY, "11:45", "13:00")
                .itinerary();

        assertThat(itinerary.problems()).isEmpty();
        TravelLeg walk = itinerary.legs().get(0);
        assertThat(walk.mode()).isEqualTo(TravelMode.WALK);
        assertThat(walk.minutes().getAsInt()).isBetween(4, 6);
        assertThat(walk.memberIds()).containsExactly(MA_WEI.id(), LI_NA.id());
    }

    @Test
    void maWeiInTwoOverlappingEventsIsAnOverlapErrorNamingHimAndBothEvents() {
        List<ItineraryProblem> problems = problems(Trips.week()
                .event("Strategic review", MINES, MONDAY, "14:00", "16:00", List.of(MA_WEI.id()))
                .event("Lab tour", MINES, MONDAY, "15:30", "16:30", List.of(MA_WEI.id())));

        assertThat(problems).hasSize(1);
        ItineraryProblem overlap = problems.get(0);
        assertThat(overlap.severity()).isEqualTo(Severity.ERROR);
        assertThat(overlap.kind()).isEqualTo(Kind.OVERLAP);
        assertThat(overlap.memberIds()).containsExactly(MA_WEI.id());
        assertThat(overlap.message()).contains("Ma Wei", "Strategic review", "Lab tour");
    }

    @Test
    void threeEventsInAChainAreStillToldPairByPair() {
        List<ItineraryProblem> problems = problems(Trips.week()
                .event("Strategic review", MINES, MONDAY, "14:00", "15:00", List.of(MA_WEI.id()))
                .event("Lab tour", MINES, MONDAY, "14:30", "15:30", List.of(MA_WEI.id()))
                .event("Coffee", MINES, MONDAY, "15:15", "16:00", List.of(MA_WEI.id())));

        assertThat(problems).extracting(ItineraryProblem::eventIds)
                .containsExactly(List.of(1L, 2L), List.of(2L, 3L));
        assertThat(problems.get(1).message()).contains("“Lab tour” (14:30–15:30) overlaps “Coffee” (15:15–16:00)");
    }

    @Test
    void aCrowdOfOverlappingEventsIsOneProblemNamingHowManyAndWhen() {
        Trips trips = Trips.week();
        for (int i = 0; i < 40; i++) { // 40 events at once for both members: 780 pairs
            trips.event("Session " + i, MINES, MONDAY, "09:00", i % 2 == 0 ? "12:00" : "12:30");
        }
        trips.event("Dinner", MINES, MONDAY, "19:00", "21:00");
        // Another crowd the same afternoon, for one member only, apart from the morning's.
        trips.event("Talk A", MINES, MONDAY, "14:00", "15:00", List.of(LI_NA.id()))
                .event("Talk B", MINES, MONDAY, "14:00", "15:00", List.of(LI_NA.id()))
                .event("Talk C", MINES, MONDAY, "14:30", "15:30", List.of(LI_NA.id()))
                .event("Talk D", MINES, MONDAY, "15:00", "16:00", List.of(LI_NA.id()));

        List<ItineraryProblem> overlaps = problems(trips).stream().filter(p -> p.kind() == Kind.OVERLAP).toList();

        assertThat(overlaps).hasSize(2);
        ItineraryProblem morning = overlaps.get(0);
        assertThat(morning.severity()).isEqualTo(Severity.ERROR);
        assertThat(morning.day()).isEqualTo(MONDAY);
        assertThat(morning.eventIds()).hasSize(40).doesNotContain(41L);
        assertThat(morning.memberIds()).containsExactly(MA_WEI.id(), LI_NA.id());
        assertThat(morning.message()).isEqualTo("Double booking for Ma Wei, Li Na (李娜): 40 events overlap from 09:00 to"
                + " 12:30 (“Session 0” 09:00–12:00, “Session 1” 09:00–12:30, “Session 2” 09:00–12:00 and 37 more).");
        ItineraryProblem afternoon = overlaps.get(1);
        assertThat(afternoon.eventIds()).containsExactly(42L, 43L, 44L, 45L);
        assertThat(afternoon.memberIds()).containsExactly(LI_NA.id());
        assertThat(afternoon.message()).contains("4 events overlap from 14:00 to 16:00", "and 1 more");
    }

    @Test
    void aCrowdIsToldInFrenchAndChinese() {
        Trips trips = Trips.week();
        for (int i = 0; i < 5; i++) {
            trips.event("Séance " + i, MINES, MONDAY, "09:00", "10:00", List.of(MA_WEI.id()));
        }
        Messages.setLocale(Locale.FRENCH);
        assertThat(problems(trips)).filteredOn(p -> p.kind() == Kind.OVERLAP).singleElement()
                .extracting(ItineraryProblem::message).asString()
                .contains("5 événements se chevauchent de 09:00 à 10:00", "et 2 autres");
        Messages.setLocale(Locale.CHINESE);
        assertThat(problems(trips)).filteredOn(p -> p.kind() == Kind.OVERLAP).singleElement()
                .extracting(ItineraryProblem::message).asString()
                .contains("09:00 至 10:00 有 5 个活动时间重叠", "等另外 2 个");
    }

    @Test
    void eventsThatMerelyTouchDoNotOverlapAndDifferentPeopleMayBeBusyAtOnce() {
        assertThat(problems(Trips.week()
                .event("Review", MINES, MONDAY, "14:00", "15:00")
                .event("Lunch debrief", MINES, MONDAY, "15:00", "16:00")
                .event("Side meeting", MINES, MONDAY, "14:00", "15:00", List.of()))).isEmpty();
        assertThat(problems(Trips.week()
                .event("Review", MINES, MONDAY, "14:00", "16:00", List.of(MA_WEI.id()))
                .event("Lab tour", MINES, MONDAY, "14:30", "15:30", List.of(LI_NA.id())))).isEmpty();
    }

    @Test
    void aSundayVisitAtAMondayToFridayInstitutionIsAWarning() {
        List<ItineraryProblem> problems = problems(Trips.week()
                .event("Sunday visit", MINES, MONDAY.minusDays(1), "10:00", "11:00"));

        assertThat(problems).extracting(ItineraryProblem::kind, ItineraryProblem::severity)
                .contains(org.assertj.core.groups.Tuple.tuple(Kind.OPENING_HOURS, Severity.WARNING));
        assertThat(problems).filteredOn(p -> p.kind() == Kind.OPENING_HOURS).first()
                .extracting(ItineraryProblem::message).asString().contains("Mines Paris", "Sunday 7 December");
    }

    @Test
    void anEveningEventAtAnInstitutionIsOutsideItsHours() {
        List<ItineraryProblem> problems = problems(Trips.week()
                .event("Late reception", MINES, MONDAY, "17:30", "19:00"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.OPENING_HOURS);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("17:30–19:00", "08:30–18:00");
        });
    }

    @Test
    void aClosureDayIsAWarningWithItsReason() {
        List<ItineraryProblem> problems = problems(Trips.week()
                .closed(MINES, MONDAY, MONDAY, "Exams")
                .event("Review", MINES, MONDAY, "10:00", "11:00"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.CLOSURE);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).contains("Exams");
        });
    }

    @Test
    void unknownCoordinatesGiveAnUnknownLegAndNoError() {
        Itinerary itinerary = Trips.week()
                .event("First contact", ALBERT, MONDAY, "09:30", "10:30")
                .event("Review", MINES, MONDAY, "10:35", "11:30")
                .itinerary();

        TravelLeg leg = itinerary.legs().get(0);
        assertThat(leg.known()).isFalse();
        assertThat(leg.minutes()).isEmpty();
        assertThat(leg.kilometres()).isNull();
        assertThat(itinerary.problems()).noneMatch(p -> p.severity() == Severity.ERROR);
        assertThat(itinerary.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.TRAVEL_UNKNOWN);
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.message()).contains("Albert School");
        });
    }

    @Test
    void theUsersOwnTravelTimeReplacesTheEstimateAndIsChecked() {
        Itinerary itinerary = Trips.week()
                .event("First contact", ALBERT, MONDAY, "09:30", "10:30")
                .event("Review", MINES, MONDAY, "10:45", "11:30")
                .override(1, 2, TravelMode.CAR, 25)
                .itinerary();

        TravelLeg leg = itinerary.legs().get(0);
        assertThat(leg.overridden()).isTrue();
        assertThat(leg.minutes()).hasValue(25);
        assertThat(itinerary.problems()).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aTightButPossibleConnectionIsAWarning() {
        // Palaiseau to Mines Paris: about 43 min by RER, plus the 10-min margin: 55 min is enough but tight.
        List<ItineraryProblem> problems = problems(Trips.week()
                .event("Review", POLYTECHNIQUE, MONDAY, "09:00", "10:00")
                .event("Review", MINES, MONDAY, "10:55", "12:00"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.TRAVEL);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(problems(Trips.week()
                .event("Review", POLYTECHNIQUE, MONDAY, "09:00", "10:00")
                .event("Review", MINES, MONDAY, "11:30", "12:00"))).isEmpty();
    }

    @Test
    void anEventOutsideTheTripsDaysIsAnError() {
        List<ItineraryProblem> problems = problems(Trips.week()
                .event("Farewell", MINES, MONDAY.plusDays(5), "10:00", "11:00"));
        assertThat(problems).extracting(ItineraryProblem::kind).contains(Kind.OUTSIDE_TRIP);
        assertThat(problems).filteredOn(p -> p.kind() == Kind.OUTSIDE_TRIP).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aMemberBusyMoreThanTwelveHoursGetsAnInformation() {
        List<ItineraryProblem> problems = problems(Trips.week()
                .event("Breakfast", POLYTECHNIQUE, MONDAY, "08:30", "09:30")
                .event("Review", POLYTECHNIQUE, MONDAY, "10:00", "17:30")
                .eventAt("Dinner", "Restaurant, Palaiseau", MONDAY, "19:00", "21:00"));
        assertThat(problems).filteredOn(p -> p.kind() == Kind.LONG_DAY).hasSize(2)
                .allSatisfy(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.INFO);
                    assertThat(p.message()).contains("12 h 30 min");
                });
    }

    @Test
    void legsLinkEachMembersConsecutiveEventsAtDifferentPlacesOnTheSameDay() {
        Itinerary itinerary = Trips.week()
                .event("Review", POLYTECHNIQUE, MONDAY, "09:00", "10:00")
                .event("Review", ENSTA, MONDAY, "10:30", "11:30", List.of(MA_WEI.id()))
                .event("Lunch", POLYTECHNIQUE, MONDAY, "12:00", "13:00")
                .event("Review", MINES, MONDAY.plusDays(1), "09:00", "10:00")
                .itinerary();

        assertThat(itinerary.legs()).extracting(TravelLeg::fromEventId, TravelLeg::toEventId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 2L), org.assertj.core.groups.Tuple.tuple(2L, 3L));
        assertThat(itinerary.legsOf(LI_NA.id())).isEmpty(); // she stays at Polytechnique
        assertThat(itinerary.legsOf(MA_WEI.id())).hasSize(2);
    }
}
