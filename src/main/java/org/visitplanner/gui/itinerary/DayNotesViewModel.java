package org.visitplanner.gui.itinerary;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.DataArea;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.ItineraryService;
import org.visitplanner.logic.trip.DayNoteRepository;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Trip;

/**
 * The notes for a day of the current trip (meeting point, dress code, what to bring), shown in the day view,
 * edited in a dialog, undoable, and printed on the day sheets.
 */
public final class DayNotesViewModel {

    private final TaskExecutor tasks;
    private final AppState state;
    private final DayNoteRepository notes;
    private final ItineraryService itinerary;
    private final UndoActions undo;
    private final ReadOnlyStringWrapper shownNote = new ReadOnlyStringWrapper(this, "shownNote", "");
    private Map<LocalDate, String> loaded = new TreeMap<>();
    private long loadedTripId = -1;
    private LocalDate shownDay;

    public DayNotesViewModel(TaskExecutor tasks, AppState state, DayNoteRepository notes, ItineraryService itinerary,
                             UndoActions undo) {
        this.tasks = tasks;
        this.state = state;
        this.notes = notes;
        this.itinerary = itinerary;
        this.undo = undo;
        state.currentTripProperty().addListener((obs, was, trip) -> reload());
        state.revisionProperty(DataArea.DAY_NOTES).addListener((obs, was, revision) -> reload());
    }

    /** The notes of the day shown ("" when it has none). */
    public ReadOnlyStringProperty shownNoteProperty() {
        return shownNote.getReadOnlyProperty();
    }

    /** The day the view shows (null: no single day). */
    public void show(LocalDate day) {
        shownDay = day;
        Trip trip = state.currentTrip();
        if (trip != null && trip.id() != loadedTripId) {
            reload();
        } else {
            shownNote.set(day == null ? "" : loaded.getOrDefault(day, ""));
        }
    }

    /** The notes of {@code day} as last read. */
    public String noteOf(LocalDate day) {
        return loaded.getOrDefault(day, "");
    }

    /** Saves new notes for {@code day} as one undoable edit; blank notes remove them. */
    public void save(LocalDate day, String text) {
        Trip trip = state.currentTrip();
        String before = noteOf(day);
        String after = text == null ? "" : text.strip();
        if (trip == null || before.equals(after)) {
            return;
        }
        UndoHistory.Edit edit = itinerary.saveDayNote(trip.id(), day, after,
                Messages.get("dayNotes.undo", Formats.longDay(day)));
        undo.perform(edit, done -> reload());
    }

    private void reload() {
        Trip trip = state.currentTrip();
        if (trip == null) {
            loaded = new TreeMap<>();
            loadedTripId = -1;
            shownNote.set("");
            return;
        }
        tasks.run(() -> notes.findByTrip(trip.id()), read -> {
            loaded = read;
            loadedTripId = trip.id();
            shownNote.set(shownDay == null ? "" : read.getOrDefault(shownDay, ""));
        }, failure -> state.showStatus(Problems.describe(failure)));
    }
}
