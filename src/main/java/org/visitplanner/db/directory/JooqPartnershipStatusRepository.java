package org.visitplanner.db.directory;

import static org.visitplanner.db.jooq.Tables.PARTNERSHIP;
import static org.visitplanner.db.jooq.Tables.PARTNERSHIP_STATUS_CHANGE;

import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.visitplanner.db.OptimisticLock;
import org.visitplanner.db.jooq.tables.records.PartnershipStatusChangeRecord;
import org.visitplanner.logic.directory.PartnershipStatusRepository;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipStatusChange;

public final class JooqPartnershipStatusRepository implements PartnershipStatusRepository {

    private final DSLContext dsl;

    public JooqPartnershipStatusRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public PartnershipStatusChange changeStatus(long partnershipId, int expectedVersion, PartnershipStatus newStatus,
                                                Long outcomeId, OffsetDateTime at) {
        return dsl.transactionResult(() -> {
            PartnershipStatus old = dsl.select(PARTNERSHIP.STATUS).from(PARTNERSHIP)
                    .where(PARTNERSHIP.ID.eq(partnershipId).and(PARTNERSHIP.VERSION.eq(expectedVersion)))
                    .forUpdate().fetchOne(PARTNERSHIP.STATUS);
            int updated = old == null ? 0 : dsl.update(PARTNERSHIP)
                    .set(PARTNERSHIP.STATUS, newStatus)
                    .set(PARTNERSHIP.VERSION, PARTNERSHIP.VERSION.plus(1))
                    .set(PARTNERSHIP.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(PARTNERSHIP.ID.eq(partnershipId).and(PARTNERSHIP.VERSION.eq(expectedVersion)))
                    .execute();
            OptimisticLock.check(updated, "partnership", partnershipId);
            return insert(partnershipId, old, newStatus, outcomeId, at);
        });
    }

    @Override
    public PartnershipStatusChange record(long partnershipId, PartnershipStatus oldStatus, PartnershipStatus newStatus,
                                          Long outcomeId, OffsetDateTime at) {
        return insert(partnershipId, oldStatus, newStatus, outcomeId, at);
    }

    private PartnershipStatusChange insert(long partnershipId, PartnershipStatus old, PartnershipStatus status,
                                           Long outcomeId, OffsetDateTime at) {
        long id = dsl.insertInto(PARTNERSHIP_STATUS_CHANGE)
                .set(PARTNERSHIP_STATUS_CHANGE.PARTNERSHIP_ID, partnershipId)
                .set(PARTNERSHIP_STATUS_CHANGE.OLD_STATUS, old)
                .set(PARTNERSHIP_STATUS_CHANGE.NEW_STATUS, status)
                .set(PARTNERSHIP_STATUS_CHANGE.CHANGED_AT, at)
                .set(PARTNERSHIP_STATUS_CHANGE.OUTCOME_ID, outcomeId)
                .returning(PARTNERSHIP_STATUS_CHANGE.ID)
                .fetchOne(PARTNERSHIP_STATUS_CHANGE.ID);
        return new PartnershipStatusChange(id, partnershipId, old, status, at, outcomeId);
    }

    @Override
    public List<PartnershipStatusChange> changesOfInstitution(long institutionId) {
        return dsl.select(PARTNERSHIP_STATUS_CHANGE.asterisk()).from(PARTNERSHIP_STATUS_CHANGE)
                .join(PARTNERSHIP).on(PARTNERSHIP.ID.eq(PARTNERSHIP_STATUS_CHANGE.PARTNERSHIP_ID))
                .where(PARTNERSHIP.INSTITUTION_ID.eq(institutionId))
                .orderBy(PARTNERSHIP_STATUS_CHANGE.CHANGED_AT.desc(), PARTNERSHIP_STATUS_CHANGE.ID.desc())
                .fetch(r -> toChange(r.into(PARTNERSHIP_STATUS_CHANGE)));
    }

    @Override
    public List<PartnershipStatusChange> findAll() {
        return dsl.selectFrom(PARTNERSHIP_STATUS_CHANGE)
                .orderBy(PARTNERSHIP_STATUS_CHANGE.CHANGED_AT, PARTNERSHIP_STATUS_CHANGE.ID)
                .fetch(JooqPartnershipStatusRepository::toChange);
    }

    static PartnershipStatusChange toChange(PartnershipStatusChangeRecord r) {
        return new PartnershipStatusChange(r.getId(), r.getPartnershipId(),
                r.getOldStatus(),
                r.getNewStatus(),
                r.getChangedAt(), r.getOutcomeId());
    }
}
