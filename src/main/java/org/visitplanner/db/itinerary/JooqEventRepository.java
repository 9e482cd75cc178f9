package org.visitplanner.db.itinerary;

import static org.visitplanner.db.jooq.Tables.EVENT;
import static org.visitplanner.db.jooq.Tables.EVENT_HOST;
import static org.visitplanner.db.jooq.Tables.EVENT_PARTICIPANT;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.visitplanner.db.Enums;
import org.visitplanner.db.jooq.tables.records.EventRecord;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;

public final class JooqEventRepository implements EventRepository {

    private final DSLContext dsl;

    public JooqEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Event> findByTrip(long tripId) {
        // Three queries, not one per event: participants and hosts of the whole trip are read at once.
        Map<Long, List<Long>> participants = dsl.select(EVENT_PARTICIPANT.EVENT_ID, EVENT_PARTICIPANT.MEMBER_ID)
                .from(EVENT_PARTICIPANT).join(EVENT).on(EVENT.ID.eq(EVENT_PARTICIPANT.EVENT_ID))
                .where(EVENT.TRIP_ID.eq(tripId))
                .orderBy(EVENT_PARTICIPANT.MEMBER_ID)
                .fetchGroups(EVENT_PARTICIPANT.EVENT_ID, EVENT_PARTICIPANT.MEMBER_ID);
        Map<Long, List<Long>> hosts = dsl.select(EVENT_HOST.EVENT_ID, EVENT_HOST.CONTACT_ID)
                .from(EVENT_HOST).join(EVENT).on(EVENT.ID.eq(EVENT_HOST.EVENT_ID))
                .where(EVENT.TRIP_ID.eq(tripId))
                .orderBy(EVENT_HOST.CONTACT_ID)
                .fetchGroups(EVENT_HOST.EVENT_ID, EVENT_HOST.CONTACT_ID);
        return dsl.selectFrom(EVENT).where(EVENT.TRIP_ID.eq(tripId)).orderBy(EVENT.STARTS_AT, EVENT.ENDS_AT, EVENT.ID)
                .fetch(r -> toEvent(r, participants.getOrDefault(r.getId(), List.of()),
                        hosts.getOrDefault(r.getId(), List.of())));
    }

    @Override
    public Event insert(Event e) {
        // Joins the caller's transaction when there is one (ThreadLocalTransactionProvider), else makes its own.
        return dsl.transactionResult(() -> {
            DSLContext db = dsl;
            long id = db.insertInto(EVENT)
                    .set(EVENT.TRIP_ID, e.tripId())
                    .set(EVENT.UID, e.uid())
                    .set(EVENT.KIND, e.kind().name())
                    .set(EVENT.TITLE, e.title())
                    .set(EVENT.STARTS_AT, e.start())
                    .set(EVENT.ENDS_AT, e.end())
                    .set(EVENT.ZONE, e.zone().getId())
                    .set(EVENT.INSTITUTION_ID, e.institutionId())
                    .set(EVENT.LOCATION, e.location())
                    .set(EVENT.STATUS, e.status().name())
                    .set(EVENT.NOTES, e.notes())
                    .returning(EVENT.ID)
                    .fetchOne(EVENT.ID);
            for (Long memberId : e.participantIds().stream().distinct().collect(Collectors.toList())) {
                db.insertInto(EVENT_PARTICIPANT).set(EVENT_PARTICIPANT.EVENT_ID, id)
                        .set(EVENT_PARTICIPANT.MEMBER_ID, memberId).execute();
            }
            for (Long contactId : e.hostIds().stream().distinct().collect(Collectors.toList())) {
                db.insertInto(EVENT_HOST).set(EVENT_HOST.EVENT_ID, id).set(EVENT_HOST.CONTACT_ID, contactId).execute();
            }
            return e.withId(id);
        });
    }

    public static Event toEvent(EventRecord r, List<Long> participantIds, List<Long> hostIds) {
        return new Event(r.getId(), r.getTripId(), r.getUid(), Enums.of(EventKind.class, r.getKind()), r.getTitle(),
                r.getStartsAt(), r.getEndsAt(), ZoneId.of(r.getZone()), r.getInstitutionId(), r.getLocation(),
                Enums.of(EventStatus.class, r.getStatus()), r.getNotes(), participantIds, hostIds, r.getVersion());
    }
}
