package org.visitplanner.db.meeting;

import static org.visitplanner.db.jooq.Tables.ACTION_ITEM;
import static org.visitplanner.db.jooq.Tables.ATTACHMENT;
import static org.visitplanner.db.jooq.Tables.EVENT;
import static org.visitplanner.db.jooq.Tables.EVENT_HOST;
import static org.visitplanner.db.jooq.Tables.EVENT_PARTICIPANT;
import static org.visitplanner.db.jooq.Tables.MEETING_CONTACT;
import static org.visitplanner.db.jooq.Tables.MEETING_MEMBER;
import static org.visitplanner.db.jooq.Tables.MEETING_RECORD;
import static org.visitplanner.db.jooq.Tables.MEMBER;
import static org.visitplanner.db.jooq.Tables.OUTCOME;
import static org.visitplanner.db.jooq.Tables.TRIP;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.visitplanner.db.OptimisticLock;
import org.visitplanner.db.UndoableDeletes;
import org.visitplanner.db.itinerary.JooqEventRepository;
import org.visitplanner.db.jooq.tables.records.ActionItemRecord;
import org.visitplanner.db.jooq.tables.records.AttachmentRecord;
import org.visitplanner.db.jooq.tables.records.MeetingRecordRecord;
import org.visitplanner.db.jooq.tables.records.OutcomeRecord;
import org.visitplanner.logic.meeting.MeetingRepository;
import org.visitplanner.logic.meeting.TripRecords;
import org.visitplanner.logic.meeting.Visit;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.ActionItem;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.Attachment;
import org.visitplanner.model.Event;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.PersonNames;

public final class JooqMeetingRepository implements MeetingRepository {

    private final DSLContext dsl;

    private final UndoableDeletes deletes;

    public JooqMeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.deletes = new UndoableDeletes(dsl);
    }

    @Override
    public Optional<Event> event(long eventId) {
        return dsl.selectFrom(EVENT).where(EVENT.ID.eq(eventId)).fetchOptional()
                .map(r -> JooqEventRepository.toEvent(r,
                        dsl.select(EVENT_PARTICIPANT.MEMBER_ID).from(EVENT_PARTICIPANT)
                                .where(EVENT_PARTICIPANT.EVENT_ID.eq(eventId)).orderBy(EVENT_PARTICIPANT.MEMBER_ID)
                                .fetch(EVENT_PARTICIPANT.MEMBER_ID),
                        dsl.select(EVENT_HOST.CONTACT_ID).from(EVENT_HOST)
                                .where(EVENT_HOST.EVENT_ID.eq(eventId)).orderBy(EVENT_HOST.CONTACT_ID)
                                .fetch(EVENT_HOST.CONTACT_ID)));
    }

    @Override
    public Optional<MeetingRecord> findByEvent(long eventId) {
        return dsl.selectFrom(MEETING_RECORD).where(MEETING_RECORD.EVENT_ID.eq(eventId))
                .fetchOptional(JooqMeetingRepository::toRecord);
    }

    @Override
    public MeetingRecord insert(long eventId, String agenda, String notes) {
        long id = dsl.insertInto(MEETING_RECORD)
                .set(MEETING_RECORD.EVENT_ID, eventId)
                .set(MEETING_RECORD.AGENDA, agenda)
                .set(MEETING_RECORD.NOTES, notes)
                .returning(MEETING_RECORD.ID)
                .fetchOne(MEETING_RECORD.ID);
        return new MeetingRecord(id, eventId, agenda, notes, 0);
    }

    @Override
    public MeetingRecord updateText(long meetingId, String agenda, String notes, int expectedVersion) {
        MeetingRecordRecord updated = dsl.update(MEETING_RECORD)
                .set(MEETING_RECORD.AGENDA, agenda)
                .set(MEETING_RECORD.NOTES, notes)
                .set(MEETING_RECORD.VERSION, MEETING_RECORD.VERSION.plus(1))
                .set(MEETING_RECORD.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(MEETING_RECORD.ID.eq(meetingId).and(MEETING_RECORD.VERSION.eq(expectedVersion)))
                .returning()
                .fetchOne();
        return toRecord(OptimisticLock.updated(updated, "meeting_record", meetingId));
    }

    @Override
    public List<Long> memberIds(long meetingId) {
        return dsl.select(MEETING_MEMBER.MEMBER_ID).from(MEETING_MEMBER).where(MEETING_MEMBER.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_MEMBER.MEMBER_ID).fetch(MEETING_MEMBER.MEMBER_ID);
    }

    @Override
    public List<Long> contactIds(long meetingId) {
        return dsl.select(MEETING_CONTACT.CONTACT_ID).from(MEETING_CONTACT)
                .where(MEETING_CONTACT.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_CONTACT.CONTACT_ID).fetch(MEETING_CONTACT.CONTACT_ID);
    }

    @Override
    public void setAttendance(long meetingId, Collection<Long> memberIds, Collection<Long> contactIds) {
        dsl.transaction(() -> {
            dsl.deleteFrom(MEETING_MEMBER).where(MEETING_MEMBER.MEETING_ID.eq(meetingId)).execute();
            for (Long memberId : new LinkedHashSet<>(memberIds)) {
                dsl.insertInto(MEETING_MEMBER).set(MEETING_MEMBER.MEETING_ID, meetingId)
                        .set(MEETING_MEMBER.MEMBER_ID, memberId).execute();
            }
            dsl.deleteFrom(MEETING_CONTACT).where(MEETING_CONTACT.MEETING_ID.eq(meetingId)).execute();
            for (Long contactId : new LinkedHashSet<>(contactIds)) {
                dsl.insertInto(MEETING_CONTACT).set(MEETING_CONTACT.MEETING_ID, meetingId)
                        .set(MEETING_CONTACT.CONTACT_ID, contactId).execute();
            }
        });
    }

    @Override
    public List<Outcome> outcomes(long meetingId) {
        return dsl.selectFrom(OUTCOME).where(OUTCOME.MEETING_ID.eq(meetingId))
                .orderBy(OUTCOME.POSITION, OUTCOME.ID).fetch(JooqMeetingRepository::toOutcome);
    }

    @Override
    public Outcome insertOutcome(Outcome o) {
        long id = dsl.insertInto(OUTCOME)
                .set(OUTCOME.MEETING_ID, o.meetingId())
                .set(OUTCOME.TYPE, o.type())
                .set(OUTCOME.TEXT, o.text())
                .set(OUTCOME.POSITION, o.position())
                .returning(OUTCOME.ID)
                .fetchOne(OUTCOME.ID);
        return o.withId(id);
    }

    @Override
    public Outcome updateOutcome(Outcome o) {
        OutcomeRecord updated = dsl.update(OUTCOME)
                .set(OUTCOME.TYPE, o.type())
                .set(OUTCOME.TEXT, o.text())
                .set(OUTCOME.VERSION, OUTCOME.VERSION.plus(1))
                .set(OUTCOME.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(OUTCOME.ID.eq(o.id()).and(OUTCOME.VERSION.eq(o.version())))
                .returning()
                .fetchOne();
        if (updated == null) {
            throw OptimisticLock.stale("outcome", o.id());
        }
        return toOutcome(updated);
    }

    @Override
    public DeletedRows deleteOutcome(long outcomeId, int version) {
        return deletes.delete(OUTCOME, outcomeId, version);
    }

    @Override
    public void orderOutcomes(long meetingId, List<Long> outcomeIds) {
        dsl.transaction(() -> {
            for (int position = 0; position < outcomeIds.size(); position++) {
                dsl.update(OUTCOME).set(OUTCOME.POSITION, position)
                        .set(OUTCOME.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(OUTCOME.ID.eq(outcomeIds.get(position)).and(OUTCOME.MEETING_ID.eq(meetingId)))
                        .execute();
            }
        });
    }

    @Override
    public List<ActionItem> actions(long meetingId) {
        return dsl.selectFrom(ACTION_ITEM).where(ACTION_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(ACTION_ITEM.POSITION, ACTION_ITEM.ID).fetch(JooqMeetingRepository::toAction);
    }

    @Override
    public ActionItem insertAction(ActionItem a) {
        long id = dsl.insertInto(ACTION_ITEM)
                .set(ACTION_ITEM.MEETING_ID, a.meetingId())
                .set(ACTION_ITEM.TEXT, a.text())
                .set(ACTION_ITEM.OWNER_MEMBER_ID, a.ownerMemberId())
                .set(ACTION_ITEM.DUE_DAY, a.due())
                .set(ACTION_ITEM.STATUS, a.status())
                .set(ACTION_ITEM.POSITION, a.position())
                .returning(ACTION_ITEM.ID)
                .fetchOne(ACTION_ITEM.ID);
        return a.withId(id);
    }

    @Override
    public ActionItem updateAction(ActionItem a) {
        ActionItemRecord updated = dsl.update(ACTION_ITEM)
                .set(ACTION_ITEM.TEXT, a.text())
                .set(ACTION_ITEM.OWNER_MEMBER_ID, a.ownerMemberId())
                .set(ACTION_ITEM.DUE_DAY, a.due())
                .set(ACTION_ITEM.STATUS, a.status())
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1))
                .set(ACTION_ITEM.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(ACTION_ITEM.ID.eq(a.id()).and(ACTION_ITEM.VERSION.eq(a.version())))
                .returning()
                .fetchOne();
        if (updated == null) {
            throw OptimisticLock.stale("action_item", a.id());
        }
        return toAction(updated);
    }

    @Override
    public DeletedRows deleteAction(long actionId, int version) {
        return deletes.delete(ACTION_ITEM, actionId, version);
    }

    @Override
    public void orderActions(long meetingId, List<Long> actionIds) {
        dsl.transaction(() -> {
            for (int position = 0; position < actionIds.size(); position++) {
                dsl.update(ACTION_ITEM).set(ACTION_ITEM.POSITION, position)
                        .set(ACTION_ITEM.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(ACTION_ITEM.ID.eq(actionIds.get(position)).and(ACTION_ITEM.MEETING_ID.eq(meetingId)))
                        .execute();
            }
        });
    }

    @Override
    public List<Attachment> attachments(long meetingId) {
        return dsl.selectFrom(ATTACHMENT).where(ATTACHMENT.MEETING_ID.eq(meetingId))
                .orderBy(ATTACHMENT.CREATED_AT, ATTACHMENT.ID).fetch(JooqMeetingRepository::toAttachment);
    }

    @Override
    public Attachment insertAttachment(Attachment a) {
        long id = dsl.insertInto(ATTACHMENT)
                .set(ATTACHMENT.MEETING_ID, a.meetingId())
                .set(ATTACHMENT.FILE_NAME, a.fileName())
                .set(ATTACHMENT.STORED_PATH, a.storedPath())
                .set(ATTACHMENT.SIZE_BYTES, a.sizeBytes())
                .set(ATTACHMENT.SHA256, a.sha256())
                .returning(ATTACHMENT.ID)
                .fetchOne(ATTACHMENT.ID);
        return a.withId(id);
    }

    @Override
    public void deleteAttachment(long attachmentId) {
        dsl.deleteFrom(ATTACHMENT).where(ATTACHMENT.ID.eq(attachmentId)).execute();
    }

    @Override
    public List<Visit> visitsTo(long institutionId) {
        return visitsTo(List.of(institutionId)).getOrDefault(institutionId, List.of());
    }

    @Override
    public TripRecords recordsOfTrip(long tripId) {
        Map<Long, MeetingRecord> records = dsl.select(MEETING_RECORD.fields()).from(MEETING_RECORD)
                .join(EVENT).on(EVENT.ID.eq(MEETING_RECORD.EVENT_ID)).where(EVENT.TRIP_ID.eq(tripId))
                .fetchMap(MEETING_RECORD.EVENT_ID, r -> toRecord(r.into(MEETING_RECORD)));
        var ofTrip = DSL.select(MEETING_RECORD.ID).from(MEETING_RECORD).join(EVENT)
                .on(EVENT.ID.eq(MEETING_RECORD.EVENT_ID)).where(EVENT.TRIP_ID.eq(tripId));
        Map<Long, Long> eventOf = new HashMap<>();
        records.forEach((eventId, record) -> eventOf.put(record.id(), eventId));
        Map<Long, List<Outcome>> outcomes = new HashMap<>();
        dsl.selectFrom(OUTCOME).where(OUTCOME.MEETING_ID.in(ofTrip)).orderBy(OUTCOME.POSITION, OUTCOME.ID)
                .forEach(r -> outcomes.computeIfAbsent(eventOf.get(r.getMeetingId()), id -> new ArrayList<>())
                        .add(toOutcome(r)));
        Map<Long, List<ActionItem>> actions = new HashMap<>();
        dsl.selectFrom(ACTION_ITEM).where(ACTION_ITEM.MEETING_ID.in(ofTrip))
                .orderBy(ACTION_ITEM.POSITION, ACTION_ITEM.ID)
                .forEach(r -> actions.computeIfAbsent(eventOf.get(r.getMeetingId()), id -> new ArrayList<>())
                        .add(toAction(r)));
        Map<Long, List<Long>> attendees = new HashMap<>();
        dsl.select(MEETING_MEMBER.MEETING_ID, MEETING_MEMBER.MEMBER_ID).from(MEETING_MEMBER)
                .where(MEETING_MEMBER.MEETING_ID.in(ofTrip)).orderBy(MEETING_MEMBER.MEMBER_ID)
                .forEach(r -> attendees.computeIfAbsent(eventOf.get(r.value1()), id -> new ArrayList<>())
                        .add(r.value2()));
        // A record added between these queries has no event here: the snapshot the documents read in prevents it.
        outcomes.remove(null);
        actions.remove(null);
        attendees.remove(null);
        return new TripRecords(records, outcomes, actions, attendees);
    }

    @Override
    public Map<Long, List<Visit>> visitsTo(Collection<Long> institutionIds) {
        // A handful of queries for the whole history of every institution asked for, not a few per visit.
        var rows = dsl.select(EVENT.asterisk(), TRIP.NAME, MEETING_RECORD.ID)
                .from(EVENT).join(TRIP).on(TRIP.ID.eq(EVENT.TRIP_ID))
                .leftJoin(MEETING_RECORD).on(MEETING_RECORD.EVENT_ID.eq(EVENT.ID))
                .where(EVENT.INSTITUTION_ID.in(institutionIds))
                .orderBy(EVENT.STARTS_AT.desc(), EVENT.ID.desc())
                .fetch();
        List<Long> eventIds = rows.map(r -> r.get(EVENT.ID));
        List<Long> meetingIds = rows.map(r -> r.get(MEETING_RECORD.ID)).stream()
                .filter(Objects::nonNull).toList();
        Map<Long, List<Long>> planned = dsl.select(EVENT_PARTICIPANT.EVENT_ID, EVENT_PARTICIPANT.MEMBER_ID)
                .from(EVENT_PARTICIPANT).where(EVENT_PARTICIPANT.EVENT_ID.in(eventIds))
                .fetchGroups(EVENT_PARTICIPANT.EVENT_ID, EVENT_PARTICIPANT.MEMBER_ID);
        Map<Long, List<Long>> hosts = dsl.select(EVENT_HOST.EVENT_ID, EVENT_HOST.CONTACT_ID)
                .from(EVENT_HOST).where(EVENT_HOST.EVENT_ID.in(eventIds))
                .fetchGroups(EVENT_HOST.EVENT_ID, EVENT_HOST.CONTACT_ID);
        Map<Long, List<Long>> attended = dsl.select(MEETING_MEMBER.MEETING_ID, MEETING_MEMBER.MEMBER_ID)
                .from(MEETING_MEMBER).where(MEETING_MEMBER.MEETING_ID.in(meetingIds))
                .fetchGroups(MEETING_MEMBER.MEETING_ID, MEETING_MEMBER.MEMBER_ID);
        Map<Long, String> names = dsl.select(MEMBER.ID, MEMBER.NAME_LATIN, MEMBER.NAME_CHINESE).from(MEMBER)
                .fetchMap(MEMBER.ID, r -> PersonNames.display(r.get(MEMBER.NAME_LATIN), r.get(MEMBER.NAME_CHINESE)));
        Map<Long, List<Outcome>> outcomes = dsl.selectFrom(OUTCOME).where(OUTCOME.MEETING_ID.in(meetingIds))
                .orderBy(OUTCOME.POSITION, OUTCOME.ID)
                .fetchGroups(OUTCOME.MEETING_ID, JooqMeetingRepository::toOutcome);
        Map<Long, List<ActionItem>> open = dsl.selectFrom(ACTION_ITEM).where(ACTION_ITEM.MEETING_ID.in(meetingIds)
                        .and(ACTION_ITEM.STATUS.eq(ActionStatus.OPEN)))
                .orderBy(ACTION_ITEM.POSITION, ACTION_ITEM.ID)
                .fetchGroups(ACTION_ITEM.MEETING_ID, JooqMeetingRepository::toAction);

        Map<Long, List<Visit>> visits = new HashMap<>();
        for (var row : rows) {
            long eventId = row.get(EVENT.ID);
            Long meetingId = row.get(MEETING_RECORD.ID);
            Event event = JooqEventRepository.toEvent(row.into(EVENT), planned.getOrDefault(eventId, List.of()),
                    hosts.getOrDefault(eventId, List.of()));
            List<Long> people = meetingId == null ? event.participantIds()
                    : attended.getOrDefault(meetingId, List.of());
            List<ActionItem> actions = meetingId == null ? List.of() : open.getOrDefault(meetingId, List.of());
            visits.computeIfAbsent(event.institutionId(), id -> new ArrayList<>()).add(new Visit(event,
                    row.get(TRIP.NAME), meetingId != null,
                    people.stream().map(id -> names.getOrDefault(id, "")).toList(),
                    meetingId == null ? List.of() : outcomes.getOrDefault(meetingId, List.of()), actions,
                    actions.stream().map(a -> a.ownerMemberId() == null ? ""
                            : names.getOrDefault(a.ownerMemberId(), "")).toList()));
        }
        return visits;
    }


    static MeetingRecord toRecord(MeetingRecordRecord r) {
        return new MeetingRecord(r.getId(), r.getEventId(), r.getAgenda(), r.getNotes(), r.getVersion());
    }

    static Outcome toOutcome(OutcomeRecord r) {
        return new Outcome(r.getId(), r.getMeetingId(), r.getType(), r.getText(),
                r.getPosition(), r.getVersion());
    }

    public static ActionItem toAction(ActionItemRecord r) {
        return new ActionItem(r.getId(), r.getMeetingId(), r.getText(), r.getOwnerMemberId(), r.getDueDay(),
                r.getStatus(), r.getPosition(), r.getVersion());
    }

    static Attachment toAttachment(AttachmentRecord r) {
        return new Attachment(r.getId(), r.getMeetingId(), r.getFileName(), r.getStoredPath(), r.getSizeBytes(),
                r.getSha256(), r.getVersion());
    }
}
