package org.visitplanner.gui.meeting;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.Scheduler;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.meeting.MeetingService;
import org.visitplanner.logic.meeting.MeetingSheet;
import org.visitplanner.model.Event;

/**
 * The meeting record open in one window, as every part of the window sees it: the record as last read, the window's
 * problem line and notification, and the way its parts write. {@link MeetingRecordViewModel} reads the record; the
 * parts (notes, outcomes, action items, attendees, attachments) only use it, so that they never reach each other.
 */
final class OpenRecord {

    private final TaskExecutor tasks;
    private final Scheduler scheduler;
    private final AppState state;
    private final MeetingService meetings;
    private final UndoActions undo;
    /** Reads the record of an event again (a write failed because the record changed meanwhile). */
    private final LongConsumer reopen;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** The result of something the user asked for here (a partnership moved forward), to show in this window. */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private MeetingSheet sheet;

    OpenRecord(TaskExecutor tasks, Scheduler scheduler, AppState state, MeetingService meetings, UndoActions undo,
               LongConsumer reopen) {
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.state = state;
        this.meetings = meetings;
        this.undo = undo;
        this.reopen = reopen;
    }

    TaskExecutor tasks() {
        return tasks;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    AppState state() {
        return state;
    }

    MeetingService meetings() {
        return meetings;
    }

    UndoActions undo() {
        return undo;
    }

    /** The record, its event and what goes with them as last read; null until the first read arrives. */
    MeetingSheet sheet() {
        return sheet;
    }

    void setSheet(MeetingSheet sheet) {
        this.sheet = sheet;
    }

    boolean isLoaded() {
        return sheet != null;
    }

    long meetingId() {
        return sheet.record().id();
    }

    /** "Event — place", as the window's title and a clash question name the record. */
    String title() {
        if (sheet == null) {
            return "";
        }
        Event event = sheet.event();
        String place = sheet.institution() != null ? sheet.institution().label()
                : event.location() == null ? "" : event.location();
        return event.title() + (place.isEmpty() ? "" : " — " + place);
    }

    /** Whether the data may only be read (a reader of a team database): the record is shown, never changed. */
    ObservableBooleanValue readOnlyProperty() {
        return state.readOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void showProblem(String sentence) {
        problem.set(sentence);
    }

    void clearProblem() {
        problem.set("");
    }

    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Shows {@code sentence} in this window's notification bar (and the same sentence again, when it comes twice). */
    void tell(String sentence) {
        notice.set(null);
        notice.set(sentence);
    }

    /** Runs a write in the background; tells the other views, or shows why it failed. */
    <T> void write(Callable<T> work, Consumer<? super T> onSuccess) {
        tasks.run(work, result -> {
            problem.set("");
            onSuccess.accept(result);
            state.dataChanged();
        }, this::fail);
    }

    /** Shows why something failed; when the record changed meanwhile, shows what is there now. */
    void fail(Throwable failure) {
        boolean stale = failure instanceof DataProblem p && p.kind() == DataProblem.Kind.STALE;
        problem.set(Problems.describe(failure));
        if (stale && sheet != null) {
            reopen.accept(sheet.event().id()); // the user's unsaved text is kept by the notes' own save
        }
    }

    /** A text short enough for the Edit menu: "Undo new outcome “Joint call every month…”". */
    static String shortened(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() <= 40) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 40);
        return t.substring(0, cut > 20 ? cut : 40) + "…";
    }

    static <T> int indexOf(List<T> list, Predicate<T> test) {
        for (int i = 0; i < list.size(); i++) {
            if (test.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
