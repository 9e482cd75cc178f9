package org.visitplanner.db.directory;

import static org.visitplanner.db.jooq.Tables.CONTACT;
import static org.visitplanner.db.jooq.Tables.EVENT_HOST;
import static org.visitplanner.db.jooq.Tables.MEETING_CONTACT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.visitplanner.db.OptimisticLock;
import org.visitplanner.db.UndoableDeletes;
import org.visitplanner.db.jooq.tables.records.ContactRecord;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Contact;

public final class JooqContactRepository implements ContactRepository {

    private final DSLContext dsl;
    private final UndoableDeletes deletes;

    public JooqContactRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.deletes = new UndoableDeletes(dsl);
    }

    @Override
    public List<Contact> findAll() {
        return dsl.selectFrom(CONTACT).orderBy(CONTACT.NAME_LATIN, CONTACT.ID).fetch(JooqContactRepository::toContact);
    }

    @Override
    public List<Contact> findByInstitution(long institutionId) {
        return dsl.selectFrom(CONTACT).where(CONTACT.INSTITUTION_ID.eq(institutionId))
                .orderBy(CONTACT.NAME_LATIN, CONTACT.ID).fetch(JooqContactRepository::toContact);
    }

    @Override
    public Optional<Contact> findById(long id) {
        return dsl.selectFrom(CONTACT).where(CONTACT.ID.eq(id)).fetchOptional(JooqContactRepository::toContact);
    }

    @Override
    public Contact insert(Contact c) {
        long id = dsl.insertInto(CONTACT)
                .set(editableColumns(c))
                .returning(CONTACT.ID)
                .fetchOne(CONTACT.ID);
        return c.withId(id);
    }

    /** The columns the user edits, written the same way by an insert and an update. */
    private static Map<Field<?>, Object> editableColumns(Contact c) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(CONTACT.INSTITUTION_ID, c.institutionId());
        columns.put(CONTACT.NAME_LATIN, c.nameLatin());
        columns.put(CONTACT.NAME_CHINESE, c.nameChinese());
        columns.put(CONTACT.TITLE, c.title());
        columns.put(CONTACT.EMAIL, c.email());
        columns.put(CONTACT.PHONE, c.phone());
        columns.put(CONTACT.LANGUAGES, c.languages());
        columns.put(CONTACT.NOTES, c.notes());
        return columns;
    }

    @Override
    public Contact update(Contact c) {
        int changed = dsl.update(CONTACT)
                .set(editableColumns(c))
                .set(CONTACT.VERSION, CONTACT.VERSION.plus(1))
                .set(CONTACT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(CONTACT.ID.eq(c.id()).and(CONTACT.VERSION.eq(c.version())))
                .execute();
        OptimisticLock.check(changed, "contact", c.id());
        return new Contact(c.id(), c.institutionId(), c.nameLatin(), c.nameChinese(), c.title(), c.email(),
                c.phone(), c.languages(), c.notes(), c.version() + 1);
    }

    @Override
    public Links links(long contactId) {
        var events = DSL.selectCount().from(EVENT_HOST).where(EVENT_HOST.CONTACT_ID.eq(contactId)).asField();
        var meetings = DSL.selectCount().from(MEETING_CONTACT).where(MEETING_CONTACT.CONTACT_ID.eq(contactId))
                .asField();
        return dsl.select(events, meetings)
                .fetchOne(r -> new Links(r.get(events, Integer.class), r.get(meetings, Integer.class)));
    }

    @Override
    public DeletedRows delete(long id, int version) {
        return deletes.delete(CONTACT, id, version);
    }

    public static Contact toContact(ContactRecord r) {
        return new Contact(r.getId(), r.getInstitutionId(), r.getNameLatin(), r.getNameChinese(), r.getTitle(),
                r.getEmail(), r.getPhone(), r.getLanguages(), r.getNotes(), r.getVersion());
    }
}
