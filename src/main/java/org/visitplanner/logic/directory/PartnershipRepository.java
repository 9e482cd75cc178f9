package org.visitplanner.logic.directory;

import java.util.List;
import java.util.Optional;

import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;

/** Partnerships with institutions. */
public interface PartnershipRepository {

    List<Partnership> findAll();

    List<Partnership> findByInstitution(long institutionId);

    Optional<Partnership> findById(long id);

    Partnership insert(Partnership partnership);

    /** Stores {@code partnership}, read at its version; returns it with the next version. STALE when it moved on. */
    Partnership update(Partnership partnership);

    /** Notes that a partnership's status changed now ({@code from} is null for a new partnership). */
    void recordStatusChange(long partnershipId, PartnershipStatus from, PartnershipStatus to);

    /** Deletes the partnership read at {@code version} with its status history; returns what went, for undo. */
    DeletedRows delete(long id, int version);
}
