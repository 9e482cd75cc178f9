package org.visitplanner.logic.directory;

import java.time.OffsetDateTime;
import java.util.List;

import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipStatusChange;

/** Changes of partnership status, each recorded with the time and the meeting outcome behind it. */
public interface PartnershipStatusRepository {

    /**
     * Sets a partnership's status when it is still at {@code expectedVersion} (else {@code STALE}) and records the
     * change, in one transaction.
     */
    PartnershipStatusChange changeStatus(long partnershipId, int expectedVersion, PartnershipStatus newStatus,
                                         Long outcomeId, OffsetDateTime at);

    /**
     * Records a status the partnership row already has: {@code oldStatus} null when it was just created with
     * {@code newStatus}, else the status it had before an edit.
     */
    PartnershipStatusChange record(long partnershipId, PartnershipStatus oldStatus, PartnershipStatus newStatus,
                                   Long outcomeId, OffsetDateTime at);

    /** The changes of every partnership of an institution, newest first. */
    List<PartnershipStatusChange> changesOfInstitution(long institutionId);

    /** Every change, oldest first (for reports of what trips moved forward). */
    List<PartnershipStatusChange> findAll();
}
