package org.visitplanner.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One change of a partnership's status, so a report can tell what a trip moved forward.
 *
 * @param oldStatus null when the partnership was created with {@code newStatus}
 * @param outcomeId the meeting outcome that caused the change, when there is one
 */
public record PartnershipStatusChange(long id, long partnershipId, PartnershipStatus oldStatus,
                                      PartnershipStatus newStatus, OffsetDateTime changedAt, Long outcomeId) {

    public PartnershipStatusChange {
        Objects.requireNonNull(newStatus, "newStatus");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
