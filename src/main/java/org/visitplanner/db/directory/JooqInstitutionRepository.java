package org.visitplanner.db.directory;

import static org.visitplanner.db.jooq.Tables.CLOSURE;
import static org.visitplanner.db.jooq.Tables.INSTITUTION;
import static org.visitplanner.db.jooq.Tables.OPENING_HOURS;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.visitplanner.db.Enums;
import org.visitplanner.db.jooq.tables.records.InstitutionRecord;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Institution;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.Relation;

public final class JooqInstitutionRepository implements InstitutionRepository {

    private final DSLContext dsl;

    public JooqInstitutionRepository(DSLContext dsl) {
        this.dsl = dsl;
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
        Coordinates c = i.coordinates();
        long id = dsl.insertInto(INSTITUTION)
                .set(INSTITUTION.OFFICIAL_NAME, i.officialName())
                .set(INSTITUTION.ENGLISH_NAME, i.englishName())
                .set(INSTITUTION.CHINESE_NAME, i.chineseName())
                .set(INSTITUTION.SHORT_NAME, i.shortName())
                .set(INSTITUTION.KIND, i.kind().name())
                .set(INSTITUTION.RELATION, i.relation().name())
                .set(INSTITUTION.ADDRESS, i.address())
                .set(INSTITUTION.POSTCODE, i.postcode())
                .set(INSTITUTION.CITY, i.city())
                .set(INSTITUTION.COUNTRY, i.country())
                .set(INSTITUTION.LATITUDE, c == null ? null : c.latitude())
                .set(INSTITUTION.LONGITUDE, c == null ? null : c.longitude())
                .set(INSTITUTION.WEBSITE, i.website())
                .set(INSTITUTION.PHONE, i.phone())
                .set(INSTITUTION.NOTES, i.notes())
                .returning(INSTITUTION.ID)
                .fetchOne(INSTITUTION.ID);
        return i.withId(id);
    }

    @Override
    public List<OpeningHours> openingHours(long institutionId) {
        return dsl.selectFrom(OPENING_HOURS).where(OPENING_HOURS.INSTITUTION_ID.eq(institutionId))
                .orderBy(OPENING_HOURS.WEEKDAY, OPENING_HOURS.OPENS_AT)
                .fetch(r -> new OpeningHours(r.getId(), r.getInstitutionId(), DayOfWeek.of(r.getWeekday()),
                        r.getOpensAt(), r.getClosesAt()));
    }

    @Override
    public void replaceOpeningHours(long institutionId, List<OpeningHours> hours) {
        dsl.transaction(() -> {
            dsl.deleteFrom(OPENING_HOURS).where(OPENING_HOURS.INSTITUTION_ID.eq(institutionId)).execute();
            for (OpeningHours h : hours) {
                dsl.insertInto(OPENING_HOURS)
                        .set(OPENING_HOURS.INSTITUTION_ID, institutionId)
                        .set(OPENING_HOURS.WEEKDAY, h.weekday().getValue())
                        .set(OPENING_HOURS.OPENS_AT, h.opensAt())
                        .set(OPENING_HOURS.CLOSES_AT, h.closesAt())
                        .execute();
            }
        });
    }

    @Override
    public List<Closure> closures(long institutionId) {
        return dsl.selectFrom(CLOSURE).where(CLOSURE.INSTITUTION_ID.eq(institutionId)).orderBy(CLOSURE.FIRST_DAY)
                .fetch(r -> new Closure(r.getId(), r.getInstitutionId(), r.getFirstDay(), r.getLastDay(),
                        r.getReason()));
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

    public static Institution toInstitution(InstitutionRecord r) {
        Coordinates coordinates = r.getLatitude() == null || r.getLongitude() == null ? null
                : new Coordinates(r.getLatitude(), r.getLongitude());
        return new Institution(r.getId(), r.getOfficialName(), r.getEnglishName(), r.getChineseName(),
                r.getShortName(), Enums.of(InstitutionKind.class, r.getKind()),
                Enums.of(Relation.class, r.getRelation()), r.getAddress(), r.getPostcode(), r.getCity(),
                r.getCountry(), coordinates, r.getWebsite(), r.getPhone(), r.getNotes(), r.getVersion());
    }
}
