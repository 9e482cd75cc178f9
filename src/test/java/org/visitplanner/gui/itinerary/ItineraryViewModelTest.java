package org.visitplanner.gui.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Event;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestServices;

class ItineraryViewModelTest {

    private Services services;
    private AppState state;
    private UndoActions undo;
    private ItineraryViewModel itinerary;

    @BeforeEach
    void openTheSample() {
        Messages.setLocale(Locale.ENGLISH);
        services = TestServices.withSample();
        state = new AppState();
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        undo = new UndoActions(tasks, state, new UndoHistory(50));
        itinerary = new ItineraryViewModel(tasks, state, services.itinerary(), undo);
        state.currentTripProperty().set(services.trips().findSample().orElseThrow());
    }

    @AfterEach
    void close() {
        services.close();
        Messages.setLocale(Locale.ENGLISH);
    }

    private ScheduleEntry entry(String title) {
        return itinerary.entries().stream().filter(e -> e.fullTitle().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theWeekShowsEveryDayEventAndJourneyOfTheSample() {
        assertThat(itinerary.days()).containsExactly(LocalDate.of(2025, 12, 8), LocalDate.of(2025, 12, 9),
                LocalDate.of(2025, 12, 10), LocalDate.of(2025, 12, 11), LocalDate.of(2025, 12, 12));
        assertThat(itinerary.entries()).hasSize(18);
        ScheduleEntry first = itinerary.entries().get(0);
        assertThat(first.timeText()).isEqualTo("09:30–11:00");
        assertThat(first.place()).isEqualTo("Meeting · Polytechnique");
        assertThat(first.initials()).isEqualTo("Everyone (4)");
        assertThat(itinerary.legs()).extracting(ScheduleLeg::shortText)
                .contains("Walk 10 min", "Transit 47 min", "Time unknown");
        assertThat(itinerary.firstHourProperty().get()).isEqualTo(7);
        assertThat(itinerary.lastHourProperty().get()).isEqualTo(22);
        assertThat(itinerary.problemSummaryProperty().get()).isEqualTo("no error · no warning · 4 notes");
        assertThat(itinerary.problems().get(0).heading()).isTrue();
        assertThat(itinerary.problems().get(0).text()).isEqualTo("Thursday 11 December");
    }

    @Test
    void theHomeAxisIsSevenHoursAheadOfParisInDecember() {
        assertThat(itinerary.homeOffsetMinutesProperty().get()).isNull();
        itinerary.homeAxisProperty().set(true);
        assertThat(itinerary.homeOffsetMinutesProperty().get()).isEqualTo(7 * 60);
        assertThat(itinerary.homeAxisLabelProperty().get()).isEqualTo("Shanghai");
    }

    @Test
    void oneMembersViewLeavesOutTheEventsWithoutHer() {
        ItineraryViewModel.MemberFilter chen = itinerary.memberFilters().stream()
                .filter(f -> f.name().startsWith("Chen Hao")).findFirst().orElseThrow();
        itinerary.memberFilterProperty().set(chen);
        assertThat(itinerary.entries()).hasSize(17); // not at Albert School
        assertThat(itinerary.entries()).noneMatch(e -> e.place().contains("Albert School"));
    }

    @Test
    void aDragIsShownSavedCheckedAndUndone() {
        ScheduleEntry lunch = entry("Lunch with the ENSTA team");
        itinerary.change(new ScheduleView.Change(lunch.eventId(), lunch.day(), LocalTime.of(14, 30),
                LocalTime.of(15, 45), false));

        assertThat(entry("Lunch with the ENSTA team").timeText()).isEqualTo("14:30–15:45");
        Event stored = services.events().findById(lunch.eventId()).orElseThrow();
        assertThat(stored.start().toLocalTime()).isEqualTo(LocalTime.of(14, 30));
        // Now the lunch overlaps the Télécom Paris meeting at 14:45: a double booking.
        assertThat(itinerary.problemSummaryProperty().get()).startsWith("1 error");
        assertThat(entry("Lunch with the ENSTA team").badge()).isNotNull();
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo move of “Lunch with the ENSTA team”");

        undo.undo();
        assertThat(entry("Lunch with the ENSTA team").timeText()).isEqualTo("12:45–14:00");
        assertThat(itinerary.selectedEventIdProperty().get()).isEqualTo(lunch.eventId());
        assertThat(itinerary.problemSummaryProperty().get()).startsWith("no error");
    }

    @Test
    void aDeletedEventComesBackWithUndo() {
        ScheduleEntry debrief = entry("Delegation debrief");
        itinerary.delete(debrief.eventId());
        assertThat(itinerary.entries()).hasSize(17);
        assertThat(state.statusMessageProperty().get()).isEqualTo(
                "Deleted “Delegation debrief”. Ctrl+Z brings it back.");
        undo.undo();
        assertThat(itinerary.entries()).hasSize(18);
        assertThat(itinerary.selectedEventIdProperty().get()).isEqualTo(debrief.eventId());
    }

    @Test
    void aDuplicateFollowsTheOriginal() {
        ScheduleEntry visit = entry("Materials laboratory visit");
        itinerary.duplicate(visit.eventId());
        assertThat(itinerary.entries()).filteredOn(e -> e.fullTitle().equals("Materials laboratory visit"))
                .extracting(ScheduleEntry::timeText).containsExactly("11:30–12:30", "12:30–13:30");
    }

    @Test
    void theUsersTravelTimeReplacesTheEstimate() {
        ScheduleLeg unknown = itinerary.legs().stream().filter(ScheduleLeg::unknown).findFirst().orElseThrow();
        ItineraryViewModel.LegChoice choice = itinerary.legChoice(unknown).orElseThrow();
        assertThat(choice.estimates()).isEmpty();
        itinerary.setTravel(choice.leg(), org.visitplanner.model.TravelMode.CAR, 20, "taxi booked");
        ScheduleLeg set = itinerary.legs().stream().filter(l -> l.fromEventId() == unknown.fromEventId()
                && l.toEventId() == unknown.toEventId()).findFirst().orElseThrow();
        assertThat(set.shortText()).isEqualTo("Car 20 min");
        assertThat(set.detailText()).contains("your time");
        assertThat(itinerary.problemSummaryProperty().get()).endsWith("3 notes");
    }

    @Test
    void theEventDialogChecksTimesAndDaysAndPickingAnInstitutionFillsThePlace() {
        EventDialogViewModel dialog = itinerary.newEventDialog(LocalDate.of(2025, 12, 9), LocalTime.of(18, 0))
                .orElseThrow();
        dialog.titleProperty().set("Dinner");
        dialog.startTextProperty().set("19h30");
        dialog.endTextProperty().set("1900");
        assertThat(dialog.validate()).isEmpty();
        assertThat(dialog.timeErrorProperty().get()).isEqualTo("The end must come after the start.");
        dialog.endTextProperty().set("21.30");
        dialog.dateProperty().set(LocalDate.of(2025, 12, 14));
        assertThat(dialog.validate()).isEmpty();
        assertThat(dialog.timeErrorProperty().get()).isEmpty();
        assertThat(dialog.dateErrorProperty().get()).contains("outside the trip");
        dialog.dateProperty().set(LocalDate.of(2025, 12, 9));

        dialog.institutionProperty().set(dialog.institutionsMatching("ecole des ponts").get(0));
        assertThat(dialog.locationProperty().get()).contains("Champs-sur-Marne");
        assertThat(dialog.hosts()).extracting(EventDialogViewModel.Choice::name)
                .containsExactly("Isabelle Laurent — Head of International Relations");
        Event made = dialog.validate().orElseThrow();
        assertThat(made.start().toLocalTime()).isEqualTo(LocalTime.of(19, 30));
        assertThat(made.end().toLocalTime()).isEqualTo(LocalTime.of(21, 30));
        assertThat(made.participantIds()).hasSize(4);
    }
}
