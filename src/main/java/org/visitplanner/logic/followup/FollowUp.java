package org.visitplanner.logic.followup;

import java.time.LocalDate;

import org.visitplanner.model.ActionItem;

/**
 * An action item with where it came from, as the follow-up list shows it.
 *
 * @param ownerName       "" when nobody owns it
 * @param institutionId   null for a meeting at a free location
 * @param institutionName "" then
 */
public record FollowUp(ActionItem item, String ownerName, long tripId, String tripName, long eventId,
                       String eventTitle, LocalDate eventDay, Long institutionId, String institutionName) {
}
