package org.visitplanner.gui.common;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.visitplanner.logic.team.ChangeFeed;

/**
 * What a view shows, by the tables it reads: a colleague's change of a table reloads only the views of the areas
 * that read it (a meeting note typed elsewhere reloads the open meeting record and the follow-ups, not the directory
 * or the people). The user's own edits, undo and redo reload every area ({@link AppState#dataChanged()}).
 *
 * <p>A view that starts reading another table must add it here, or it will miss colleagues' changes of it until
 * something else reloads it.
 */
public enum DataArea {

    /** The trip picker and the window's title: the trips and how many events each has. */
    TRIPS("TRIP", "EVENT"),
    /** The week and day views with their checks: events, who and where, hours, closures, travel times. */
    WEEK("TRIP", "TRIP_MEMBER", "MEMBER", "EVENT", "EVENT_PARTICIPANT", "EVENT_HOST", "INSTITUTION", "OPENING_HOURS",
            "CLOSURE", "CONTACT", "TRAVEL_LEG"),
    /** The notes of the trip's days. */
    DAY_NOTES("TRIP", "DAY_NOTE"),
    /** The directory: institutions with their hours, closures, contacts and partnerships. */
    DIRECTORY("INSTITUTION", "OPENING_HOURS", "CLOSURE", "CONTACT", "PARTNERSHIP", "PARTNERSHIP_STATUS_CHANGE"),
    /** An institution's history: its partnerships, the visits to it with their records, outcomes and actions. */
    INSTITUTION_HISTORY("INSTITUTION", "CONTACT", "PARTNERSHIP", "PARTNERSHIP_STATUS_CHANGE", "TRIP", "EVENT",
            "EVENT_PARTICIPANT", "EVENT_HOST", "MEMBER", "MEETING_RECORD", "MEETING_MEMBER", "OUTCOME", "ACTION_ITEM"),
    /** The People page: the delegation's members and who is on the trip, the contacts and their institutions. */
    PEOPLE("MEMBER", "TRIP_MEMBER", "TRIP", "EVENT", "EVENT_PARTICIPANT", "CONTACT", "INSTITUTION"),
    /** An open meeting record: its texts, attendees, outcomes, actions and files, and its visit. */
    MEETING("MEETING_RECORD", "MEETING_MEMBER", "MEETING_CONTACT", "OUTCOME", "ACTION_ITEM", "ATTACHMENT", "EVENT",
            "EVENT_PARTICIPANT", "EVENT_HOST", "MEMBER", "CONTACT", "INSTITUTION", "TRIP"),
    /** The follow-ups: the actions of every meeting record, with their visit, owner and institution. */
    FOLLOW_UPS("ACTION_ITEM", "OUTCOME", "MEETING_RECORD", "EVENT", "MEMBER", "INSTITUTION", "TRIP"),
    /** The planner: the visits to place, the day's limits, the week they go into and what constrains them. */
    PLANNER("VISIT_TO_PLACE", "VISIT_TO_PLACE_MEMBER", "PLAN_SETTING", "EVENT", "EVENT_PIN", "EVENT_PARTICIPANT",
            "EVENT_HOST", "MEETING_RECORD", "INSTITUTION", "OPENING_HOURS", "CLOSURE", "MEMBER", "TRIP",
            "TRIP_MEMBER", "TRAVEL_LEG");

    private final Set<String> tables;

    DataArea(String... tables) {
        this.tables = Set.of(tables);
    }

    /** The tables the area's views read, in capitals as the schema names them. */
    public Set<String> tables() {
        return tables;
    }

    /** Whether a change of {@code changed} (table names in any case, or {@link #ChangeFeed.ANYTHING}) may show here. */
    public boolean shows(Set<String> changed) {
        return changed.stream().anyMatch(table -> table.equals(ChangeFeed.ANYTHING)
                || tables.contains(table.toUpperCase(Locale.ROOT)));
    }

    /** The areas whose views a change of {@code changed} may alter. */
    public static Set<DataArea> showing(Set<String> changed) {
        Set<DataArea> areas = EnumSet.noneOf(DataArea.class);
        for (DataArea area : values()) {
            if (area.shows(changed)) {
                areas.add(area);
            }
        }
        return areas;
    }
}
