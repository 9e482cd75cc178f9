package org.visitplanner.gui.meeting;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.DataArea;
import org.visitplanner.gui.common.Scheduler;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.meeting.MeetingService;
import org.visitplanner.logic.meeting.MeetingSheet;
import org.visitplanner.model.Event;

/**
 * One event's meeting record, as its window shows it: reads the record (creating it the first time) and reads it
 * again when the data changes, and hands each part its share. The parts are the {@link #notes() agenda and notes}
 * (saved as the user types), the {@link #outcomes() outcomes}, the {@link #actions() action items}, the
 * {@link #attendees() attendees} and the {@link #attachments() attachments}; they share the record as last read and
 * the window's problem line through an {@link OpenRecord}.
 */
public final class MeetingRecordViewModel {

    private final AppState state;
    private final UndoActions undo;
    private final OpenRecord record;
    private final MeetingNotesViewModel notes;
    private final OutcomesViewModel outcomes;
    private final ActionItemsViewModel actions;
    private final AttendeesViewModel attendees;
    private final AttachmentsViewModel attachments;
    private final ChangeListener<Number> dataChanged = (obs, was, now) -> refresh();

    private final ReadOnlyBooleanWrapper gone = new ReadOnlyBooleanWrapper(this, "gone");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");

    public MeetingRecordViewModel(TaskExecutor tasks, Scheduler scheduler, AppState state, MeetingService meetings,
                                  UndoActions undo) {
        this.state = state;
        this.undo = undo;
        this.record = new OpenRecord(tasks, scheduler, state, meetings, undo, this::open);
        this.notes = new MeetingNotesViewModel(record);
        this.outcomes = new OutcomesViewModel(record);
        this.actions = new ActionItemsViewModel(record);
        this.attendees = new AttendeesViewModel(record);
        this.attachments = new AttachmentsViewModel(record);
        // Another window, or Edit → Undo, may change this record's outcomes and actions: show them as they are.
        state.revisionProperty(DataArea.MEETING).addListener(dataChanged);
        notes.typingProperty().addListener((obs, was, now) -> {
            if (!now) {
                refresh(); // a colleague's text that waited shows now, unless the user's own is still to be saved
            }
        });
    }

    /** Loads (creating when needed) the record of {@code eventId}. */
    public void open(long eventId) {
        record.tasks().run(() -> record.meetings().open(eventId), this::show, record::fail);
    }

    /** Edit → Undo from this window (the app's one history: the last edit made anywhere). */
    public void undo() {
        undo.undo();
    }

    /** Edit → Redo from this window. */
    public void redo() {
        undo.redo();
    }

    /** The window closed: saves what was typed since the last save, and stops following changes of the data. */
    public void close() {
        notes.flush();
        state.revisionProperty(DataArea.MEETING).removeListener(dataChanged);
    }

    /** True once the event is gone (deleted here or elsewhere, or its creation undone): the window closes. */
    public ReadOnlyBooleanProperty goneProperty() {
        return gone.getReadOnlyProperty();
    }

    private void show(MeetingSheet sheet) {
        record.setSheet(sheet);
        notes.show(sheet.record());
        Event event = sheet.event();
        title.set(record.title());
        subtitle.set(Messages.get("meeting.subtitle", Formats.longDay(event.day()),
                Formats.timeRange(event.start().toLocalTime(), event.end().toLocalTime()), sheet.tripName()));
        attendees.show(sheet);
        outcomes.show(sheet);
        actions.show(sheet);
        attachments.show(sheet);
    }

    /** Reads the record again; each part changes only where the data did (a selection stays). */
    private void refresh() {
        if (!record.isLoaded()) {
            return;
        }
        long eventId = record.sheet().event().id();
        MeetingService meetings = record.meetings();
        record.tasks().run(() -> meetings.exists(eventId) ? meetings.open(eventId) : null, reloaded -> {
            if (reloaded == null) {
                gone.set(true);
                return;
            }
            record.setSheet(reloaded);
            notes.showNewer(reloaded.record());
            outcomes.showNewer(reloaded);
            actions.showNewer(reloaded);
            attachments.showNewer(reloaded);
        }, record::fail);
    }

    public MeetingNotesViewModel notes() {
        return notes;
    }

    public OutcomesViewModel outcomes() {
        return outcomes;
    }

    public ActionItemsViewModel actions() {
        return actions;
    }

    public AttendeesViewModel attendees() {
        return attendees;
    }

    public AttachmentsViewModel attachments() {
        return attachments;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** The last problem to show in the window ("" when none). */
    public ReadOnlyStringProperty problemProperty() {
        return record.problemProperty();
    }

    public void clearProblem() {
        record.clearProblem();
    }

    /** The last result to show in this window's notification bar (null between two). */
    public ReadOnlyStringProperty noticeProperty() {
        return record.noticeProperty();
    }
}
