package org.visitplanner.db.directory;

import static org.visitplanner.db.jooq.Tables.CONTACT;

import java.util.List;

import org.jooq.DSLContext;
import org.visitplanner.db.jooq.tables.records.ContactRecord;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.model.Contact;

public final class JooqContactRepository implements ContactRepository {

    private final DSLContext dsl;

    public JooqContactRepository(DSLContext dsl) {
        this.dsl = dsl;
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
    public Contact insert(Contact c) {
        long id = dsl.insertInto(CONTACT)
                .set(CONTACT.INSTITUTION_ID, c.institutionId())
                .set(CONTACT.NAME_LATIN, c.nameLatin())
                .set(CONTACT.NAME_CHINESE, c.nameChinese())
                .set(CONTACT.TITLE, c.title())
                .set(CONTACT.EMAIL, c.email())
                .set(CONTACT.PHONE, c.phone())
                .set(CONTACT.LANGUAGES, c.languages())
                .set(CONTACT.NOTES, c.notes())
                .returning(CONTACT.ID)
                .fetchOne(CONTACT.ID);
        return c.withId(id);
    }

    public static Contact toContact(ContactRecord r) {
        return new Contact(r.getId(), r.getInstitutionId(), r.getNameLatin(), r.getNameChinese(), r.getTitle(),
                r.getEmail(), r.getPhone(), r.getLanguages(), r.getNotes(), r.getVersion());
    }
}
