package org.visitplanner.gui.itinerary;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.visitplanner.logic.itinerary.ItineraryProblem;
import org.visitplanner.model.EventKind;

/**
 * One event as the schedule and agenda controls show it (venue times of the trip).
 *
 * @param title       what the block shows as its title: the event's own title, after the institution's short name
 *                    when the title alone does not tell the events apart ("EIVP · First contact")
 * @param shortTitle  the title for narrow columns: the institution's short name, else the title
 * @param fullTitle   the event's title as typed
 * @param badge       the worst problem of the event, null when none
 * @param badgeText   the problems' messages, one per line
 * @param details     more lines for the roomier views: address, hosts, participants, notes
 */
public record ScheduleEntry(long eventId, LocalDate day, LocalTime start, LocalTime end, String timeText,
                            String title, String shortTitle, String fullTitle, String place, String initials,
                            EventKind kind, boolean cancelled, ItineraryProblem.Severity badge, String badgeText,
                            List<String> details) {

    public ScheduleEntry {
        details = List.copyOf(details);
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }
}
