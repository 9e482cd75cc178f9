package org.visitplanner.db.directory;

import static org.visitplanner.db.jooq.Tables.CLOSURE;
import static org.visitplanner.db.jooq.Tables.CONTACT;
import static org.visitplanner.db.jooq.Tables.EVENT;
import static org.visitplanner.db.jooq.Tables.INSTITUTION;
import static org.visitplanner.db.jooq.Tables.OPENING_HOURS;
import static org.visitplanner.db.jooq.Tables.PARTNERSHIP;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.visitplanner.db.OptimisticLock;
import org.visitplanner.db.UndoableDeletes;
import org.visitplanner.db.jooq.tables.records.ClosureRecord;
import org.visitplanner.db.jooq.tables.records.InstitutionRecord;
import org.visitplanner.db.jooq.tables.records.OpeningHoursRecord;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Institution;
import org.visitplanner.model.OpeningHours;

public final class JooqInstitutionRepository implements InstitutionRepository {

    /** More ids than this are read as the whole table and filtered (a statement's bind values are limited). */
    private static final int MAX_IDS_IN_ONE_QUERY = 1_000;

    private final DSLContext dsl;
    private final UndoableDeletes deletes;

    public JooqInstitutionRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.deletes = new UndoableDeletes(dsl);
    }

    @Override
    public List<Institution> findAll() {
        return dsl.selectFrom(INSTITUTION).orderBy(INSTITUTION.OFFICIAL_NAME, INSTITUTION.ID)
                .fetch(JooqInstitutionRepository::toInstitution);
    }

    @Override
    public Optional<Institution> findById(long id) {
        return dsl.selectFrom(INSTITUTION).where(INSTITUTION.ID.eq(id))
                .fetchOptional(JooqInstitutionRepository::toInstitution);
    }

    @Override
    public Institution insert(Institution i) {
        long id = dsl.insertInto(INSTITUTION)
                .set(editableColumns(i))
                .returning(INSTITUTION.ID)
                .fetchOne(INSTITUTION.ID);
        return i.withId(id);
    }

    /** The columns the user edits, written the same way by an insert and an update. */
    private static Map<Field<?>, Object> editableColumns(Institution i) {
        Coordinates c = i.coordinates();
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(INSTITUTION.OFFICIAL_NAME, i.officialName());
        columns.put(INSTITUTION.ENGLISH_NAME, i.englishName());
        columns.put(INSTITUTION.CHINESE_NAME, i.chineseName());
        columns.put(INSTITUTION.SHORT_NAME, i.shortName());
        columns.put(INSTITUTION.KIND, i.kind());
        columns.put(INSTITUTION.RELATION, i.relation());
        columns.put(INSTITUTION.ADDRESS, i.address());
        columns.put(INSTITUTION.POSTCODE, i.postcode());
        columns.put(INSTITUTION.CITY, i.city());
        columns.put(INSTITUTION.COUNTRY, i.country());
        columns.put(INSTITUTION.LATITUDE, c == null ? null : c.latitude());
        columns.put(INSTITUTION.LONGITUDE, c == null ? null : c.longitude());
        columns.put(INSTITUTION.WEBSITE, i.website());
        columns.put(INSTITUTION.PHONE, i.phone());
        columns.put(INSTITUTION.NOTES, i.notes());
        return columns;
    }

    @Override
    public Institution update(Institution i) {
        int changed = dsl.update(INSTITUTION)
                .set(editableColumns(i))
                .set(INSTITUTION.VERSION, INSTITUTION.VERSION.plus(1))
                .set(INSTITUTION.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(INSTITUTION.ID.eq(i.id()).and(INSTITUTION.VERSION.eq(i.version())))
                .execute();
        OptimisticLock.check(changed, "institution", i.id());
        return new Institution(i.id(), i.officialName(), i.englishName(), i.chineseName(), i.shortName(), i.kind(),
                i.relation(), i.address(), i.postcode(), i.city(), i.country(), i.coordinates(), i.website(), i.phone(),
                i.notes(), i.version() + 1);
    }

    @Override
    public List<OpeningHours> openingHours(long institutionId) {
        return dsl.selectFrom(OPENING_HOURS).where(OPENING_HOURS.INSTITUTION_ID.eq(institutionId))
                .orderBy(OPENING_HOURS.WEEKDAY, OPENING_HOURS.OPENS_AT)
                .fetch(JooqInstitutionRepository::toOpeningHours);
    }

    @Override
    public Map<Long, List<OpeningHours>> allOpeningHours() {
        return dsl.selectFrom(OPENING_HOURS)
                .orderBy(OPENING_HOURS.INSTITUTION_ID, OPENING_HOURS.WEEKDAY, OPENING_HOURS.OPENS_AT)
                .fetchGroups(OPENING_HOURS.INSTITUTION_ID, JooqInstitutionRepository::toOpeningHours);
    }

    @Override
    public Map<Long, List<OpeningHours>> openingHoursOf(Collection<Long> ids) {
        if (ids.size() > MAX_IDS_IN_ONE_QUERY) {
            Map<Long, List<OpeningHours>> all = allOpeningHours();
            all.keySet().retainAll(Set.copyOf(ids));
            return all;
        }
        return dsl.selectFrom(OPENING_HOURS).where(OPENING_HOURS.INSTITUTION_ID.in(ids))
                .orderBy(OPENING_HOURS.INSTITUTION_ID, OPENING_HOURS.WEEKDAY, OPENING_HOURS.OPENS_AT)
                .fetchGroups(OPENING_HOURS.INSTITUTION_ID, JooqInstitutionRepository::toOpeningHours);
    }

    @Override
    public void replaceOpeningHours(long institutionId, List<OpeningHours> hours) {
        dsl.transaction(() -> {
            dsl.deleteFrom(OPENING_HOURS).where(OPENING_HOURS.INSTITUTION_ID.eq(institutionId)).execute();
            if (hours.isEmpty()) {
                return;
            }
            // One statement for all the spans (an import writes thousands of institutions in one go).
            var insert = dsl.insertInto(OPENING_HOURS, OPENING_HOURS.INSTITUTION_ID, OPENING_HOURS.WEEKDAY,
                    OPENING_HOURS.OPENS_AT, OPENING_HOURS.CLOSES_AT);
            for (OpeningHours h : hours) {
                insert = insert.values(institutionId, h.weekday().getValue(), h.opensAt(), h.closesAt());
            }
            insert.execute();
        });
    }

    @Override
    public List<Closure> closures(long institutionId) {
        return dsl.selectFrom(CLOSURE).where(CLOSURE.INSTITUTION_ID.eq(institutionId))
                .orderBy(CLOSURE.FIRST_DAY, CLOSURE.ID)
                .fetch(JooqInstitutionRepository::toClosure);
    }

    @Override
    public Map<Long, List<Closure>> allClosures() {
        return dsl.selectFrom(CLOSURE).orderBy(CLOSURE.INSTITUTION_ID, CLOSURE.FIRST_DAY, CLOSURE.ID)
                .fetchGroups(CLOSURE.INSTITUTION_ID, JooqInstitutionRepository::toClosure);
    }

    @Override
    public Map<Long, List<Closure>> closuresOf(Collection<Long> ids) {
        if (ids.size() > MAX_IDS_IN_ONE_QUERY) {
            Map<Long, List<Closure>> all = allClosures();
            all.keySet().retainAll(Set.copyOf(ids));
            return all;
        }
        return dsl.selectFrom(CLOSURE).where(CLOSURE.INSTITUTION_ID.in(ids))
                .orderBy(CLOSURE.INSTITUTION_ID, CLOSURE.FIRST_DAY, CLOSURE.ID)
                .fetchGroups(CLOSURE.INSTITUTION_ID, JooqInstitutionRepository::toClosure);
    }

    @Override
    public Closure insertClosure(Closure closure) {
        long id = dsl.insertInto(CLOSURE)
                .set(CLOSURE.INSTITUTION_ID, closure.institutionId())
                .set(CLOSURE.FIRST_DAY, closure.firstDay())
                .set(CLOSURE.LAST_DAY, closure.lastDay())
                .set(CLOSURE.REASON, closure.reason())
                .returning(CLOSURE.ID)
                .fetchOne(CLOSURE.ID);
        return new Closure(id, closure.institutionId(), closure.firstDay(), closure.lastDay(), closure.reason());
    }

    @Override
    public void replaceClosures(long institutionId, List<Closure> closures) {
        dsl.transaction(() -> {
            dsl.deleteFrom(CLOSURE).where(CLOSURE.INSTITUTION_ID.eq(institutionId)).execute();
            if (closures.isEmpty()) {
                return;
            }
            var insert = dsl.insertInto(CLOSURE, CLOSURE.INSTITUTION_ID, CLOSURE.FIRST_DAY, CLOSURE.LAST_DAY,
                    CLOSURE.REASON);
            for (Closure c : closures) {
                insert = insert.values(institutionId, c.firstDay(), c.lastDay(), c.reason());
            }
            insert.execute();
        });
    }

    @Override
    public Links links(long institutionId) {
        var contacts = DSL.selectCount().from(CONTACT).where(CONTACT.INSTITUTION_ID.eq(institutionId)).asField();
        var partnerships = DSL.selectCount().from(PARTNERSHIP).where(PARTNERSHIP.INSTITUTION_ID.eq(institutionId))
                .asField();
        var events = DSL.selectCount().from(EVENT).where(EVENT.INSTITUTION_ID.eq(institutionId)).asField();
        return dsl.select(contacts, partnerships, events)
                .fetchOne(r -> new Links(r.get(contacts, Integer.class), r.get(partnerships, Integer.class),
                        r.get(events, Integer.class)));
    }

    @Override
    public DeletedRows delete(long id, int version) {
        return deletes.delete(INSTITUTION, id, version);
    }

    public static Institution toInstitution(InstitutionRecord r) {
        Coordinates coordinates = r.getLatitude() == null || r.getLongitude() == null ? null
                : new Coordinates(r.getLatitude(), r.getLongitude());
        return new Institution(r.getId(), r.getOfficialName(), r.getEnglishName(), r.getChineseName(),
                r.getShortName(), r.getKind(),
                r.getRelation(), r.getAddress(), r.getPostcode(), r.getCity(),
                r.getCountry(), coordinates, r.getWebsite(), r.getPhone(), r.getNotes(), r.getVersion());
    }

    private static OpeningHours toOpeningHours(OpeningHoursRecord r) {
        return new OpeningHours(r.getId(), r.getInstitutionId(), DayOfWeek.of(r.getWeekday()), r.getOpensAt(),
                r.getClosesAt());
    }

    private static Closure toClosure(ClosureRecord r) {
        return new Closure(r.getId(), r.getInstitutionId(), r.getFirstDay(), r.getLastDay(), r.getReason());
    }
}
