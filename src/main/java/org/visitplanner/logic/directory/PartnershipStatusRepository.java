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

    /** Records that a partnership was created with {@code status} (no previous status). */
    PartnershipStatusChange recordCreation(long partnershipId, PartnershipStatus status, Long outcomeId,
                                           OffsetDateTime at);

    /** The changes of every partnership of an institution, newest first. */
    List<PartnershipStatusChange> changesOfInstitution(long institutionId);

    /** Every change, oldest first (for reports of what trips moved forward). */
    List<PartnershipStatusChange> findAll();
}
