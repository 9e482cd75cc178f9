package org.visitplanner.logic.directory;

import java.util.List;

import org.visitplanner.model.Contact;

/** People at institutions. */
public interface ContactRepository {

    /** Every contact, by Latin name. */
    List<Contact> findAll();

    List<Contact> findByInstitution(long institutionId);

    Contact insert(Contact contact);
}
