package org.visitplanner.db.itinerary;

import static org.visitplanner.db.jooq.Tables.EVENT;
import static org.visitplanner.db.jooq.Tables.TRAVEL_LEG;

import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.visitplanner.db.OptimisticLock;
import org.visitplanner.db.jooq.tables.records.TravelLegRecord;
import org.visitplanner.logic.itinerary.TravelOverrideRepository;
import org.visitplanner.model.TravelOverride;

public final class JooqTravelOverrideRepository implements TravelOverrideRepository {

    private final DSLContext dsl;

    public JooqTravelOverrideRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<TravelOverride> findByTrip(long tripId) {
        return dsl.select(TRAVEL_LEG.asterisk()).from(TRAVEL_LEG)
                .join(EVENT).on(EVENT.ID.eq(TRAVEL_LEG.FROM_EVENT_ID))
                .where(EVENT.TRIP_ID.eq(tripId))
                .orderBy(TRAVEL_LEG.ID)
                .fetch(r -> toOverride(r.into(TRAVEL_LEG)));
    }

    @Override
    public TravelOverride insert(TravelOverride o) {
        var insert = dsl.insertInto(TRAVEL_LEG)
                .set(TRAVEL_LEG.FROM_EVENT_ID, o.fromEventId())
                .set(TRAVEL_LEG.TO_EVENT_ID, o.toEventId())
                .set(TRAVEL_LEG.MODE, o.mode())
                .set(TRAVEL_LEG.MINUTES, o.minutes())
                .set(TRAVEL_LEG.NOTES, o.notes())
                .set(TRAVEL_LEG.VERSION, o.version());
        long id = o.id() != 0
                ? insert.set(TRAVEL_LEG.ID, o.id()).returning(TRAVEL_LEG.ID).fetchOne(TRAVEL_LEG.ID)
                : insert.returning(TRAVEL_LEG.ID).fetchOne(TRAVEL_LEG.ID);
        return new TravelOverride(id, o.fromEventId(), o.toEventId(), o.mode(), o.minutes(), o.notes(), o.version());
    }

    @Override
    public TravelOverride update(TravelOverride o) {
        int updated = dsl.update(TRAVEL_LEG)
                .set(TRAVEL_LEG.MODE, o.mode())
                .set(TRAVEL_LEG.MINUTES, o.minutes())
                .set(TRAVEL_LEG.NOTES, o.notes())
                .set(TRAVEL_LEG.VERSION, TRAVEL_LEG.VERSION.plus(1))
                .set(TRAVEL_LEG.UPDATED_AT, OffsetDateTime.now())
                .where(TRAVEL_LEG.ID.eq(o.id()).and(TRAVEL_LEG.VERSION.eq(o.version())))
                .execute();
        OptimisticLock.check(updated, "travel_leg", o.id());
        return o.withVersion(o.version() + 1);
    }

    @Override
    public void delete(long overrideId, int version) {
        int deleted = dsl.deleteFrom(TRAVEL_LEG)
                .where(TRAVEL_LEG.ID.eq(overrideId).and(TRAVEL_LEG.VERSION.eq(version))).execute();
        OptimisticLock.check(deleted, "travel_leg", overrideId);
    }

    static TravelOverride toOverride(TravelLegRecord r) {
        return new TravelOverride(r.getId(), r.getFromEventId(), r.getToEventId(),
                r.getMode(), r.getMinutes(), r.getNotes(), r.getVersion());
    }
}
