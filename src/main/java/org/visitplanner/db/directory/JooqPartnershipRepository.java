package org.visitplanner.db.directory;

import static org.visitplanner.db.jooq.Tables.PARTNERSHIP;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.visitplanner.db.OptimisticLock;
import org.visitplanner.db.UndoableDeletes;
import org.visitplanner.db.jooq.tables.records.PartnershipRecord;
import org.visitplanner.logic.directory.PartnershipRepository;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Partnership;

public final class JooqPartnershipRepository implements PartnershipRepository {

    private final DSLContext dsl;
    private final UndoableDeletes deletes;

    public JooqPartnershipRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.deletes = new UndoableDeletes(dsl);
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
    public Optional<Partnership> findById(long id) {
        return dsl.selectFrom(PARTNERSHIP).where(PARTNERSHIP.ID.eq(id))
                .fetchOptional(JooqPartnershipRepository::toPartnership);
    }

    @Override
    public Partnership insert(Partnership p) {
        long id = dsl.insertInto(PARTNERSHIP)
                .set(PARTNERSHIP.INSTITUTION_ID, p.institutionId())
                .set(PARTNERSHIP.TYPE, p.type())
                .set(PARTNERSHIP.STATUS, p.status())
                .set(PARTNERSHIP.SINCE_DAY, p.since())
                .set(PARTNERSHIP.UNTIL_DAY, p.until())
                .set(PARTNERSHIP.NOTES, p.notes())
                .returning(PARTNERSHIP.ID)
                .fetchOne(PARTNERSHIP.ID);
        return p.withId(id);
    }

    @Override
    public Partnership update(Partnership p) {
        int changed = dsl.update(PARTNERSHIP)
                .set(PARTNERSHIP.TYPE, p.type())
                .set(PARTNERSHIP.STATUS, p.status())
                .set(PARTNERSHIP.SINCE_DAY, p.since())
                .set(PARTNERSHIP.UNTIL_DAY, p.until())
                .set(PARTNERSHIP.NOTES, p.notes())
                .set(PARTNERSHIP.VERSION, PARTNERSHIP.VERSION.plus(1))
                .set(PARTNERSHIP.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(PARTNERSHIP.ID.eq(p.id()).and(PARTNERSHIP.VERSION.eq(p.version())))
                .execute();
        OptimisticLock.check(changed, "partnership", p.id());
        return new Partnership(p.id(), p.institutionId(), p.type(), p.status(), p.since(), p.until(), p.notes(),
                p.version() + 1);
    }

    @Override
    public DeletedRows delete(long id, int version) {
        return deletes.delete(PARTNERSHIP, id, version);
    }

    public static Partnership toPartnership(PartnershipRecord r) {
        return new Partnership(r.getId(), r.getInstitutionId(), r.getType(),
                r.getStatus(), r.getSinceDay(), r.getUntilDay(), r.getNotes(),
                r.getVersion());
    }
}
