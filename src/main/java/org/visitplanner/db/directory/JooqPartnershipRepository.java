package org.visitplanner.db.directory;

import static org.visitplanner.db.jooq.Tables.PARTNERSHIP;

import java.util.List;

import org.jooq.DSLContext;
import org.visitplanner.db.Enums;
import org.visitplanner.db.jooq.tables.records.PartnershipRecord;
import org.visitplanner.logic.directory.PartnershipRepository;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipType;

public final class JooqPartnershipRepository implements PartnershipRepository {

    private final DSLContext dsl;

    public JooqPartnershipRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Partnership> findAll() {
        return dsl.selectFrom(PARTNERSHIP).orderBy(PARTNERSHIP.INSTITUTION_ID, PARTNERSHIP.ID)
                .fetch(JooqPartnershipRepository::toPartnership);
    }

    @Override
    public List<Partnership> findByInstitution(long institutionId) {
        return dsl.selectFrom(PARTNERSHIP).where(PARTNERSHIP.INSTITUTION_ID.eq(institutionId))
                .orderBy(PARTNERSHIP.ID).fetch(JooqPartnershipRepository::toPartnership);
    }

    @Override
    public Partnership insert(Partnership p) {
        long id = dsl.insertInto(PARTNERSHIP)
                .set(PARTNERSHIP.INSTITUTION_ID, p.institutionId())
                .set(PARTNERSHIP.TYPE, p.type().name())
                .set(PARTNERSHIP.STATUS, p.status().name())
                .set(PARTNERSHIP.SINCE_DAY, p.since())
                .set(PARTNERSHIP.UNTIL_DAY, p.until())
                .set(PARTNERSHIP.NOTES, p.notes())
                .returning(PARTNERSHIP.ID)
                .fetchOne(PARTNERSHIP.ID);
        return p.withId(id);
    }

    public static Partnership toPartnership(PartnershipRecord r) {
        return new Partnership(r.getId(), r.getInstitutionId(), Enums.of(PartnershipType.class, r.getType()),
                Enums.of(PartnershipStatus.class, r.getStatus()), r.getSinceDay(), r.getUntilDay(), r.getNotes(),
                r.getVersion());
    }
}
