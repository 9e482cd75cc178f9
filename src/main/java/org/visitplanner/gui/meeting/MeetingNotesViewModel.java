package org.visitplanner.gui.meeting;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

import org.visitplanner.gui.common.Debouncer;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.Scheduler;
import org.visitplanner.gui.team.ClashChoices;
import org.visitplanner.gui.team.ClashResolver;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.meeting.MeetingService;
import org.visitplanner.logic.merge.FieldMerge;
import org.visitplanner.model.MeetingRecord;

/**
 * The agenda and the notes of a meeting record, saved as the user types, merged with a colleague's text saved
 * meanwhile.
 *
 * <p>Autosave: a save starts {@link #QUIET} after typing pauses, and at most {@link #MAX_WAIT} after the first
 * unsaved keystroke, so typing that never pauses is still saved every second; leaving a text field and closing the
 * window save at once. Saves run one after another on the background executor and each takes the newest text, so
 * saves never overtake each other, and a save still queued when the window closes writes the last word.
 */
public final class MeetingNotesViewModel {

    static final Duration QUIET = Duration.ofMillis(800);
    static final Duration MAX_WAIT = Duration.ofSeconds(1);
    static final Duration RETRY = Duration.ofSeconds(5);

    private final OpenRecord record;
    private final Debouncer autosave;

    private final StringProperty agenda = new SimpleStringProperty(this, "agenda", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper(this, "saveStatus", "");
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper(this, "saveFailed");

    /** The text typed and not yet handed to a save; taken by the save that runs next (background thread). */
    private final AtomicReference<MeetingService.Text> unsaved = new AtomicReference<>();
    /** The record as last stored; only the background saves read and write it after loading. */
    private final AtomicReference<MeetingRecord> stored = new AtomicReference<>();
    private boolean applyingText;
    /** Whether the user is in the agenda or the notes: a colleague's text then waits until they leave it. */
    private final BooleanProperty typing = new SimpleBooleanProperty(this, "typing");
    /** True while the user decides a clash of texts: no save starts meanwhile. */
    private boolean resolving;
    private ClashResolver clashes = ClashResolver.KEEP_EDITING;
    private Scheduler.Cancellable retry;

    MeetingNotesViewModel(OpenRecord record) {
        this.record = record;
        this.autosave = new Debouncer(record.scheduler(), QUIET, MAX_WAIT, this::saveNow);
        agenda.addListener((obs, was, now) -> textEdited());
        notes.addListener((obs, was, now) -> textEdited());
    }

    /** Tells the window how to ask the user about a text someone else changed too (the window's dialog). */
    public void setClashResolver(ClashResolver clashes) {
        this.clashes = clashes;
    }

    /** Whether the data may only be read: the texts can be read and copied, never changed. */
    public ObservableBooleanValue readOnlyProperty() {
        return record.readOnlyProperty();
    }

    // ---- showing what was read

    /**
     * Shows the texts of {@code read} (the record was opened or read again). A save may have finished after this was
     * read: whichever record is newer is kept. While typed text waits, the record it was typed on stays its base, so
     * that its save merges with a newer one instead of replacing it.
     */
    void show(MeetingRecord read) {
        stored.accumulateAndGet(read, (current, newer) -> current == null
                || newer.version() > current.version() && unsaved.get() == null ? newer : current);
        if (unsaved.get() == null) {
            setText(stored.get().agenda(), stored.get().notes());
        }
    }

    /**
     * A text saved elsewhere (a colleague, another window) replaces the one shown only when nothing typed here waits
     * to be saved and the user is not in the text: what they type is never replaced under the cursor. Their next
     * save starts from the version they read, and the service merges it with the newer one.
     */
    void showNewer(MeetingRecord read) {
        if (unsaved.get() != null || typing.get()) {
            return;
        }
        MeetingRecord kept = stored.accumulateAndGet(read,
                (current, newer) -> current == null || newer.version() > current.version() ? newer : current);
        boolean differs = !Objects.equals(read.agenda(), agenda.get()) || !Objects.equals(read.notes(), notes.get());
        if (kept == read && differs) {
            setText(read.agenda(), read.notes());
        }
    }

    private void setText(String agendaText, String notesText) {
        applyingText = true;
        try {
            agenda.set(agendaText);
            notes.set(notesText);
        } finally {
            applyingText = false;
        }
    }

    // ---- autosave

    private void textEdited() {
        if (applyingText || !record.isLoaded()) {
            return;
        }
        unsaved.set(new MeetingService.Text(agenda.get(), notes.get()));
        autosave.trigger();
    }

    /** Saves typed text now (a text field lost focus, the window closes). Nothing happens when all is saved. */
    public void flush() {
        autosave.cancel();
        if (unsaved.get() != null) {
            saveNow();
        }
    }

    /** True while some typed text is not yet stored. */
    public boolean hasUnsavedText() {
        return unsaved.get() != null;
    }

    private void saveNow() {
        if (resolving) {
            return; // the decision saves
        }
        if (retry != null) {
            retry.cancel();
            retry = null;
        }
        record.tasks().run(this::saveLatest, this::saved, this::saveFailedWith);
    }

    /** Runs on the background thread: takes the newest text, so a queue of saves writes it once. */
    private MeetingService.Saved saveLatest() {
        MeetingService.Text wanted = unsaved.getAndSet(null);
        if (wanted == null) {
            return null;
        }
        try {
            MeetingService.Saved saved = record.meetings().saveText(stored.get(), wanted);
            if (saved.clashed()) {
                unsaved.compareAndSet(null, wanted); // kept until the user decides
            } else {
                stored.set(saved.record());
            }
            return saved;
        } catch (RuntimeException e) {
            unsaved.compareAndSet(null, wanted); // keep it for the next try unless newer text is already waiting
            throw e;
        }
    }

    private void saved(MeetingService.Saved saved) {
        if (saved == null) {
            return;
        }
        if (saved.clashed()) {
            decide(saved.record());
            return;
        }
        if (saved.merged() && unsaved.get() == null) {
            setText(saved.record().agenda(), saved.record().notes());
        }
        saveFailed.set(false);
        saveStatus.set(Messages.get(saved.merged() ? "meeting.savedMerged" : "meeting.saved",
                Formats.time(LocalTime.now(record.scheduler().clock()))));
    }

    /**
     * Someone else saved the same text meanwhile: the user's text as it is now (typing may have gone on) merged with
     * {@code theirs}; the texts both changed are shown to decide, then saved at theirs' version. A text whose value
     * is already what the field holds is not set again, so the cursor stays where the user types.
     */
    private void decide(MeetingRecord theirs) {
        autosave.cancel();
        resolving = true;
        try {
            MeetingRecord base = stored.get();
            FieldMerge<String> merge = FieldMerge.of(MeetingService.texts(MeetingService.Text.of(base)),
                    MeetingService.texts(new MeetingService.Text(agenda.get(), notes.get())),
                    MeetingService.texts(MeetingService.Text.of(theirs)));
            Map<String, String> values = merge.merged();
            if (!merge.clean()) {
                String title = record.title();
                ClashChoices choices = ClashChoices.live("meeting_record", title, merge, field -> field);
                if (!clashes.decide(title, choices)) {
                    saveFailed.set(true);
                    saveStatus.set(Messages.get("live.notSaved", title));
                    return;
                }
                values = merge.decided(choices.decisions(merge, field -> field));
            }
            stored.set(theirs);
            applyingText = true;
            try {
                if (!agenda.get().equals(values.get(MeetingService.AGENDA))) {
                    agenda.set(values.get(MeetingService.AGENDA));
                }
                if (!notes.get().equals(values.get(MeetingService.NOTES))) {
                    notes.set(values.get(MeetingService.NOTES));
                }
            } finally {
                applyingText = false;
            }
            unsaved.set(new MeetingService.Text(agenda.get(), notes.get()));
        } finally {
            resolving = false;
        }
        saveNow();
    }

    private void saveFailedWith(Throwable failure) {
        saveFailed.set(true);
        saveStatus.set(Messages.get("meeting.notSaved", Problems.describe(failure)));
        if (retry == null) {
            retry = record.scheduler().schedule(RETRY, () -> {
                retry = null;
                if (unsaved.get() != null) {
                    saveNow();
                }
            });
        }
    }

    // ---- properties

    public StringProperty agendaProperty() {
        return agenda;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The view binds it to whether the agenda or the notes has the keyboard focus. */
    public BooleanProperty typingProperty() {
        return typing;
    }

    /** "Saved at 10:42", or why the last save failed ("" before the first save). */
    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed.getReadOnlyProperty();
    }
}
