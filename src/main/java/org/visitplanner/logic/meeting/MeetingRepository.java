package org.visitplanner.logic.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.Attachment;
import org.visitplanner.model.Event;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.model.Outcome;

/**
 * Meeting records with who attended, their outcomes, action items and attachments. Updates use optimistic locking:
 * a row changed since it was read gives {@link org.visitplanner.logic.DataProblem.Kind#STALE}.
 */
public interface MeetingRepository {

    /** The event a record is (or would be) kept for, with its planned participants and hosts. */
    Optional<Event> event(long eventId);

    Optional<MeetingRecord> findByEvent(long eventId);

    /** Stores a new record for {@code eventId}; its agenda and notes may be empty. */
    MeetingRecord insert(long eventId, String agenda, String notes);

    /** Replaces the agenda and notes when the record is still at {@code expectedVersion}; returns the new version. */
    MeetingRecord updateText(long meetingId, String agenda, String notes, int expectedVersion);

    /** Our members who attended. */
    List<Long> memberIds(long meetingId);

    /** Their contacts who attended. */
    List<Long> contactIds(long meetingId);

    /** Replaces who attended on both sides. */
    void setAttendance(long meetingId, Collection<Long> memberIds, Collection<Long> contactIds);

    /** Outcomes in their order. */
    List<Outcome> outcomes(long meetingId);

    /** Adds an outcome after the others. */
    Outcome insertOutcome(Outcome outcome);

    /** Changes type and text (optimistic locking). */
    Outcome updateOutcome(Outcome outcome);

    /** Deletes an outcome still at {@code version} (else STALE); returns what went, for undo. */
    DeletedRows deleteOutcome(long outcomeId, int version);

    /** Puts the meeting's outcomes in the order of {@code outcomeIds}. */
    void orderOutcomes(long meetingId, List<Long> outcomeIds);

    /** Action items in their order. */
    List<ActionItem> actions(long meetingId);

    /** Adds an action item after the others. */
    ActionItem insertAction(ActionItem action);

    /** Changes text, owner, due date and status (optimistic locking). */
    ActionItem updateAction(ActionItem action);

    /** Deletes an action item still at {@code version} (else STALE); returns what went, for undo. */
    DeletedRows deleteAction(long actionId, int version);

    void orderActions(long meetingId, List<Long> actionIds);

    List<Attachment> attachments(long meetingId);

    Attachment insertAttachment(Attachment attachment);

    void deleteAttachment(long attachmentId);

    /** Every visit to an institution across trips, newest first, with what its meeting record says. */
    List<Visit> visitsTo(long institutionId);

    /** {@link #visitsTo(long)} of several institutions, by institution id, in the same few queries as one. */
    Map<Long, List<Visit>> visitsTo(Collection<Long> institutionIds);

    /**
     * What the meeting records of a trip's events say, by event id, in a few queries however many events the trip
     * has (the documents read it; one query per event would also let a sheet mix states).
     */
    TripRecords recordsOfTrip(long tripId);
}
