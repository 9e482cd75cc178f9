package org.visitplanner.db.itinerary;

import static org.visitplanner.db.jooq.Tables.EVENT;
import static org.visitplanner.db.jooq.Tables.EVENT_HOST;
import static org.visitplanner.db.jooq.Tables.EVENT_PARTICIPANT;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.visitplanner.db.OptimisticLock;
import org.visitplanner.db.UndoableDeletes;
import org.visitplanner.db.jooq.tables.records.EventRecord;
import org.visitplanner.logic.itinerary.CalendarFacts;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Event;

public final class JooqEventRepository implements EventRepository {

    private final DSLContext dsl;
    private final UndoableDeletes deletes;

    public JooqEventRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.deletes = new UndoableDeletes(dsl);
    }

    @Override
    public List<Event> findByTrip(long tripId) {
        return find(EVENT.TRIP_ID.eq(tripId));
    }

    @Override
    public Optional<Event> findById(long eventId) {
        return find(EVENT.ID.eq(eventId)).stream().findFirst();
    }

    @Override
    public Optional<Event> findByUid(String uid) {
        return find(EVENT.UID.eq(uid)).stream().findFirst();
    }

    private List<Event> find(Condition which) {
        // Three queries, not one per event: participants and hosts of all the events are read at once.
        Map<Long, List<Long>> participants = dsl.select(EVENT_PARTICIPANT.EVENT_ID, EVENT_PARTICIPANT.MEMBER_ID)
                .from(EVENT_PARTICIPANT).join(EVENT).on(EVENT.ID.eq(EVENT_PARTICIPANT.EVENT_ID))
                .where(which)
                .orderBy(EVENT_PARTICIPANT.MEMBER_ID)
                .fetchGroups(EVENT_PARTICIPANT.EVENT_ID, EVENT_PARTICIPANT.MEMBER_ID);
        Map<Long, List<Long>> hosts = dsl.select(EVENT_HOST.EVENT_ID, EVENT_HOST.CONTACT_ID)
                .from(EVENT_HOST).join(EVENT).on(EVENT.ID.eq(EVENT_HOST.EVENT_ID))
                .where(which)
                .orderBy(EVENT_HOST.CONTACT_ID)
                .fetchGroups(EVENT_HOST.EVENT_ID, EVENT_HOST.CONTACT_ID);
        return dsl.selectFrom(EVENT).where(which).orderBy(EVENT.STARTS_AT, EVENT.ENDS_AT, EVENT.ID)
                .fetch(r -> toEvent(r, participants.getOrDefault(r.getId(), List.of()),
                        hosts.getOrDefault(r.getId(), List.of())));
    }

    @Override
    public Event insert(Event e) {
        // Joins the caller's transaction when there is one (ThreadLocalTransactionProvider), else makes its own.
        return dsl.transactionResult(() -> {
            var insert = dsl.insertInto(EVENT)
                    .set(EVENT.TRIP_ID, e.tripId())
                    .set(EVENT.UID, e.uid())
                    .set(EVENT.KIND, e.kind())
                    .set(EVENT.TITLE, e.title())
                    .set(EVENT.STARTS_AT, e.start())
                    .set(EVENT.ENDS_AT, e.end())
                    .set(EVENT.ZONE, e.zone().getId())
                    .set(EVENT.INSTITUTION_ID, e.institutionId())
                    .set(EVENT.LOCATION, e.location())
                    .set(EVENT.STATUS, e.status())
                    .set(EVENT.NOTES, e.notes())
                    .set(EVENT.VERSION, e.version());
            long id = e.id() != 0
                    ? insert.set(EVENT.ID, e.id()).returning(EVENT.ID).fetchOne(EVENT.ID)
                    : insert.returning(EVENT.ID).fetchOne(EVENT.ID);
            insertPeople(id, e);
            return e.withId(id);
        });
    }

    @Override
    public Event update(Event e) {
        return dsl.transactionResult(() -> {
            // The right-hand sides see the row as it was: the sequence counts changes of time, place or title.
            Condition rescheduled = EVENT.TITLE.ne(e.title()).or(EVENT.STARTS_AT.ne(e.start()))
                    .or(EVENT.ENDS_AT.ne(e.end())).or(EVENT.ZONE.ne(e.zone().getId()))
                    .or(EVENT.INSTITUTION_ID.isDistinctFrom(e.institutionId()))
                    .or(EVENT.LOCATION.isDistinctFrom(e.location()));
            Condition placeMoved = EVENT.INSTITUTION_ID.isDistinctFrom(e.institutionId())
                    .or(EVENT.LOCATION.isDistinctFrom(e.location()));
            int updated = dsl.update(EVENT)
                    .set(EVENT.SEQUENCE, DSL.when(rescheduled, EVENT.SEQUENCE.plus(1)).otherwise(EVENT.SEQUENCE))
                    .set(EVENT.LATITUDE, DSL.when(placeMoved, DSL.castNull(EVENT.LATITUDE)).otherwise(EVENT.LATITUDE))
                    .set(EVENT.LONGITUDE, DSL.when(placeMoved, DSL.castNull(EVENT.LONGITUDE))
                            .otherwise(EVENT.LONGITUDE))
                    .set(EVENT.KIND, e.kind())
                    .set(EVENT.TITLE, e.title())
                    .set(EVENT.STARTS_AT, e.start())
                    .set(EVENT.ENDS_AT, e.end())
                    .set(EVENT.ZONE, e.zone().getId())
                    .set(EVENT.INSTITUTION_ID, e.institutionId())
                    .set(EVENT.LOCATION, e.location())
                    .set(EVENT.STATUS, e.status())
                    .set(EVENT.NOTES, e.notes())
                    .set(EVENT.VERSION, EVENT.VERSION.plus(1))
                    .set(EVENT.UPDATED_AT, OffsetDateTime.now())
                    .where(EVENT.ID.eq(e.id()).and(EVENT.VERSION.eq(e.version())))
                    .execute();
            OptimisticLock.check(updated, "event", e.id());
            dsl.deleteFrom(EVENT_PARTICIPANT).where(EVENT_PARTICIPANT.EVENT_ID.eq(e.id())).execute();
            dsl.deleteFrom(EVENT_HOST).where(EVENT_HOST.EVENT_ID.eq(e.id())).execute();
            insertPeople(e.id(), e);
            return new Event(e.id(), e.tripId(), e.uid(), e.kind(), e.title(), e.start(), e.end(), e.zone(),
                    e.institutionId(), e.location(), e.status(), e.notes(), e.participantIds(), e.hostIds(),
                    e.version() + 1);
        });
    }

    @Override
    public DeletedRows delete(long eventId, int version) {
        return deletes.delete(EVENT, eventId, version);
    }

    @Override
    public DeletedRows whatGoesWith(long eventId) {
        return deletes.whatGoesWith(EVENT, eventId);
    }

    @Override
    public Map<Long, CalendarFacts> calendarFacts(long tripId) {
        return dsl.select(EVENT.ID, EVENT.SEQUENCE, EVENT.UPDATED_AT, EVENT.LATITUDE, EVENT.LONGITUDE)
                .from(EVENT).where(EVENT.TRIP_ID.eq(tripId))
                .fetchMap(r -> r.get(EVENT.ID), r -> new CalendarFacts(r.get(EVENT.SEQUENCE),
                        r.get(EVENT.UPDATED_AT).toInstant(),
                        r.get(EVENT.LATITUDE) == null || r.get(EVENT.LONGITUDE) == null ? null
                                : new Coordinates(r.get(EVENT.LATITUDE), r.get(EVENT.LONGITUDE))));
    }

    @Override
    public void recordCalendarFacts(long eventId, int sequence, Coordinates position) {
        dsl.update(EVENT)
                .set(EVENT.SEQUENCE, DSL.greatest(EVENT.SEQUENCE, DSL.val(sequence)))
                .set(EVENT.LATITUDE, position == null ? null : position.latitude())
                .set(EVENT.LONGITUDE, position == null ? null : position.longitude())
                .where(EVENT.ID.eq(eventId))
                .execute();
    }

    private void insertPeople(long eventId, Event e) {
        for (Long memberId : e.participantIds().stream().distinct().toList()) {
            dsl.insertInto(EVENT_PARTICIPANT).set(EVENT_PARTICIPANT.EVENT_ID, eventId)
                    .set(EVENT_PARTICIPANT.MEMBER_ID, memberId).execute();
        }
        for (Long contactId : e.hostIds().stream().distinct().toList()) {
            dsl.insertInto(EVENT_HOST).set(EVENT_HOST.EVENT_ID, eventId).set(EVENT_HOST.CONTACT_ID, contactId)
                    .execute();
        }
    }

    public static Event toEvent(EventRecord r, List<Long> participantIds, List<Long> hostIds) {
        return new Event(r.getId(), r.getTripId(), r.getUid(), r.getKind(), r.getTitle(),
                r.getStartsAt(), r.getEndsAt(), ZoneId.of(r.getZone()), r.getInstitutionId(), r.getLocation(),
                r.getStatus(), r.getNotes(), participantIds, hostIds, r.getVersion());
    }
}
