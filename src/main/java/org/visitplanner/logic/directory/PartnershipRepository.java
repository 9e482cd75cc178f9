package org.visitplanner.logic.directory;

import java.util.List;
import java.util.Optional;

import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Partnership;

/** Partnerships with institutions. */
public interface PartnershipRepository {

    List<Partnership> findAll();

    List<Partnership> findByInstitution(long institutionId);

    Optional<Partnership> findById(long id);

    Partnership insert(Partnership partnership);

    /** Stores {@code partnership}, read at its version; returns it with the next version. STALE when it moved on. */
    Partnership update(Partnership partnership);


    /** Deletes the partnership read at {@code version} with its status history; returns what went, for undo. */
    DeletedRows delete(long id, int version);
}
