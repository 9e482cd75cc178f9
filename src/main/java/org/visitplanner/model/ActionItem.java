package org.visitplanner.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something someone must do after a meeting.
 *
 * @param ownerMemberId the delegation member who does it; null when nobody is named yet
 * @param due           null when no date was agreed
 */
public record ActionItem(long id, long meetingId, String text, Long ownerMemberId, LocalDate due, ActionStatus status,
                         int position, int version) {

    public ActionItem {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
    }

    /** Open and due before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && due != null && due.isBefore(today);
    }

    public ActionItem withId(long newId) {
        return new ActionItem(newId, meetingId, text, ownerMemberId, due, status, position, version);
    }

    public ActionItem withStatus(ActionStatus newStatus) {
        return new ActionItem(id, meetingId, text, ownerMemberId, due, newStatus, position, version);
    }
}
