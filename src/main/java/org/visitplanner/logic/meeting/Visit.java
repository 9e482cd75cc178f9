package org.visitplanner.logic.meeting;

import java.util.List;

import org.visitplanner.model.ActionItem;
import org.visitplanner.model.Event;
import org.visitplanner.model.Outcome;

/**
 * One visit to an institution as the institution's history shows it.
 *
 * @param recorded     true when a meeting record says who attended; else {@code attendees} are the planned ones
 * @param attendees    our members' display names
 * @param openActions  open action items with their owners' names ({@code ownerNames} in the same order, "" if none)
 */
public record Visit(Event event, String tripName, boolean recorded, List<String> attendees, List<Outcome> outcomes,
                    List<ActionItem> openActions, List<String> ownerNames) {
}
