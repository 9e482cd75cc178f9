package org.visitplanner.gui.itinerary;

import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import javafx.scene.control.MenuItem;

/**
 * What the itinerary page needs of Plan for me (the panel beside the week, gui.planner): the proposed events to draw
 * over the week, whether there is planning to show, and the pin item of an event's menu. An interface of this
 * package, so that the planner may depend on the itinerary's types and not the other way round.
 */
public interface WeekPlanning {

    /** The best plan so far, as ghost events over the week (empty when there is none). */
    ObservableList<ScheduleEntry> ghosts();

    /** Whether the week should show even without events: visits wait to be placed, or a plan is over it. */
    BooleanBinding hasWork();

    /** The item "Keep in place when re-planning" for the menu of an event of the week. */
    MenuItem pinItem(long eventId);
}
