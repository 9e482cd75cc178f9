package org.visitplanner.db.planner;

import static org.visitplanner.db.jooq.Tables.EVENT;
import static org.visitplanner.db.jooq.Tables.EVENT_PIN;
import static org.visitplanner.db.jooq.Tables.MEETING_RECORD;
import static org.visitplanner.db.jooq.Tables.PLAN_SETTING;
import static org.visitplanner.db.jooq.Tables.VISIT_TO_PLACE;
import static org.visitplanner.db.jooq.Tables.VISIT_TO_PLACE_MEMBER;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.visitplanner.db.OptimisticLock;
import org.visitplanner.db.UndoableDeletes;
import org.visitplanner.db.jooq.tables.records.VisitToPlaceRecord;
import org.visitplanner.logic.planner.PlannerRepository;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.AllowedDays;
import org.visitplanner.model.DayLimits;
import org.visitplanner.model.VisitToPlace;

public final class JooqPlannerRepository implements PlannerRepository {

    private final DSLContext dsl;
    private final UndoableDeletes deletes;

    public JooqPlannerRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.deletes = new UndoableDeletes(dsl);
    }

    @Override
    public List<VisitToPlace> visits(long tripId) {
        return find(VISIT_TO_PLACE.TRIP_ID.eq(tripId));
    }

    @Override
    public Optional<VisitToPlace> visit(long visitId) {
        return find(VISIT_TO_PLACE.ID.eq(visitId)).stream().findFirst();
    }

    private List<VisitToPlace> find(Condition which) {
        Map<Long, List<Long>> members = dsl.select(VISIT_TO_PLACE_MEMBER.VISIT_ID, VISIT_TO_PLACE_MEMBER.MEMBER_ID)
                .from(VISIT_TO_PLACE_MEMBER).join(VISIT_TO_PLACE)
                        .on(VISIT_TO_PLACE.ID.eq(VISIT_TO_PLACE_MEMBER.VISIT_ID))
                .where(which)
                .orderBy(VISIT_TO_PLACE_MEMBER.MEMBER_ID)
                .fetchGroups(VISIT_TO_PLACE_MEMBER.VISIT_ID, VISIT_TO_PLACE_MEMBER.MEMBER_ID);
        return dsl.selectFrom(VISIT_TO_PLACE).where(which).orderBy(VISIT_TO_PLACE.ID)
                .fetch(r -> toVisit(r, members.getOrDefault(r.getId(), List.of())));
    }

    @Override
    public VisitToPlace insert(VisitToPlace v) {
        return dsl.transactionResult(() -> {
            var insert = dsl.insertInto(VISIT_TO_PLACE)
                    .set(VISIT_TO_PLACE.TRIP_ID, v.tripId())
                    .set(VISIT_TO_PLACE.INSTITUTION_ID, v.institutionId())
                    .set(VISIT_TO_PLACE.LOCATION, v.location())
                    .set(VISIT_TO_PLACE.KIND, v.kind())
                    .set(VISIT_TO_PLACE.TITLE, v.title())
                    .set(VISIT_TO_PLACE.MINUTES, v.minutes())
                    .set(VISIT_TO_PLACE.ALLOWED_DAYS, v.days().stored())
                    .set(VISIT_TO_PLACE.EARLIEST, v.earliest())
                    .set(VISIT_TO_PLACE.LATEST, v.latest())
                    .set(VISIT_TO_PLACE.PREFERRED_FROM, v.preferredFrom())
                    .set(VISIT_TO_PLACE.PREFERRED_TO, v.preferredTo())
                    .set(VISIT_TO_PLACE.AFTER_ID, v.afterId())
                    .set(VISIT_TO_PLACE.EVENT_ID, v.eventId())
                    .set(VISIT_TO_PLACE.NOTES, v.notes())
                    .set(VISIT_TO_PLACE.VERSION, v.version());
            long id = v.id() != 0
                    ? insert.set(VISIT_TO_PLACE.ID, v.id()).returning(VISIT_TO_PLACE.ID).fetchOne(VISIT_TO_PLACE.ID)
                    : insert.returning(VISIT_TO_PLACE.ID).fetchOne(VISIT_TO_PLACE.ID);
            insertMembers(id, v.memberIds());
            return v.withId(id);
        });
    }

    @Override
    public VisitToPlace update(VisitToPlace v) {
        return dsl.transactionResult(() -> {
            int updated = dsl.update(VISIT_TO_PLACE)
                    .set(VISIT_TO_PLACE.INSTITUTION_ID, v.institutionId())
                    .set(VISIT_TO_PLACE.LOCATION, v.location())
                    .set(VISIT_TO_PLACE.KIND, v.kind())
                    .set(VISIT_TO_PLACE.TITLE, v.title())
                    .set(VISIT_TO_PLACE.MINUTES, v.minutes())
                    .set(VISIT_TO_PLACE.ALLOWED_DAYS, v.days().stored())
                    .set(VISIT_TO_PLACE.EARLIEST, v.earliest())
                    .set(VISIT_TO_PLACE.LATEST, v.latest())
                    .set(VISIT_TO_PLACE.PREFERRED_FROM, v.preferredFrom())
                    .set(VISIT_TO_PLACE.PREFERRED_TO, v.preferredTo())
                    .set(VISIT_TO_PLACE.AFTER_ID, v.afterId())
                    .set(VISIT_TO_PLACE.EVENT_ID, v.eventId())
                    .set(VISIT_TO_PLACE.NOTES, v.notes())
                    .set(VISIT_TO_PLACE.VERSION, VISIT_TO_PLACE.VERSION.plus(1))
                    .set(VISIT_TO_PLACE.UPDATED_AT, OffsetDateTime.now())
                    .where(VISIT_TO_PLACE.ID.eq(v.id()).and(VISIT_TO_PLACE.VERSION.eq(v.version())))
                    .execute();
            OptimisticLock.check(updated, "visit_to_place", v.id());
            dsl.deleteFrom(VISIT_TO_PLACE_MEMBER).where(VISIT_TO_PLACE_MEMBER.VISIT_ID.eq(v.id())).execute();
            insertMembers(v.id(), v.memberIds());
            return v.withVersion(v.version() + 1);
        });
    }

    @Override
    public DeletedRows delete(long visitId, int version) {
        return deletes.delete(VISIT_TO_PLACE, visitId, version);
    }

    private void insertMembers(long visitId, List<Long> memberIds) {
        for (Long memberId : memberIds.stream().distinct().toList()) {
            dsl.insertInto(VISIT_TO_PLACE_MEMBER).set(VISIT_TO_PLACE_MEMBER.VISIT_ID, visitId)
                    .set(VISIT_TO_PLACE_MEMBER.MEMBER_ID, memberId).execute();
        }
    }

    @Override
    public Map<Long, Boolean> pins(long tripId) {
        Map<Long, Boolean> pins = new LinkedHashMap<>();
        dsl.select(EVENT_PIN.EVENT_ID, EVENT_PIN.PINNED).from(EVENT_PIN).join(EVENT).on(EVENT.ID.eq(EVENT_PIN.EVENT_ID))
                .where(EVENT.TRIP_ID.eq(tripId)).orderBy(EVENT_PIN.EVENT_ID)
                .forEach(r -> pins.put(r.value1(), r.value2()));
        return pins;
    }

    @Override
    public void setPin(long eventId, Optional<Boolean> pinned) {
        dsl.transaction(() -> {
            dsl.deleteFrom(EVENT_PIN).where(EVENT_PIN.EVENT_ID.eq(eventId)).execute();
            if (pinned.isPresent()) {
                dsl.insertInto(EVENT_PIN).set(EVENT_PIN.EVENT_ID, eventId).set(EVENT_PIN.PINNED, pinned.get())
                        .execute();
            }
        });
    }

    @Override
    public Set<Long> eventsWithMeetingRecord(long tripId) {
        return new HashSet<>(dsl.select(MEETING_RECORD.EVENT_ID).from(MEETING_RECORD)
                .join(EVENT).on(EVENT.ID.eq(MEETING_RECORD.EVENT_ID))
                .where(EVENT.TRIP_ID.eq(tripId)).fetch(MEETING_RECORD.EVENT_ID));
    }

    @Override
    public DayLimits dayLimits(long tripId) {
        return dsl.selectFrom(PLAN_SETTING).where(PLAN_SETTING.TRIP_ID.eq(tripId)).fetchOptional()
                .map(r -> new DayLimits(r.getDayStart(), r.getDayEnd())).orElse(DayLimits.DEFAULT);
    }

    @Override
    public void saveDayLimits(long tripId, DayLimits limits) {
        dsl.transaction(() -> {
            int updated = dsl.update(PLAN_SETTING)
                    .set(PLAN_SETTING.DAY_START, limits.start())
                    .set(PLAN_SETTING.DAY_END, limits.end())
                    .set(PLAN_SETTING.VERSION, PLAN_SETTING.VERSION.plus(1))
                    .set(PLAN_SETTING.UPDATED_AT, OffsetDateTime.now())
                    .where(PLAN_SETTING.TRIP_ID.eq(tripId)).execute();
            if (updated == 0) {
                dsl.insertInto(PLAN_SETTING).set(PLAN_SETTING.TRIP_ID, tripId)
                        .set(PLAN_SETTING.DAY_START, limits.start()).set(PLAN_SETTING.DAY_END, limits.end()).execute();
            }
        });
    }

    private static VisitToPlace toVisit(VisitToPlaceRecord r, List<Long> memberIds) {
        return new VisitToPlace(r.getId(), r.getTripId(), r.getInstitutionId(), r.getLocation(),
                r.getKind(), r.getTitle(), r.getMinutes(),
                AllowedDays.parseStored(r.getAllowedDays()), r.getEarliest(), r.getLatest(), r.getPreferredFrom(),
                r.getPreferredTo(), r.getAfterId(), r.getEventId(), r.getNotes(), memberIds, r.getVersion());
    }
}
