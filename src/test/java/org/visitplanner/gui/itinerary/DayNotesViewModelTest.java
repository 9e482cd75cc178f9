package org.visitplanner.gui.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Trip;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestServices;

class DayNotesViewModelTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 12, 8);

    private Services services;
    private AppState state;
    private UndoActions undo;
    private DayNotesViewModel notes;
    private Trip trip;

    @BeforeEach
    void openTheSample() {
        services = TestServices.withSample();
        state = new AppState();
        CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
        undo = new UndoActions(tasks, state, new UndoHistory(10));
        notes = new DayNotesViewModel(tasks, state, services.dayNotes(), services.itinerary(), undo);
        trip = services.trips().findSample().orElseThrow();
        state.currentTripProperty().set(trip);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theDayShownHasItsNotes() {
        notes.show(MONDAY);
        assertThat(notes.shownNoteProperty().get()).startsWith("Car from the hotel at 08:30");
        notes.show(MONDAY.minusDays(1));
        assertThat(notes.shownNoteProperty().get()).isEmpty();
    }

    @Test
    void savedNotesAreStoredAndUndoBringsTheOldOnesBack() {
        notes.show(MONDAY);
        String before = notes.shownNoteProperty().get();
        notes.save(MONDAY, "  Meet in the lobby at 08:15.  ");
        assertThat(services.dayNotes().findByTrip(trip.id())).containsEntry(MONDAY, "Meet in the lobby at 08:15.");
        assertThat(notes.shownNoteProperty().get()).isEqualTo("Meet in the lobby at 08:15.");

        undo.undo();
        assertThat(services.dayNotes().findByTrip(trip.id())).containsEntry(MONDAY, before);
        assertThat(notes.shownNoteProperty().get()).isEqualTo(before);
    }

    @Test
    void blankNotesRemoveTheDaysNotes() {
        notes.show(MONDAY);
        notes.save(MONDAY, "   ");
        assertThat(services.dayNotes().findByTrip(trip.id())).doesNotContainKey(MONDAY);
    }
}
