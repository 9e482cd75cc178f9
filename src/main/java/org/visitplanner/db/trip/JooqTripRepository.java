package org.visitplanner.db.trip;

import static org.visitplanner.db.jooq.Tables.ACTION_ITEM;
import static org.visitplanner.db.jooq.Tables.DAY_NOTE;
import static org.visitplanner.db.jooq.Tables.EVENT;
import static org.visitplanner.db.jooq.Tables.EVENT_PARTICIPANT;
import static org.visitplanner.db.jooq.Tables.MEETING_RECORD;
import static org.visitplanner.db.jooq.Tables.MEMBER;
import static org.visitplanner.db.jooq.Tables.OUTCOME;
import static org.visitplanner.db.jooq.Tables.TRIP;
import static org.visitplanner.db.jooq.Tables.TRIP_MEMBER;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.visitplanner.db.OptimisticLock;
import org.visitplanner.db.UndoableDeletes;
import org.visitplanner.db.directory.JooqMemberRepository;
import org.visitplanner.db.jooq.tables.records.DayNoteRecord;
import org.visitplanner.db.jooq.tables.records.TripRecord;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.CityNames;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.model.TripSummary;

public final class JooqTripRepository implements TripRepository {

    private final DSLContext dsl;
    private final UndoableDeletes deletes;

    public JooqTripRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.deletes = new UndoableDeletes(dsl);
    }

    @Override
    public List<TripSummary> findAll() {
        var eventCount = DSL.selectCount().from(EVENT).where(EVENT.TRIP_ID.eq(TRIP.ID)).asField("event_count");
        return dsl.select(TRIP.asterisk(), eventCount)
                .from(TRIP)
                .orderBy(TRIP.FIRST_DAY, TRIP.ID)
                .fetch(r -> new TripSummary(toTrip(r.into(TRIP)), r.get(eventCount, Integer.class)));
    }

    @Override
    public Optional<Trip> findById(long id) {
        return dsl.selectFrom(TRIP).where(TRIP.ID.eq(id)).fetchOptional(JooqTripRepository::toTrip);
    }

    @Override
    public List<Trip> findByName(String name) {
        return dsl.selectFrom(TRIP).where(TRIP.NAME.eq(name)).orderBy(TRIP.ID).fetch(JooqTripRepository::toTrip);
    }

    @Override
    public Optional<Trip> findSample() {
        return dsl.selectFrom(TRIP).where(TRIP.IS_SAMPLE.isTrue()).orderBy(TRIP.ID).limit(1)
                .fetchOptional(JooqTripRepository::toTrip);
    }

    @Override
    public Trip insert(Trip trip) {
        long id = dsl.insertInto(TRIP)
                .set(TRIP.NAME, trip.name())
                .set(TRIP.FIRST_DAY, trip.firstDay())
                .set(TRIP.LAST_DAY, trip.lastDay())
                .set(TRIP.VENUE_ZONE, trip.venueZone().getId())
                .set(TRIP.HOME_ZONE, trip.homeZone().getId())
                .set(TRIP.HOME_CITY_EN, trip.homeCity().english())
                .set(TRIP.HOME_CITY_FR, trip.homeCity().french())
                .set(TRIP.HOME_CITY_ZH, trip.homeCity().chinese())
                .set(TRIP.IS_SAMPLE, trip.sample())
                .set(TRIP.NOTES, trip.notes())
                .returning(TRIP.ID)
                .fetchOne(TRIP.ID);
        return trip.withId(id);
    }

    @Override
    public Trip update(Trip trip) {
        int updated = dsl.update(TRIP)
                .set(TRIP.NAME, trip.name())
                .set(TRIP.FIRST_DAY, trip.firstDay())
                .set(TRIP.LAST_DAY, trip.lastDay())
                .set(TRIP.VENUE_ZONE, trip.venueZone().getId())
                .set(TRIP.HOME_ZONE, trip.homeZone().getId())
                .set(TRIP.HOME_CITY_EN, trip.homeCity().english())
                .set(TRIP.HOME_CITY_FR, trip.homeCity().french())
                .set(TRIP.HOME_CITY_ZH, trip.homeCity().chinese())
                .set(TRIP.NOTES, trip.notes())
                .set(TRIP.VERSION, TRIP.VERSION.plus(1))
                .set(TRIP.UPDATED_AT, OffsetDateTime.now())
                .where(TRIP.ID.eq(trip.id()).and(TRIP.VERSION.eq(trip.version())))
                .execute();
        if (updated == 0) {
            throw OptimisticLock.stale("TRIP", trip.id());
        }
        return new Trip(trip.id(), trip.name(), trip.firstDay(), trip.lastDay(), trip.venueZone(), trip.homeZone(),
                trip.homeCity(), trip.sample(), trip.notes(), trip.version() + 1);
    }

    @Override
    public void shiftDays(long tripId, int days) {
        if (days == 0) {
            return;
        }
        dsl.transaction(() -> {
            dsl.update(EVENT)
                    .set(EVENT.STARTS_AT, DSL.localDateTimeAdd(EVENT.STARTS_AT, days, DatePart.DAY))
                    .set(EVENT.ENDS_AT, DSL.localDateTimeAdd(EVENT.ENDS_AT, days, DatePart.DAY))
                    .set(EVENT.VERSION, EVENT.VERSION.plus(1))
                    .set(EVENT.UPDATED_AT, OffsetDateTime.now())
                    .where(EVENT.TRIP_ID.eq(tripId))
                    .execute();
            // Day notes are keyed by their day: moved by taking them out and putting them back, so that two notes
            // never share a day half-way through.
            List<DayNoteRecord> notes = dsl.selectFrom(DAY_NOTE).where(DAY_NOTE.TRIP_ID.eq(tripId)).fetch();
            dsl.deleteFrom(DAY_NOTE).where(DAY_NOTE.TRIP_ID.eq(tripId)).execute();
            for (DayNoteRecord note : notes) {
                dsl.insertInto(DAY_NOTE)
                        .set(DAY_NOTE.TRIP_ID, tripId)
                        .set(DAY_NOTE.NOTE_DAY, note.getNoteDay().plusDays(days))
                        .set(DAY_NOTE.NOTES, note.getNotes())
                        .set(DAY_NOTE.VERSION, note.getVersion() + 1)
                        .set(DAY_NOTE.CREATED_AT, note.getCreatedAt())
                        .execute();
            }
        });
    }

    @Override
    public Contents contents(long tripId) {
        var events = DSL.select(EVENT.ID).from(EVENT).where(EVENT.TRIP_ID.eq(tripId));
        var meetings = DSL.select(MEETING_RECORD.ID).from(MEETING_RECORD).where(MEETING_RECORD.EVENT_ID.in(events));
        return new Contents(
                dsl.fetchCount(EVENT, EVENT.TRIP_ID.eq(tripId)),
                dsl.fetchCount(MEETING_RECORD, MEETING_RECORD.EVENT_ID.in(events)),
                dsl.fetchCount(OUTCOME, OUTCOME.MEETING_ID.in(meetings)),
                dsl.fetchCount(ACTION_ITEM, ACTION_ITEM.MEETING_ID.in(meetings)));
    }

    @Override
    public DeletedRows delete(long tripId, int version) {
        return deletes.delete(TRIP, tripId, version);
    }

    @Override
    public void addMember(long tripId, long memberId, int position) {
        dsl.insertInto(TRIP_MEMBER)
                .set(TRIP_MEMBER.TRIP_ID, tripId)
                .set(TRIP_MEMBER.MEMBER_ID, memberId)
                .set(TRIP_MEMBER.POSITION, position)
                .onDuplicateKeyIgnore()
                .execute();
    }

    @Override
    public DeletedRows removeMember(long tripId, long memberId) {
        return dsl.transactionResult(() -> {
            DeletedRows participations = deletes.deleteWhere(EVENT_PARTICIPANT,
                    EVENT_PARTICIPANT.MEMBER_ID.eq(memberId).and(EVENT_PARTICIPANT.EVENT_ID.in(
                            DSL.select(EVENT.ID).from(EVENT).where(EVENT.TRIP_ID.eq(tripId)))));
            DeletedRows membership = deletes.deleteWhere(TRIP_MEMBER,
                    TRIP_MEMBER.TRIP_ID.eq(tripId).and(TRIP_MEMBER.MEMBER_ID.eq(memberId)));
            List<DeletedRows.Row> rows = new ArrayList<>(membership.rows());
            rows.addAll(participations.rows());
            return new DeletedRows(rows, List.of());
        });
    }

    @Override
    public List<Member> members(long tripId) {
        return dsl.select(MEMBER.asterisk())
                .from(MEMBER).join(TRIP_MEMBER).on(TRIP_MEMBER.MEMBER_ID.eq(MEMBER.ID))
                .where(TRIP_MEMBER.TRIP_ID.eq(tripId))
                .orderBy(TRIP_MEMBER.POSITION, MEMBER.NAME_LATIN)
                .fetch(r -> JooqMemberRepository.toMember(r.into(MEMBER)));
    }

    @Override
    public void delete(long tripId) {
        dsl.deleteFrom(TRIP).where(TRIP.ID.eq(tripId)).execute();
    }

    static Trip toTrip(Record record) {
        TripRecord r = record.into(TRIP);
        return new Trip(r.getId(), r.getName(), r.getFirstDay(), r.getLastDay(), ZoneId.of(r.getVenueZone()),
                ZoneId.of(r.getHomeZone()), new CityNames(r.getHomeCityEn(), r.getHomeCityFr(), r.getHomeCityZh()),
                r.getIsSample(), r.getNotes(), r.getVersion());
    }
}
