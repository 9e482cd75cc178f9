package org.visitplanner.logic.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.db.DatabaseDump;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.logic.itinerary.ItineraryProblem;
import org.visitplanner.model.AllowedDays;
import org.visitplanner.model.Closure;
import org.visitplanner.model.DayLimits;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Trip;
import org.visitplanner.model.VisitToPlace;
import org.visitplanner.support.SampleVisits;
import org.visitplanner.support.TestServices;

/** Plan for me on real data: the sample's visits planned, explained, applied and undone. */
class PlannerServiceTest {

    private Services services;

    @BeforeEach
    void data() {
        Messages.setLocale(Locale.ENGLISH);
        services = TestServices.empty();
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** A small budget of moves, so that a run ends by itself in a test. */
    private static Planner quickPlanner(long seed) {
        return new Planner(seed, 2_000, 500);
    }

    private Proposal plan(Trip trip, PlanningProblem.Mode mode, long seed) {
        PlanningProblem problem = services.planner().problem(trip.id(), mode).orElseThrow();
        Planner.Run run = quickPlanner(seed).run(problem, Duration.ofMinutes(5));
        return run.proposal(run.solve(week -> { }));
    }

    private Itinerary itinerary(Trip trip) {
        return services.itinerary().load(trip.id()).orElseThrow();
    }

    @Test
    void theSamplesVisitsGetAWeekThatTheChecksFindNoErrorIn() {
        Trip trip = SampleVisits.loadInto(services);
        PlanningProblem problem = services.planner().problem(trip.id(), PlanningProblem.Mode.PLACE_VISITS)
                .orElseThrow();
        Proposal proposal = plan(trip, PlanningProblem.Mode.PLACE_VISITS, 0);

        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.unplaced()).isEmpty();
        assertThat(proposal.placements()).hasSize(18);
        assertThat(proposal.costs()).extracting(Proposal.RuleCost::rule).contains(PlanRule.LESS_TRAVEL,
                PlanRule.LUNCH_BREAK, PlanRule.BALANCED_DAYS);
        Proposal.Placement labTour = proposal.placements().stream()
                .filter(p -> p.title().equals("Materials laboratory visit")).findFirst().orElseThrow();
        Proposal.Placement meeting = proposal.placements().stream()
                .filter(p -> p.title().startsWith("Dual-degree agreement")).findFirst().orElseThrow();
        assertThat(labTour.start()).isAfterOrEqualTo(meeting.end());

        PlanEdit edit = services.planner().accept(problem, proposal);
        edit.apply();
        Itinerary planned = itinerary(trip);
        assertThat(planned.events()).hasSize(18);
        assertThat(planned.problems()).extracting(ItineraryProblem::severity)
                .doesNotContain(ItineraryProblem.Severity.ERROR);
        for (Event e : planned.events()) {
            assertThat(e.start().toLocalTime()).isAfterOrEqualTo(LocalTime.of(8, 0));
            assertThat(e.end().toLocalTime()).isBeforeOrEqualTo(LocalTime.of(20, 0));
            assertThat(trip.includes(e.start().toLocalDate())).isTrue();
        }
        assertThat(services.planner().visits(trip.id())).allMatch(v -> v.eventId() != null);
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        Trip trip = SampleVisits.loadInto(services);
        Proposal first = plan(trip, PlanningProblem.Mode.PLACE_VISITS, 7);
        Proposal second = plan(trip, PlanningProblem.Mode.PLACE_VISITS, 7);
        assertThat(first.settled()).isTrue();
        assertThat(second.placements()).isEqualTo(first.placements());
        assertThat(second.soft()).isEqualTo(first.soft());
    }

    @Test
    void acceptingIsOneStepThatUndoesAndRedoesWithTheSameIds() {
        Trip trip = SampleVisits.loadInto(services);
        String before = DatabaseDump.text(services.database());
        PlanningProblem problem = services.planner().problem(trip.id(), PlanningProblem.Mode.PLACE_VISITS)
                .orElseThrow();
        Planner.Run run = quickPlanner(0).run(problem, Duration.ofMinutes(5));
        PlanEdit edit = services.planner().accept(problem, run.proposal(run.solve(week -> { })));

        edit.apply();
        List<Long> ids = itinerary(trip).events().stream().map(Event::id).sorted().toList();
        String after = DatabaseDump.text(services.database());
        edit.revert();
        assertThat(itinerary(trip).events()).isEmpty();
        assertThat(services.planner().visits(trip.id())).allMatch(VisitToPlace::toPlace);
        edit.apply();
        assertThat(itinerary(trip).events().stream().map(Event::id).sorted().toList()).isEqualTo(ids);
        assertThat(edit.label()).isEqualTo("plan for me (18 new events, none moved)");
        assertThat(before).isNotEqualTo(after);
    }

    @Test
    void aVisitChangedWhilePlanningMakesTheAcceptStaleAndChangesNothing() {
        Trip trip = SampleVisits.loadInto(services);
        PlanningProblem problem = services.planner().problem(trip.id(), PlanningProblem.Mode.PLACE_VISITS)
                .orElseThrow();
        Planner.Run run = quickPlanner(0).run(problem, Duration.ofMinutes(5));
        PlanEdit edit = services.planner().accept(problem, run.proposal(run.solve(week -> { })));
        VisitToPlace last = services.planner().visits(trip.id()).get(17);
        services.planner().changeVisit(last, withMinutes(last, 30)).apply();
        String before = DatabaseDump.text(services.database());

        assertThatThrownBy(edit::apply).isInstanceOfSatisfying(DataProblem.class,
                problem2 -> assertThat(problem2.kind()).isEqualTo(DataProblem.Kind.STALE));
        assertThat(DatabaseDump.text(services.database())).isEqualTo(before);
    }

    @Test
    void aVisitThatCannotBePlacedIsExplainedDayByDay() {
        Trip trip = SampleVisits.loadInto(services);
        Institution albert = services.institutions().findAll().stream()
                .filter(i -> i.officialName().equals("Albert School")).findFirst().orElseThrow();
        services.institutions().insertClosure(new Closure(0, albert.id(), trip.firstDay().plusDays(1),
                trip.firstDay().plusDays(1), "Open day"));
        // Friday afternoon (Albert closes at 18:00 and opens at 09:00: 5 hours do not fit after 14:00) or Tuesday.
        VisitToPlace afternoon = new VisitToPlace(0, trip.id(), albert.id(), null, EventKind.MEETING,
                "Programme presentation", 300, new AllowedDays(Set.of(), EnumSet.of(DayOfWeek.TUESDAY,
                DayOfWeek.FRIDAY)), LocalTime.of(14, 0), null, null, null, null, null, null, List.of(), 0);
        services.planner().addVisit(afternoon).apply();

        Proposal proposal = plan(trip, PlanningProblem.Mode.PLACE_VISITS, 0);
        assertThat(proposal.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.title()).isEqualTo("Programme presentation");
            assertThat(u.place()).isEqualTo("Albert School");
            assertThat(u.reason()).isEqualTo("closed on Tuesday (Open day); open too briefly on Friday for 5 h");
        });
        assertThat(proposal.feasible()).isTrue();

        Messages.setLocale(Locale.FRENCH);
        Proposal french = plan(trip, PlanningProblem.Mode.PLACE_VISITS, 0);
        assertThat(french.unplaced().get(0).reason())
                .isEqualTo("fermé mardi (Open day) ; ouvert trop peu de temps vendredi pour 5 h");
    }

    @Test
    void aDayThatIsFullForSomeoneIsSaidSo() {
        Trip trip = SampleVisits.loadInto(services);
        PlanningProblem problem = services.planner().problem(trip.id(), PlanningProblem.Mode.PLACE_VISITS)
                .orElseThrow();
        services.planner().accept(problem, plan(trip, PlanningProblem.Mode.PLACE_VISITS, 0)).apply();
        long chen = services.trips().members(trip.id()).stream().filter(m -> m.nameLatin().equals("Chen Hao"))
                .findFirst().orElseThrow().id();
        // Chen Hao is busy from 08:00 to 20:00 on Wednesday; a visit only he attends, Wednesday only.
        services.events().insert(new Event(0, trip.id(), "busy@test", EventKind.OTHER, "Busy", LocalDateTime.of(
                trip.firstDay().plusDays(2), LocalTime.of(8, 0)), LocalDateTime.of(trip.firstDay().plusDays(2),
                LocalTime.of(20, 0)), trip.venueZone(), null, "Embassy", org.visitplanner.model.EventStatus.PLANNED,
                null, List.of(chen), List.of(), 0));
        services.planner().addVisit(new VisitToPlace(0, trip.id(), null, "Consulate", EventKind.MEETING, "Visa",
                30, new AllowedDays(Set.of(), EnumSet.of(DayOfWeek.WEDNESDAY)), null, null, null, null, null, null,
                null, List.of(chen), 0)).apply();

        Proposal proposal = plan(trip, PlanningProblem.Mode.PLACE_VISITS, 0);
        assertThat(proposal.unplaced()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo("Wednesday is full for Chen Hao (陈浩)"));
    }

    @Test
    void replanningMovesOnlyWhatIsNotPinnedAndKeepsThePinnedWhereTheyAre() {
        Trip trip = SampleVisits.loadInto(services, java.time.LocalDate.of(2030, 12, 9)); // not past

        PlanningProblem problem = services.planner().problem(trip.id(), PlanningProblem.Mode.PLACE_VISITS)
                .orElseThrow();
        services.planner().accept(problem, plan(trip, PlanningProblem.Mode.PLACE_VISITS, 0)).apply();
        List<Event> events = itinerary(trip).events();
        Event keep = events.get(0);
        services.planner().pin(trip.id(), keep, true).apply();
        assertThat(services.planner().pinned(trip.id(), keep)).isTrue();
        assertThat(services.planner().pinned(trip.id(), events.get(1))).isFalse();

        Proposal replanned = plan(trip, PlanningProblem.Mode.REPLAN_THE_REST, 3);
        assertThat(replanned.placements()).allMatch(Proposal.Placement::moves);
        assertThat(replanned.placements()).noneMatch(p -> p.eventId() == keep.id());
        assertThat(replanned.feasible()).isTrue();

        // Past events and those with a meeting record are pinned by default: the sample's are all in the past.
        Trip sample = services.trips().findSample().orElseThrow();
        Event sampleEvent = itinerary(sample).events().get(0);
        assertThat(services.planner().pinned(sample.id(), sampleEvent)).isTrue();
        services.planner().pin(sample.id(), sampleEvent, false).apply();
        assertThat(services.planner().pinned(sample.id(), sampleEvent)).isFalse();
    }

    @Test
    void theDayLimitsAreTheTripsOwnAndUndoable() {
        Trip trip = SampleVisits.loadInto(services);
        assertThat(services.planner().dayLimits(trip.id())).isEqualTo(DayLimits.DEFAULT);
        var edit = services.planner().setDayLimits(trip.id(), new DayLimits(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        edit.apply();
        Proposal proposal = plan(trip, PlanningProblem.Mode.PLACE_VISITS, 0);
        assertThat(proposal.placements()).allMatch(p -> !p.startTime().isBefore(LocalTime.of(9, 0))
                && !p.endTime().isAfter(LocalTime.of(17, 0)));
        edit.revert();
        assertThat(services.planner().dayLimits(trip.id())).isEqualTo(DayLimits.DEFAULT);
    }

    @Test
    void addingChangingAndDeletingAVisitAreUndoable() {
        Trip trip = SampleVisits.loadInto(services);
        String start = DatabaseDump.text(services.database());
        var add = services.planner().addVisit(new VisitToPlace(0, trip.id(), null, null, EventKind.MEAL, "Dinner",
                90, AllowedDays.ANY, LocalTime.of(19, 0), null, null, null, null, null, null, List.of(), 0));
        add.apply();
        VisitToPlace dinner = services.planner().visits(trip.id()).get(18);
        var change = services.planner().changeVisit(dinner, withMinutes(dinner, 120));
        change.apply();
        VisitToPlace changed = services.planner().visits(trip.id()).get(18);
        var delete = services.planner().deleteVisit(changed);
        delete.apply();
        assertThat(services.planner().visits(trip.id())).hasSize(18);
        delete.revert();
        assertThat(services.planner().visits(trip.id()).get(18).minutes()).isEqualTo(120);
        change.revert();
        assertThat(services.planner().visits(trip.id()).get(18).minutes()).isEqualTo(90);
        add.revert();
        assertThat(DatabaseDump.text(services.database())).isEqualTo(start);
        add.apply();
        assertThat(services.planner().visits(trip.id()).get(18).id()).isEqualTo(dinner.id());
    }

    @Test
    void aTripWithNothingToPlaceProposesNothing() {
        services.sampleTrip().ensureLoaded();
        Trip trip = services.trips().findSample().orElseThrow();
        Proposal proposal = plan(trip, PlanningProblem.Mode.PLACE_VISITS, 0);
        assertThat(proposal.placements()).isEmpty();
        assertThat(proposal.unplaced()).isEmpty();
        assertThat(proposal.changesSomething()).isFalse();
    }

    private static VisitToPlace withMinutes(VisitToPlace v, int minutes) {
        return new VisitToPlace(v.id(), v.tripId(), v.institutionId(), v.location(), v.kind(), v.title(), minutes,
                v.days(), v.earliest(), v.latest(), v.preferredFrom(), v.preferredTo(), v.afterId(), v.eventId(),
                v.notes(), v.memberIds(), v.version());
    }
}
