package org.visitplanner.logic.meeting;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.directory.PartnershipRepository;
import org.visitplanner.logic.directory.PartnershipStatusRepository;
import org.visitplanner.logic.merge.FieldMerge;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.logic.undo.Creation;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.logic.undo.Edits;
import org.visitplanner.logic.undo.Restorer;
import org.visitplanner.logic.undo.RowChange;
import org.visitplanner.logic.undo.RowScope;
import org.visitplanner.logic.undo.RowStore;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.Attachment;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.OutcomeType;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipStatusChange;
import org.visitplanner.model.PartnershipType;
import org.visitplanner.model.Trip;

/**
 * What the secretary does with a meeting record: open it, type, say who attended, list outcomes and actions, attach
 * files, and move a partnership forward when an outcome says so. Every multi-row change is one transaction.
 */
public final class MeetingService {

    /** The text of a record as the user sees it. */
    public record Text(String agenda, String notes) {
        public Text {
            agenda = agenda == null ? "" : agenda;
            notes = notes == null ? "" : notes;
        }

        public static Text of(MeetingRecord record) {
            return new Text(record.agenda(), record.notes());
        }
    }

    /**
     * The result of a save: the record as stored, and whether text saved meanwhile by someone else was taken in
     * beside the user's (then the window shows {@code record}'s text). When both changed the same text, nothing is
     * saved: {@code clash} holds both sides for the user to decide, and {@code record} is the record as stored now.
     */
    public record Saved(MeetingRecord record, boolean merged, FieldMerge<String> clash) {

        public Saved(MeetingRecord record, boolean merged) {
            this(record, merged, null);
        }

        /** Whether both changed the same text and the user must decide (nothing was saved). */
        public boolean clashed() {
            return clash != null;
        }
    }

    /** The field of the agenda's text (as in {@code bundle.field.*}). */
    public static final String AGENDA = "agenda";
    /** The field of the notes' text. */
    public static final String NOTES = "notes";

    private static final int SAVE_ATTEMPTS = 3;

    private final Transactions transactions;
    private final MeetingRepository meetings;
    private final TripRepository trips;
    private final InstitutionRepository institutions;
    private final ContactRepository contacts;
    private final PartnershipRepository partnerships;
    private final PartnershipStatusRepository statusChanges;
    private final AttachmentStore attachmentStore;
    private final Clock clock;
    private final RowStore rows;
    private final Restorer restorer;

    public MeetingService(Transactions transactions, MeetingRepository meetings, TripRepository trips,
                          InstitutionRepository institutions, ContactRepository contacts,
                          PartnershipRepository partnerships, PartnershipStatusRepository statusChanges,
                          AttachmentStore attachmentStore, Clock clock, RowStore rows, Restorer restorer) {
        this.rows = rows;
        this.restorer = restorer;
        this.transactions = transactions;
        this.meetings = meetings;
        this.trips = trips;
        this.institutions = institutions;
        this.contacts = contacts;
        this.partnerships = partnerships;
        this.statusChanges = statusChanges;
        this.attachmentStore = attachmentStore;
        this.clock = clock;
    }

    /**
     * The record of an event with all it shows. The first opening creates the record, with the planned participants
     * and hosts as attendees (the secretary then unticks who did not come).
     */
    public MeetingSheet open(long eventId) {
        return transactions.inTransaction(() -> {
            Event event = meetings.event(eventId)
                    .orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
            MeetingRecord record = meetings.findByEvent(eventId).orElseGet(() -> {
                MeetingRecord created = meetings.insert(eventId, "", "");
                meetings.setAttendance(created.id(), event.participantIds(), event.hostIds());
                return created;
            });
            return sheet(event, record);
        });
    }

    /** Whether the event is still there (its window closes when it is deleted, or its creation undone). */
    public boolean exists(long eventId) {
        return meetings.event(eventId).isPresent();
    }

    private MeetingSheet sheet(Event event, MeetingRecord record) {
        Institution institution = event.institutionId() == null ? null
                : institutions.findById(event.institutionId()).orElse(null);
        String tripName = trips.findById(event.tripId()).map(Trip::name).orElse("");
        return new MeetingSheet(event, tripName, institution, record, trips.members(event.tripId()),
                institution == null ? List.of() : contacts.findByInstitution(institution.id()),
                new LinkedHashSet<>(meetings.memberIds(record.id())),
                new LinkedHashSet<>(meetings.contactIds(record.id())),
                meetings.outcomes(record.id()), meetings.actions(record.id()), meetings.attachments(record.id()),
                institution == null ? List.of() : partnerships.findByInstitution(institution.id()));
    }

    /**
     * Saves the agenda and notes. {@code base} is the record as the window last read or saved it. When the record
     * changed meanwhile (another window, another person), the texts are merged: a text only one side changed keeps
     * that side's, and the merge is saved; when both changed the same text, nothing is saved and the result holds
     * the clash for the user to decide ({@link Saved#clashed()}).
     */
    public Saved saveText(MeetingRecord base, Text wanted) {
        MeetingRecord expected = base;
        Text merged = wanted;
        boolean tookTheirs = false;
        for (int attempt = 1; ; attempt++) {
            try {
                MeetingRecord stored = meetings.updateText(expected.id(), merged.agenda(), merged.notes(),
                        expected.version());
                return new Saved(stored, tookTheirs);
            } catch (DataProblem problem) {
                if (problem.kind() != DataProblem.Kind.STALE || attempt >= SAVE_ATTEMPTS) {
                    throw problem;
                }
                MeetingRecord current = meetings.findByEvent(base.eventId()).orElseThrow(() -> problem);
                FieldMerge<String> merge = FieldMerge.of(texts(Text.of(expected)), texts(merged),
                        texts(Text.of(current)));
                if (!merge.clean()) {
                    return new Saved(current, false, merge);
                }
                Text next = new Text(merge.merged().get(AGENDA), merge.merged().get(NOTES));
                tookTheirs |= !next.equals(merged);
                merged = next;
                expected = current;
            }
        }
    }

    /** The agenda and notes by field, for a merge. */
    public static Map<String, String> texts(Text text) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(AGENDA, text.agenda());
        texts.put(NOTES, text.notes());
        return texts;
    }

    /** Replaces who attended, ours and theirs. */
    public void setAttendance(long meetingId, Collection<Long> memberIds, Collection<Long> contactIds) {
        transactions.run(() -> meetings.setAttendance(meetingId, memberIds, contactIds));
    }

    /**
     * Adds a person met at the institution to the directory and to those who attended, in one transaction.
     * The name in Latin script is required.
     */
    public Contact addContact(long meetingId, long institutionId, String nameLatin, String nameChinese,
                              String title) {
        if (nameLatin == null || nameLatin.isBlank()) {
            throw new IllegalArgumentException("a contact needs a name");
        }
        return transactions.inTransaction(() -> {
            Contact contact = contacts.insert(new Contact(0, institutionId, nameLatin.strip(), blankToNull(nameChinese),
                    blankToNull(title), null, null, null, null, 0));
            List<Long> attending = new ArrayList<>(meetings.contactIds(meetingId));
            attending.add(contact.id());
            meetings.setAttendance(meetingId, meetings.memberIds(meetingId), attending);
            return contact;
        });
    }

    public Outcome addOutcome(long meetingId, OutcomeType type, String text) {
        return transactions.inTransaction(() -> meetings.insertOutcome(
                new Outcome(0, meetingId, type, requireText(text), meetings.outcomes(meetingId).size(), 0)));
    }

    public Outcome updateOutcome(Outcome outcome) {
        requireText(outcome.text());
        return transactions.inTransaction(() -> meetings.updateOutcome(outcome));
    }

    /** Deletes an outcome as the user saw it (STALE if it changed since); returns what went, for undo. */
    public DeletedRows deleteOutcome(Outcome outcome) {
        return transactions.inTransaction(() -> meetings.deleteOutcome(outcome.id(), outcome.version()));
    }

    /** Moves an outcome up ({@code -1}) or down ({@code +1}); returns the outcomes in their new order. */
    public List<Outcome> moveOutcome(long meetingId, long outcomeId, int delta) {
        return transactions.inTransaction(() -> {
            List<Long> ids = new ArrayList<>(meetings.outcomes(meetingId).stream().map(Outcome::id).toList());
            if (move(ids, outcomeId, delta)) {
                meetings.orderOutcomes(meetingId, ids);
            }
            return meetings.outcomes(meetingId);
        });
    }

    public ActionItem addAction(long meetingId, String text, Long ownerMemberId, LocalDate due) {
        return transactions.inTransaction(() -> meetings.insertAction(new ActionItem(0, meetingId, requireText(text),
                ownerMemberId, due, ActionStatus.OPEN, meetings.actions(meetingId).size(), 0)));
    }

    public ActionItem updateAction(ActionItem action) {
        requireText(action.text());
        return transactions.inTransaction(() -> meetings.updateAction(action));
    }

    /** Marks an action done, dropped or open again (optimistic locking on the version the caller read). */
    public ActionItem setStatus(ActionItem action, ActionStatus status) {
        return updateAction(action.withStatus(status));
    }

    /** Deletes an action item as the user saw it (STALE if it changed since); returns what went, for undo. */
    public DeletedRows deleteAction(ActionItem action) {
        return transactions.inTransaction(() -> meetings.deleteAction(action.id(), action.version()));
    }

    public List<ActionItem> moveAction(long meetingId, long actionId, int delta) {
        return transactions.inTransaction(() -> {
            List<Long> ids = new ArrayList<>(meetings.actions(meetingId).stream().map(ActionItem::id).toList());
            if (move(ids, actionId, delta)) {
                meetings.orderActions(meetingId, ids);
            }
            return meetings.actions(meetingId);
        });
    }

    /**
     * Copies a file into the data directory and lists it with the meeting. When the database refuses the row, the
     * copy is removed again.
     */
    public Attachment attach(long meetingId, Path file) throws IOException {
        AttachmentStore.Stored stored = attachmentStore.copyIn(meetingId, file);
        try {
            return transactions.inTransaction(() -> meetings.insertAttachment(new Attachment(0, meetingId,
                    stored.fileName(), stored.storedPath(), stored.sizeBytes(), stored.sha256(), 0)));
        } catch (RuntimeException e) {
            attachmentStore.delete(stored.storedPath());
            throw e;
        }
    }

    /** Removes an attachment from the meeting and deletes its copy (the user's original is never touched). */
    public void removeAttachment(Attachment attachment) throws IOException {
        transactions.run(() -> meetings.deleteAttachment(attachment.id()));
        attachmentStore.delete(attachment.storedPath());
    }

    /**
     * A file the system's program can open for an attachment: its copy, decrypted into a private temporary folder
     * when the data is protected by a password. It may read and write the whole file: call it off the FX thread.
     */
    public Path fileOf(Attachment attachment) throws IOException {
        return attachmentStore.openable(attachment.storedPath());
    }

    /** The status an outcome of this type suggests for a partnership ({@code null} when it suggests none). */
    public static PartnershipStatus suggestedStatus(OutcomeType type) {
        return switch (type) {
            case AGREEMENT -> PartnershipStatus.SIGNED;
            case CONSENSUS -> PartnershipStatus.AGREED_IN_PRINCIPLE;
            default -> null;
        };
    }

    /**
     * Sets an existing partnership's status because of an outcome, and records the change with the outcome's id.
     * {@code partnership} carries the version the user saw ({@code STALE} if it changed since).
     */
    public PartnershipStatusChange changePartnership(Partnership partnership, PartnershipStatus status,
                                                     long outcomeId) {
        Objects.requireNonNull(status, "status");
        return transactions.inTransaction(() -> statusChanges.changeStatus(partnership.id(), partnership.version(),
                status, outcomeId, OffsetDateTime.now(clock)));
    }

    /** Creates a partnership of {@code type} with {@code status} because of an outcome, and records it. */
    public PartnershipStatusChange startPartnership(long institutionId, PartnershipType type,
                                                    PartnershipStatus status, long outcomeId) {
        return transactions.inTransaction(() -> {
            Partnership created = partnerships.insert(new Partnership(0, institutionId, type, status,
                    null, null, null, 0));
            return statusChanges.record(created.id(), null, status, outcomeId, OffsetDateTime.now(clock));
        });
    }

    // ---- undoable edits of outcomes, action items and partnerships (Edit → Undo)

    /** A new outcome, added after the others, as one undoable edit. */
    public Creation<Outcome> addOutcomeEdit(String label, long meetingId, OutcomeType type, String text) {
        return Edits.creation(label, transactions, () -> addOutcome(meetingId, type, text),
                outcome -> meetings.deleteOutcome(outcome.id(), outcome.version()), restorer);
    }

    /** A change of an outcome's type and text (as the user saw it), as one undoable edit. */
    public RowChange<Outcome> updateOutcomeEdit(String label, Outcome outcome) {
        return Edits.change(label, transactions, rows, List.of(RowScope.of("OUTCOME", "ID", outcome.id())),
                () -> updateOutcome(outcome));
    }

    /** The deletion of an outcome (as the user saw it), as one undoable edit. */
    public UndoHistory.Edit deleteOutcomeEdit(String label, Outcome outcome) {
        return Edits.deletion(label, () -> deleteOutcome(outcome), restorer);
    }

    /** An outcome moved up or down, as one undoable edit; its result is the outcomes in their new order. */
    public RowChange<List<Outcome>> moveOutcomeEdit(String label, long meetingId, long outcomeId, int delta) {
        return Edits.change(label, transactions, rows, List.of(RowScope.of("OUTCOME", "MEETING_ID", meetingId)),
                () -> moveOutcome(meetingId, outcomeId, delta));
    }

    /** A new action item, as one undoable edit. */
    public Creation<ActionItem> addActionEdit(String label, long meetingId, String text, Long ownerMemberId,
                                              LocalDate due) {
        return Edits.creation(label, transactions, () -> addAction(meetingId, text, ownerMemberId, due),
                action -> meetings.deleteAction(action.id(), action.version()), restorer);
    }

    /** A change of an action item (text, owner, due date, status; as the user saw it), as one undoable edit. */
    public RowChange<ActionItem> updateActionEdit(String label, ActionItem action) {
        return Edits.change(label, transactions, rows, List.of(RowScope.of("ACTION_ITEM", "ID", action.id())),
                () -> updateAction(action));
    }

    /** The deletion of an action item (as the user saw it), as one undoable edit. */
    public UndoHistory.Edit deleteActionEdit(String label, ActionItem action) {
        return Edits.deletion(label, () -> deleteAction(action), restorer);
    }

    /** An action item moved up or down, as one undoable edit; its result is the items in their new order. */
    public RowChange<List<ActionItem>> moveActionEdit(String label, long meetingId, long actionId, int delta) {
        return Edits.change(label, transactions, rows, List.of(RowScope.of("ACTION_ITEM", "MEETING_ID", meetingId)),
                () -> moveAction(meetingId, actionId, delta));
    }

    /** A partnership moved to {@code status} because of an outcome (recorded in its history), as one undoable edit. */
    public RowChange<PartnershipStatusChange> changePartnershipEdit(String label, Partnership partnership,
                                                                    PartnershipStatus status, long outcomeId) {
        return Edits.change(label, transactions, rows, List.of(RowScope.of("PARTNERSHIP", "ID", partnership.id()),
                RowScope.of("PARTNERSHIP_STATUS_CHANGE", "PARTNERSHIP_ID", partnership.id())),
                () -> changePartnership(partnership, status, outcomeId));
    }

    /** A partnership started because of an outcome, as one undoable edit. */
    public Creation<PartnershipStatusChange> startPartnershipEdit(String label, long institutionId,
                                                                  PartnershipType type, PartnershipStatus status,
                                                                  long outcomeId) {
        return Edits.creation(label, transactions, () -> startPartnership(institutionId, type, status, outcomeId),
                change -> partnerships.delete(change.partnershipId(),
                        partnerships.findById(change.partnershipId()).orElseThrow().version()), restorer);
    }

    /** The institution's history: every visit across trips, newest first. */
    public List<Visit> visitsTo(long institutionId) {
        return meetings.visitsTo(institutionId);
    }

    private static boolean move(List<Long> ids, long id, int delta) {
        int from = ids.indexOf(id);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= ids.size()) {
            return false;
        }
        ids.add(to, ids.remove(from));
        return true;
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the text is empty");
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
