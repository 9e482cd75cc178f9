package org.visitplanner.gui.meeting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.DataArea;
import org.visitplanner.gui.common.Debouncer;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.Scheduler;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.TypedField;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.team.ClashChoices;
import org.visitplanner.gui.team.ClashResolver;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.check.DateTimeInput;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.meeting.AttachmentStore;
import org.visitplanner.logic.meeting.MeetingService;
import org.visitplanner.logic.meeting.MeetingSheet;
import org.visitplanner.logic.merge.FieldMerge;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.Attachment;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.model.Member;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.OutcomeType;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipType;

/**
 * One event's meeting record: agenda and notes saved as the user types, who attended, outcomes, action items and
 * attachments.
 *
 * <p>Autosave: a save starts {@link #QUIET} after typing pauses, and at most {@link #MAX_WAIT} after the first
 * unsaved keystroke, so typing that never pauses is still saved every second; leaving a text field and closing the
 * window save at once. Saves run one after another on the background executor and each takes the newest text, so
 * saves never overtake each other, and a save still queued when the window closes writes the last word.
 */
public final class MeetingRecordViewModel {

    static final Duration QUIET = Duration.ofMillis(800);
    static final Duration MAX_WAIT = Duration.ofSeconds(1);
    static final Duration RETRY = Duration.ofSeconds(5);

    /** A member or contact who may have attended. */
    public static final class Attendee {
        private final long id;
        private final String name;
        private final String detail;
        private final BooleanProperty attended = new SimpleBooleanProperty();

        Attendee(long id, String name, String detail, boolean attended) {
            this.id = id;
            this.name = name;
            this.detail = detail;
            this.attended.set(attended);
        }

        public long id() {
            return id;
        }

        public String name() {
            return name;
        }

        public String detail() {
            return detail;
        }

        public BooleanProperty attendedProperty() {
            return attended;
        }
    }

    /** An action item with its owner's name, as the list shows it. */
    public record ActionRow(ActionItem item, String owner, String due, boolean overdue) {
    }

    /** An attachment with its size written for people. */
    public record AttachmentRow(Attachment attachment, String size) {
    }

    /** What the view asks when an agreement or consensus could move a partnership forward. */
    public record PartnershipOffer(Outcome outcome, String institution, List<Partnership> partnerships,
                                   PartnershipStatus suggested) {
    }

    private final TaskExecutor tasks;
    private final Scheduler scheduler;
    private final AppState state;
    private final MeetingService meetings;
    private final Debouncer autosave;
    private final UndoActions undo;
    private final ChangeListener<Number> dataChanged = (obs, was, now) -> refresh();
    private final ReadOnlyBooleanWrapper gone = new ReadOnlyBooleanWrapper(this, "gone");

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper(this, "saveStatus", "");
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper(this, "saveFailed");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper hasInstitution = new ReadOnlyBooleanWrapper(this, "hasInstitution");
    private final StringProperty agenda = new SimpleStringProperty(this, "agenda", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** The result of something the user asked for here (a partnership moved forward), to show in this window. */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");

    private final ObservableList<Attendee> members = FXCollections.observableArrayList();
    private final ObservableList<Attendee> contacts = FXCollections.observableArrayList();
    private final ObservableList<Outcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<ActionRow> actions = FXCollections.observableArrayList();
    private final ObservableList<AttachmentRow> attachments = FXCollections.observableArrayList();
    private final ObservableList<Member> owners = FXCollections.observableArrayList();
    private final ObjectProperty<PartnershipOffer> partnershipOffer = new SimpleObjectProperty<>(this, "offer");
    /** The due date in the action form: a date without a year is in this year. */
    private final TypedField<LocalDate> actionDue;

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
    private MeetingSheet sheet;
    private Scheduler.Cancellable retry;

    /** Whether the data may only be read (a reader of a team database): the record is shown, never changed. */
    public ObservableBooleanValue readOnlyProperty() {
        return state.readOnlyProperty();
    }

    public MeetingRecordViewModel(TaskExecutor tasks, Scheduler scheduler, AppState state, MeetingService meetings,
                                  UndoActions undo) {
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.state = state;
        this.meetings = meetings;
        this.undo = undo;
        // Another window, or Edit → Undo, may change this record's outcomes and actions: show them as they are.
        state.revisionProperty(DataArea.MEETING).addListener(dataChanged);
        this.autosave = new Debouncer(scheduler, QUIET, MAX_WAIT, this::saveNow);
        this.actionDue = TypedField.date(() -> DateTimeInput.YearHint.yearOf(LocalDate.now(scheduler.clock())));
        agenda.addListener((obs, was, now) -> textEdited());
        notes.addListener((obs, was, now) -> textEdited());
        typing.addListener((obs, was, now) -> {
            if (!now) {
                refresh(); // a colleague's text that waited shows now, unless the user's own is still to be saved
            }
        });
    }

    // ---- loading

    /** Tells the window how to ask the user about a text someone else changed too (the window's dialog). */
    public void setClashResolver(ClashResolver clashes) {
        this.clashes = clashes;
    }

    /** Loads (creating when needed) the record of {@code eventId}. */
    public void open(long eventId) {
        tasks.run(() -> meetings.open(eventId), this::show, this::fail);
    }

    /** Edit → Undo from this window (the app's one history: the last edit made anywhere). */
    public void undo() {
        undo.undo();
    }

    /** Edit → Redo from this window. */
    public void redo() {
        undo.redo();
    }

    /** Stops following changes of the data (the window closed). */
    public void close() {
        state.revisionProperty(DataArea.MEETING).removeListener(dataChanged);
    }

    /** True once the event is gone (deleted here or elsewhere, or its creation undone): the window closes. */
    public ReadOnlyBooleanProperty goneProperty() {
        return gone.getReadOnlyProperty();
    }

    /** Reads the outcomes and actions again; the lists change only where the data did (a selection stays). */
    private void refresh() {
        if (sheet == null) {
            return;
        }
        long eventId = sheet.event().id();
        tasks.run(() -> meetings.exists(eventId) ? meetings.open(eventId) : null, reloaded -> {
            if (reloaded == null) {
                gone.set(true);
                return;
            }
            sheet = reloaded;
            showNewerText(reloaded.record());
            if (!outcomes.equals(reloaded.outcomes())) {
                outcomes.setAll(reloaded.outcomes());
            }
            if (!actions.stream().map(ActionRow::item).toList().equals(reloaded.actions())) {
                showActions(reloaded.actions());
            }
            List<AttachmentRow> files = reloaded.attachments().stream().map(MeetingRecordViewModel::attachmentRow)
                    .toList();
            if (!attachments.equals(files)) {
                attachments.setAll(files);
            }
        }, this::fail);
    }

    /**
     * A text saved elsewhere (a colleague, another window) replaces the one shown only when nothing typed here waits
     * to be saved and the user is not in the text: what they type is never replaced under the cursor. Their next
     * save starts from the version they read, and the service merges it with the newer one.
     */
    private void showNewerText(MeetingRecord read) {
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

    private void show(MeetingSheet loadedSheet) {
        sheet = loadedSheet;
        // A save may have finished after this was read: keep whichever record is newer. While typed text waits, the
        // record it was typed on stays its base, so that its save merges with a newer one instead of replacing it.
        stored.accumulateAndGet(loadedSheet.record(), (current, read) -> current == null
                || read.version() > current.version() && unsaved.get() == null ? read : current);
        Event event = loadedSheet.event();
        String place = loadedSheet.institution() != null ? loadedSheet.institution().label()
                : event.location() == null ? "" : event.location();
        title.set(event.title() + (place.isEmpty() ? "" : " — " + place));
        subtitle.set(Messages.get("meeting.subtitle", Formats.longDay(event.day()),
                Formats.timeRange(event.start().toLocalTime(), event.end().toLocalTime()), loadedSheet.tripName()));
        hasInstitution.set(loadedSheet.institution() != null);
        if (unsaved.get() == null) {
            setText(stored.get().agenda(), stored.get().notes());
        }
        members.setAll(loadedSheet.tripMembers().stream().map(m -> attendee(m.id(), m.displayName(),
                Messages.of(m.role()), loadedSheet.attendingMemberIds().contains(m.id()))).toList());
        contacts.setAll(loadedSheet.contacts().stream().map(c -> attendee(c.id(), c.displayName(),
                c.title() == null ? "" : c.title(), loadedSheet.attendingContactIds().contains(c.id()))).toList());
        owners.setAll(loadedSheet.tripMembers());
        outcomes.setAll(loadedSheet.outcomes());
        showActions(loadedSheet.actions());
        attachments.setAll(loadedSheet.attachments().stream().map(MeetingRecordViewModel::attachmentRow).toList());
        loaded.set(true);
    }

    private Attendee attendee(long id, String name, String detail, boolean attended) {
        Attendee attendee = new Attendee(id, name, detail, attended);
        attendee.attendedProperty().addListener((obs, was, now) -> saveAttendance());
        return attendee;
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
        if (applyingText || sheet == null) {
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
        tasks.run(this::saveLatest, this::saved, this::saveFailedWith);
    }

    /** Runs on the background thread: takes the newest text, so a queue of saves writes it once. */
    private MeetingService.Saved saveLatest() {
        MeetingService.Text wanted = unsaved.getAndSet(null);
        if (wanted == null) {
            return null;
        }
        try {
            MeetingService.Saved saved = meetings.saveText(stored.get(), wanted);
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
                Formats.time(LocalTime.now(scheduler.clock()))));
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
                ClashChoices choices = ClashChoices.live("meeting_record", title.get(), merge, field -> field);
                if (!clashes.decide(title.get(), choices)) {
                    saveFailed.set(true);
                    saveStatus.set(Messages.get("live.notSaved", title.get()));
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
            retry = scheduler.schedule(RETRY, () -> {
                retry = null;
                if (unsaved.get() != null) {
                    saveNow();
                }
            });
        }
    }

    // ---- attendance

    private void saveAttendance() {
        if (sheet == null) {
            return;
        }
        long meetingId = sheet.record().id();
        List<Long> memberIds = members.stream().filter(a -> a.attendedProperty().get()).map(Attendee::id).toList();
        List<Long> contactIds = contacts.stream().filter(a -> a.attendedProperty().get()).map(Attendee::id).toList();
        write(() -> {
            meetings.setAttendance(meetingId, memberIds, contactIds);
            return null;
        }, done -> { });
    }

    /** Adds a person met there to the institution's contacts, ticked as present. False when the name is missing. */
    public boolean addContact(String nameLatin, String nameChinese, String jobTitle) {
        if (sheet == null || sheet.institution() == null || nameLatin == null || nameLatin.isBlank()) {
            problem.set(Messages.get("meeting.contact.nameRequired"));
            return false;
        }
        long meetingId = sheet.record().id();
        long institutionId = sheet.institution().id();
        write(() -> meetings.addContact(meetingId, institutionId, nameLatin, nameChinese, jobTitle),
                (Contact c) -> contacts.add(attendee(c.id(), c.displayName(), c.title() == null ? "" : c.title(),
                        true)));
        return true;
    }

    // ---- outcomes

    /** Adds an outcome, or changes {@code editing} when it is not null. False when the text is empty. */
    public boolean saveOutcome(Outcome editing, OutcomeType type, String text) {
        if (sheet == null || text == null || text.isBlank() || type == null) {
            problem.set(Messages.get("meeting.outcome.textRequired"));
            return false;
        }
        long meetingId = sheet.record().id();
        boolean typeChanged = editing == null || editing.type() != type;
        Consumer<Outcome> saved = stored -> {
            problem.set("");
            int index = editing == null ? -1 : indexOf(outcomes, o -> o.id() == stored.id());
            if (index >= 0) {
                outcomes.set(index, stored);
            } else if (indexOf(outcomes, o -> o.id() == stored.id()) < 0) {
                outcomes.add(stored);
            }
            if (typeChanged && stored.type().movesPartnership() && sheet.institution() != null) {
                partnershipOffer.set(new PartnershipOffer(stored, sheet.institution().label(),
                        sheet.partnerships(), MeetingService.suggestedStatus(stored.type())));
            }
        };
        if (editing == null) {
            undo.perform(meetings.addOutcomeEdit(Messages.get("undo.meeting.addOutcome", shortened(text)), meetingId,
                    type, text), edit -> saved.accept(edit.created()), this::fail);
        } else {
            undo.perform(meetings.updateOutcomeEdit(Messages.get("undo.meeting.editOutcome", shortened(text)),
                    new Outcome(editing.id(), meetingId, type, text.strip(), editing.position(), editing.version())),
                    edit -> saved.accept(edit.result()), this::fail);
        }
        return true;
    }

    public void deleteOutcome(Outcome outcome) {
        undo.perform(meetings.deleteOutcomeEdit(Messages.get("undo.meeting.deleteOutcome",
                shortened(outcome.text())), outcome), done -> {
            problem.set("");
            outcomes.removeIf(o -> o.id() == outcome.id());
        }, this::fail);
    }

    public void moveOutcome(Outcome outcome, int delta) {
        long meetingId = sheet.record().id();
        undo.perform(meetings.moveOutcomeEdit(Messages.get("undo.meeting.moveOutcome"), meetingId, outcome.id(),
                delta), edit -> outcomes.setAll(edit.result()), this::fail);
    }

    /** The offer to update a partnership after an agreement or consensus; null when there is none. */
    public ObjectProperty<PartnershipOffer> partnershipOfferProperty() {
        return partnershipOffer;
    }

    /** The user confirmed: set {@code partnership} (null: create one of {@code newType}) to {@code status}. */
    public void acceptOffer(PartnershipOffer offer, Partnership partnership, PartnershipType newType,
                            PartnershipStatus status) {
        partnershipOffer.set(null);
        long institutionId = sheet.institution().id();
        String label = Messages.get("undo.meeting.partnership", offer.institution());
        UndoHistory.Edit edit = partnership != null
                ? meetings.changePartnershipEdit(label, partnership, status, offer.outcome().id())
                : meetings.startPartnershipEdit(label, institutionId, newType, status, offer.outcome().id());
        undo.perform(edit, done -> {
            String sentence = Messages.get("meeting.partnership.updated", offer.institution(), Messages.of(status));
            state.showStatus(sentence);
            notice.set(null); // the same sentence twice is shown twice
            notice.set(sentence);
        }, this::fail);
    }

    public void declineOffer() {
        partnershipOffer.set(null);
    }

    // ---- action items

    /** The due date typed in the action form. */
    public TypedField<LocalDate> actionDue() {
        return actionDue;
    }

    /**
     * Adds an action item, or changes {@code editing}, due on the date of {@link #actionDue()}. False when the text
     * is empty or the due date cannot be read (it says why under the field and keeps the text; nothing is saved).
     */
    public boolean saveAction(ActionItem editing, String text, Member owner, ActionStatus status) {
        if (sheet == null || text == null || text.isBlank()) {
            problem.set(Messages.get("meeting.action.textRequired"));
            return false;
        }
        if (actionDue.hasError()) {
            return false;
        }
        LocalDate due = actionDue.value().orElse(null);
        long meetingId = sheet.record().id();
        Long ownerId = owner == null ? null : owner.id();
        if (editing == null) {
            undo.perform(meetings.addActionEdit(Messages.get("undo.meeting.addAction", shortened(text)), meetingId,
                    text, ownerId, due), edit -> actionSaved(edit.created()), this::fail);
        } else {
            undo.perform(meetings.updateActionEdit(Messages.get("undo.meeting.editAction", shortened(text)),
                    new ActionItem(editing.id(), meetingId, text.strip(), ownerId, due,
                            status == null ? editing.status() : status, editing.position(), editing.version())),
                    edit -> actionSaved(edit.result()), this::fail);
        }
        return true;
    }

    public void setActionStatus(ActionItem item, ActionStatus status) {
        if (item.status() != status) {
            undo.perform(meetings.updateActionEdit(Messages.get("undo.meeting.actionStatus", shortened(item.text())),
                    item.withStatus(status)), edit -> actionSaved(edit.result()), this::fail);
        }
    }

    public void deleteAction(ActionItem item) {
        undo.perform(meetings.deleteActionEdit(Messages.get("undo.meeting.deleteAction", shortened(item.text())),
                item), done -> {
            problem.set("");
            actions.removeIf(r -> r.item().id() == item.id());
        }, this::fail);
    }

    public void moveAction(ActionItem item, int delta) {
        long meetingId = sheet.record().id();
        undo.perform(meetings.moveActionEdit(Messages.get("undo.meeting.moveAction"), meetingId, item.id(), delta),
                edit -> showActions(edit.result()), this::fail);
    }

    private void actionSaved(ActionItem saved) {
        problem.set("");
        replaceAction(saved);
    }

    /** A text short enough for the Edit menu: "Undo new outcome “Joint call every month…”". */
    private static String shortened(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.length() <= 40) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 40);
        return t.substring(0, cut > 20 ? cut : 40) + "…";
    }

    private void replaceAction(ActionItem saved) {
        List<ActionItem> items = new ArrayList<>(actions.stream().map(ActionRow::item).toList());
        int index = indexOf(items, a -> a.id() == saved.id());
        if (index >= 0) {
            items.set(index, saved);
        } else {
            items.add(saved);
        }
        showActions(items);
    }

    private void showActions(List<ActionItem> items) {
        LocalDate today = LocalDate.now(scheduler.clock());
        actions.setAll(items.stream().map(a -> new ActionRow(a, ownerName(a.ownerMemberId()),
                a.due() == null ? "" : Formats.date(a.due()), a.overdueOn(today))).toList());
    }

    private String ownerName(Long memberId) {
        return memberId == null ? "" : owners.stream().filter(m -> m.id() == memberId).map(Member::displayName)
                .findFirst().orElse("");
    }

    /** The owner of an action item among the trip's members, for the edit form. */
    public Member owner(ActionItem item) {
        return item.ownerMemberId() == null ? null : owners.stream()
                .filter(m -> m.id() == item.ownerMemberId()).findFirst().orElse(null);
    }

    // ---- attachments

    /** Copies files in, one after another; a file that cannot be copied is named in the problem line. */
    public void attach(List<Path> files) {
        long meetingId = sheet.record().id();
        for (Path file : files) {
            tasks.run(() -> meetings.attach(meetingId, file), a -> {
                attachments.add(attachmentRow(a));
                state.dataChanged();
            }, failure -> problem.set(failure instanceof AttachmentStore.TooLarge
                    ? Messages.get("meeting.attachment.tooLarge", file.getFileName())
                    : Messages.get("meeting.attachment.failed", file.getFileName(), Problems.describe(failure))));
        }
    }

    public void removeAttachment(Attachment attachment) {
        write(() -> {
            meetings.removeAttachment(attachment);
            return null;
        }, done -> attachments.removeIf(r -> r.attachment().id() == attachment.id()));
    }

    /**
     * Gets an attachment ready for the system's program, in the background (an encrypted copy is decrypted first),
     * then hands the file to {@code open}; says so when the copy is missing.
     */
    public void open(Attachment attachment, Consumer<Path> open) {
        tasks.run(() -> {
            Path file = meetings.fileOf(attachment);
            return Files.isRegularFile(file) ? file : null;
        }, file -> {
            if (file == null) {
                problem.set(Messages.get("meeting.attachment.missing", attachment.fileName()));
            } else {
                open.accept(file);
            }
        }, this::fail);
    }

    static AttachmentRow attachmentRow(Attachment attachment) {
        return new AttachmentRow(attachment, Sizes.human(attachment.sizeBytes()));
    }

    // ---- plumbing

    /** Runs a write in the background; tells the other views, or shows why it failed. */
    private <T> void write(Callable<T> work, Consumer<? super T> onSuccess) {
        tasks.run(work, result -> {
            problem.set("");
            onSuccess.accept(result);
            state.dataChanged();
        }, this::fail);
    }

    private void fail(Throwable failure) {
        boolean stale = failure instanceof DataProblem p && p.kind() == DataProblem.Kind.STALE;
        problem.set(Problems.describe(failure));
        if (stale && sheet != null) {
            open(sheet.event().id()); // show what is there now; the user's unsaved text is kept by saveText
        }
    }

    private static <T> int indexOf(List<T> list, Predicate<T> test) {
        for (int i = 0; i < list.size(); i++) {
            if (test.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasInstitutionProperty() {
        return hasInstitution.getReadOnlyProperty();
    }

    /** The last problem to show in the window ("" when none). */
    /** The last result to show in this window's notification bar (null between two). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void clearProblem() {
        problem.set("");
    }

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

    public ObservableList<Attendee> members() {
        return members;
    }

    public ObservableList<Attendee> contacts() {
        return contacts;
    }

    public ObservableList<Outcome> outcomes() {
        return outcomes;
    }

    public ObservableList<ActionRow> actions() {
        return actions;
    }

    public ObservableList<AttachmentRow> attachments() {
        return attachments;
    }

    public ObservableList<Member> owners() {
        return owners;
    }
}
