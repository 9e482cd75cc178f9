package org.visitplanner.logic.directory;

import java.util.List;
import java.util.Optional;

import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Contact;

/** People at institutions. */
public interface ContactRepository {

    /** What else deleting a contact touches: the events they host and the meetings they attended. */
    record Links(int events, int meetings) {
    }

    /** Every contact, by Latin name. */
    List<Contact> findAll();

    List<Contact> findByInstitution(long institutionId);

    Optional<Contact> findById(long id);

    Contact insert(Contact contact);

    /** Stores {@code contact}, read at its version; returns it with the next version. STALE when it moved on. */
    Contact update(Contact contact);

    Links links(long contactId);

    /** Deletes the contact read at {@code version}; returns what went with it, for undo. */
    DeletedRows delete(long id, int version);
}
