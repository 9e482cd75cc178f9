package org.visitplanner.db.history;

import static org.visitplanner.db.jooq.Tables.CHANGE_HISTORY;
import static org.visitplanner.db.jooq.Tables.CONTACT;
import static org.visitplanner.db.jooq.Tables.MEETING_RECORD;

import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.visitplanner.db.jooq.tables.records.ChangeHistoryRecord;
import org.visitplanner.logic.history.HistoryRepository;
import org.visitplanner.model.FieldChange;

/** Reads the change history the triggers of V12 and V13 write. */
public final class JooqHistoryRepository implements HistoryRepository {

    /** Enough for any page that shows it; older changes stay in the table. */
    static final int LIMIT = 500;

    private final DSLContext dsl;

    public JooqHistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<FieldChange> ofInstitution(long institutionId) {
        // a contact deleted since is found by the institution its deletion names
        return find(of("institution", institutionId).or(CHANGE_HISTORY.TABLE_NAME.eq("contact")
                .and(CHANGE_HISTORY.RECORD_ID.in(DSL.select(CONTACT.ID).from(CONTACT)
                        .where(CONTACT.INSTITUTION_ID.eq(institutionId)))
                        .or(CHANGE_HISTORY.PARENT_ID.eq(institutionId)))));
    }

    @Override
    public List<FieldChange> ofMember(long memberId) {
        return find(of("member", memberId));
    }

    @Override
    public List<FieldChange> ofEvent(long eventId) {
        return find(of("event", eventId).or(CHANGE_HISTORY.TABLE_NAME.eq("meeting_record")
                .and(CHANGE_HISTORY.RECORD_ID.in(DSL.select(MEETING_RECORD.ID).from(MEETING_RECORD)
                        .where(MEETING_RECORD.EVENT_ID.eq(eventId))))));
    }

    private static Condition of(String table, long id) {
        return CHANGE_HISTORY.TABLE_NAME.eq(table).and(CHANGE_HISTORY.RECORD_ID.eq(id));
    }

    private List<FieldChange> find(Condition which) {
        return dsl.select(CHANGE_HISTORY.asterisk(), CONTACT.NAME_LATIN).from(CHANGE_HISTORY)
                .leftJoin(CONTACT)
                .on(CHANGE_HISTORY.TABLE_NAME.eq("contact").and(CONTACT.ID.eq(CHANGE_HISTORY.RECORD_ID)))
                .where(which)
                .orderBy(CHANGE_HISTORY.UPDATED_AT.desc(), CHANGE_HISTORY.ID.desc())
                .limit(LIMIT)
                .fetch(r -> toChange(r.into(CHANGE_HISTORY), r.get(CONTACT.NAME_LATIN)));
    }

    private static FieldChange toChange(ChangeHistoryRecord r, String contactName) {
        // The last moment of the change: a row that gathered a note's autosaves says when it was last saved.
        return new FieldChange(r.getTableName(), r.getRecordId(), contactName, r.getField(), r.getOldValue(),
                r.getNewValue(), r.getLongText(), r.getChangedBy(), r.getUpdatedAt());
    }
}
