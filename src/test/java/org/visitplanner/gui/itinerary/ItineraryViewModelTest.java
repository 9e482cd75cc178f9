package org.visitplanner.gui.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.team.ClashChoices;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Event;
import org.visitplanner.model.Trip;
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
    void aTripShownLatelyIsShownAgainAtOnceThenAsReadAgainWhenItChangedMeanwhile() {
        List<Runnable> held = new ArrayList<>();
        TaskExecutor later = new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                held.add(() -> new CurrentThreadTaskExecutor().run(work, onSuccess, onFailure));
            }
        };
        AppState window = new AppState();
        ItineraryViewModel week = new ItineraryViewModel(later, window, services.itinerary(),
                new UndoActions(later, window, new UndoHistory(50)));
        Trip sample = services.trips().findSample().orElseThrow();
        Trip other = services.trips().insert(new Trip(0, "Another delegation", sample.firstDay(), sample.lastDay(),
                sample.venueZone(), sample.homeZone(), false, null, 0));
        window.currentTripProperty().set(sample);
        assertThat(week.entries()).isEmpty(); // being read
        runAll(held);
        assertThat(week.entries()).hasSize(18);
        window.currentTripProperty().set(other);
        runAll(held);
        assertThat(week.titleProperty().get()).isEqualTo("Another delegation");
        assertThat(week.entries()).isEmpty();
        long firstId = services.itinerary().load(sample.id()).orElseThrow().events().get(0).id();
        services.database().withConnection(connection -> {
            try (var rename = connection.prepareStatement("UPDATE event SET title = ? WHERE id = ?")) {
                rename.setString(1, "Renamed meanwhile");
                rename.setLong(2, firstId);
                rename.executeUpdate();
            }
            return null;
        });

        window.currentTripProperty().set(sample);
        // At once, as it was shown (before the read in the background ends)...
        assertThat(week.titleProperty().get()).startsWith(sample.name());
        assertThat(week.entries()).hasSize(18).noneMatch(e -> e.fullTitle().equals("Renamed meanwhile"));
        // ... then as it is now.
        runAll(held);
        assertThat(week.entries()).hasSize(18).anyMatch(e -> e.fullTitle().equals("Renamed meanwhile"));
    }

    private static void runAll(List<Runnable> held) {
        while (!held.isEmpty()) {
            held.remove(0).run();
        }
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
        itinerary.chosenMembers().setAll(member("Chen Hao"));
        assertThat(itinerary.entries()).hasSize(17); // not at Albert School
        assertThat(itinerary.entries()).noneMatch(e -> e.place().contains("Albert School"));
        assertThat(itinerary.memberFilterTextProperty().get()).startsWith("Chen Hao");
    }

    @Test
    void severalMembersChosenShowEveryEventOfAnyOfThemOnce() {
        itinerary.chosenMembers().setAll(member("Chen Hao"), member("Li Na"));
        // Li Na is at Albert School, where Chen Hao is not: together, all 18 events, each once.
        assertThat(itinerary.entries()).hasSize(18);
        assertThat(itinerary.entries()).anyMatch(e -> e.place().contains("Albert School"));
        assertThat(itinerary.memberFilterTextProperty().get()).isEqualTo("2 members");
        assertThat(itinerary.subtitleProperty().get()).contains("Chen Hao").contains("Li Na")
                .endsWith("18 events of 18");

        itinerary.chosenMembers().clear();
        assertThat(itinerary.memberFilterTextProperty().get()).isEqualTo("Whole delegation");
        assertThat(itinerary.subtitleProperty().get()).endsWith("· 18 events");
    }

    private ItineraryViewModel.MemberChoice member(String name) {
        return itinerary.memberChoices().stream().filter(c -> c.name().startsWith(name)).findFirst().orElseThrow();
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
    void aMoveThenANewLengthUndoTwiceAndRedoTwiceInOrder() {
        ScheduleEntry lunch = entry("Lunch with the ENSTA team"); // 12:45–14:00
        itinerary.change(new ScheduleView.Change(lunch.eventId(), lunch.day(), LocalTime.of(13, 0),
                LocalTime.of(14, 15), false));
        ScheduleEntry moved = entry("Lunch with the ENSTA team");
        itinerary.change(new ScheduleView.Change(moved.eventId(), moved.day(), moved.start(), LocalTime.of(14, 45),
                true));
        assertThat(entry("Lunch with the ENSTA team").timeText()).isEqualTo("13:00–14:45");

        undo.undo();
        assertThat(entry("Lunch with the ENSTA team").timeText()).isEqualTo("13:00–14:15");
        undo.undo(); // used to fail: "Someone changed this record in the meantime", and stay stuck
        assertThat(state.statusMessageProperty().get()).isEqualTo(
                "Undone: move of “Lunch with the ENSTA team”.");
        assertThat(entry("Lunch with the ENSTA team").timeText()).isEqualTo("12:45–14:00");
        assertThat(undo.canUndoProperty().get()).isFalse();

        undo.redo();
        undo.redo();
        assertThat(entry("Lunch with the ENSTA team").timeText()).isEqualTo("13:00–14:45");
        assertThat(services.events().findById(lunch.eventId()).orElseThrow().end().toLocalTime())
                .isEqualTo(LocalTime.of(14, 45));
    }

    @Test
    void aSecondDragBeforeTheFirstIsSavedIsNoConflict() {
        org.visitplanner.support.QueuedTaskExecutor queued = new org.visitplanner.support.QueuedTaskExecutor();
        UndoActions slowUndo = new UndoActions(queued, state, new UndoHistory(50));
        ItineraryViewModel slow = new ItineraryViewModel(queued, state, services.itinerary(), slowUndo);
        state.dataChanged(); // it reads the trip
        queued.drain();
        ScheduleEntry lunch = slow.entries().stream().filter(e -> e.title().equals("Lunch with the ENSTA team"))
                .findFirst().orElseThrow();
        slow.change(new ScheduleView.Change(lunch.eventId(), lunch.day(), LocalTime.of(13, 0), LocalTime.of(14, 15),
                false));
        ScheduleEntry shown = slow.entries().stream().filter(e -> e.eventId() == lunch.eventId()).findFirst()
                .orElseThrow(); // shown moved at once, not saved yet
        slow.change(new ScheduleView.Change(shown.eventId(), shown.day(), shown.start(), LocalTime.of(14, 45), true));
        queued.drain();
        assertThat(state.statusMessageProperty().get()).isEqualTo("Saved.");
        assertThat(services.events().findById(lunch.eventId()).orElseThrow().end().toLocalTime())
                .isEqualTo(LocalTime.of(14, 45));

        slowUndo.undo();
        slowUndo.undo(); // pressed twice before the first undo is written
        queued.drain();
        assertThat(services.events().findById(lunch.eventId()).orElseThrow().start().toLocalTime())
                .isEqualTo(LocalTime.of(12, 45));
        assertThat(slowUndo.canUndoProperty().get()).isFalse();
    }

    @Test
    void aChangeMadeElsewhereIsTheOnlyConflictAndUndoThenSaysSo() {
        ScheduleEntry lunch = entry("Lunch with the ENSTA team");
        itinerary.change(new ScheduleView.Change(lunch.eventId(), lunch.day(), LocalTime.of(13, 0),
                LocalTime.of(14, 15), false));
        Event stored = services.events().findById(lunch.eventId()).orElseThrow();
        services.events().update(new Event(stored.id(), stored.tripId(), stored.uid(), stored.kind(),
                "Lunch moved by someone else", stored.start(), stored.end(), stored.zone(), stored.institutionId(),
                stored.location(), stored.status(), stored.notes(), stored.participantIds(), stored.hostIds(),
                stored.version()));

        undo.undo();
        assertThat(state.statusMessageProperty().get()).startsWith("Someone changed this record in the meantime");
        assertThat(services.events().findById(lunch.eventId()).orElseThrow().title())
                .isEqualTo("Lunch moved by someone else");
        assertThat(undo.canUndoProperty().get()).isTrue(); // nothing was undone; the step is still there
    }

    private Event withTitleAndNotes(Event e, String title, String notes) {
        return new Event(e.id(), e.tripId(), e.uid(), e.kind(), title, e.start(), e.end(), e.zone(),
                e.institutionId(), e.location(), e.status(), notes, e.participantIds(), e.hostIds(), e.version());
    }

    @Test
    void theEventDialogsChangeAndAChangeMadeElsewhereToAnotherFieldAreBothSaved() {
        ScheduleEntry lunch = entry("Lunch with the ENSTA team");
        EventDialogViewModel dialog = itinerary.editDialog(lunch.eventId()).orElseThrow();
        Event read = services.events().findById(lunch.eventId()).orElseThrow();
        services.events().update(withTitleAndNotes(read, read.title(), "Table booked for six."));

        dialog.titleProperty().set("Lunch with the ENSTA Paris team");
        itinerary.save(dialog, dialog.validate().orElseThrow());

        Event saved = services.events().findById(lunch.eventId()).orElseThrow();
        assertThat(saved.title()).isEqualTo("Lunch with the ENSTA Paris team");
        assertThat(saved.notes()).isEqualTo("Table booked for six.");
        assertThat(state.statusMessageProperty().get())
                .isEqualTo(Messages.get("live.merged", "Lunch with the ENSTA Paris team"));
    }

    @Test
    void theSameFieldOfAnEventChangedElsewhereIsAskedWithBothValues() {
        ScheduleEntry lunch = entry("Lunch with the ENSTA team");
        EventDialogViewModel dialog = itinerary.editDialog(lunch.eventId()).orElseThrow();
        Event read = services.events().findById(lunch.eventId()).orElseThrow();
        services.events().update(withTitleAndNotes(read, "Lunch at the canteen", read.notes()));
        List<ClashChoices> asked = new ArrayList<>();
        itinerary.setClashResolver((title, choices) -> {
            asked.add(choices);
            choices.rows().get(0).useMine();
            return true;
        });

        dialog.titleProperty().set("Lunch with the ENSTA Paris team");
        itinerary.save(dialog, dialog.validate().orElseThrow());

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).rows()).extracting(ClashChoices.Row::storedText, ClashChoices.Row::myText)
                .containsExactly(tuple("Lunch at the canteen", "Lunch with the ENSTA Paris team"));
        assertThat(services.events().findById(lunch.eventId()).orElseThrow().title())
                .isEqualTo("Lunch with the ENSTA Paris team");
    }

    @Test
    void deletingAnEventWithAMeetingRecordAsksFirstAndSaysWhatGoesWithIt() {
        ScheduleEntry dualDegree = entry("Dual-degree agreement: curriculum, selection, schedule");
        java.util.List<String> asked = new java.util.ArrayList<>();
        itinerary.delete(dualDegree.eventId(), (question, details) -> {
            asked.add(question);
            asked.add(details);
            return false; // Cancel
        });
        assertThat(asked.get(0)).isEqualTo(
                "Delete “Dual-degree agreement: curriculum, selection, schedule” and its meeting record?");
        assertThat(asked.get(1)).matches("Its meeting record goes with it: the notes \\(\\d+ words\\), the agenda, "
                + "3 outcomes, \\d+ action items? and \\d+ attendees\\.\nEdit → Undo \\(Ctrl\\+Z\\) brings all of it "
                + "back\\.");
        assertThat(itinerary.entries()).hasSize(18);
        assertThat(services.meetings().open(dualDegree.eventId()).outcomes()).hasSize(3);

        itinerary.delete(dualDegree.eventId(), (question, details) -> true);
        assertThat(itinerary.entries()).hasSize(17);
        assertThat(services.meetingRepository().findByEvent(dualDegree.eventId())).isEmpty();

        undo.undo();
        assertThat(itinerary.entries()).hasSize(18);
        var sheet = services.meetings().open(dualDegree.eventId());
        assertThat(sheet.outcomes()).hasSize(3);
        assertThat(sheet.record().notes()).contains("Dual degree");
        assertThat(sheet.attendingMemberIds()).isNotEmpty();
    }

    @Test
    void aDeletedEventComesBackWithUndo() {
        ScheduleEntry debrief = entry("Delegation debrief");
        itinerary.delete(debrief.eventId(), (question, details) -> {
            throw new AssertionError("an event without a meeting record is deleted without a question");
        });
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
        dialog.start().field().textProperty().set("19h30");
        dialog.end().field().textProperty().set("1900");
        assertThat(dialog.validate()).isEmpty();
        assertThat(dialog.end().field().problem().message()).isEqualTo("The end must come after the start.");
        assertThat(dialog.start().field().understoodProperty().get()).isEqualTo("Starts at 19:30.");
        dialog.end().field().textProperty().set("21.30");
        dialog.date().field().textProperty().set("14/12");
        assertThat(dialog.validate()).isEmpty();
        assertThat(dialog.end().hasError()).isFalse();
        assertThat(dialog.date().field().problem().message()).contains("outside the trip");
        dialog.date().field().textProperty().set("31/11");
        assertThat(dialog.date().field().problem().message()).isEqualTo("November 2025 has only 30 days.");
        assertThat(dialog.date().field().textProperty().get()).isEqualTo("31/11"); // kept as typed
        dialog.date().field().textProperty().set("9/12"); // the trip's year
        assertThat(dialog.date().field().understoodProperty().get()).isEqualTo("Tuesday 9 December 2025");

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
