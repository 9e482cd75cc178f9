package org.visitplanner.gui.itinerary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Skin;

/**
 * A calendar of days side by side on a time axis: events as blocks (coloured by kind, with problem badges), travel
 * legs in the gaps between events at different places, an optional second time axis (the home zone). Events can be
 * selected with the mouse or the arrow keys, opened (double click, Enter), deleted (Delete), dragged to another time
 * or day, and made longer or shorter by dragging their lower edge; times snap to 5 minutes and Esc cancels a drag.
 *
 * <p>The control only shows and reports: what to do with a move, an open or a delete is up to its owner (callbacks).
 * With one day and {@link #detailedProperty() detailed} on it is the day view, with addresses, hosts and leg details.
 */
public final class ScheduleView extends EventDaysView {

    /** A finished drag: the event's new day and times. */
    public record Change(long eventId, LocalDate day, LocalTime start, LocalTime end, boolean resize) {
    }

    /** Minutes the drags snap to. */
    public static final int SNAP_MINUTES = 5;

    private final ObservableList<ScheduleEntry> ghosts = FXCollections.observableArrayList();
    private final IntegerProperty firstHour = new SimpleIntegerProperty(this, "firstHour", 7);
    private final IntegerProperty lastHour = new SimpleIntegerProperty(this, "lastHour", 22);
    private final BooleanProperty detailed = new SimpleBooleanProperty(this, "detailed");
    private final ObjectProperty<Integer> secondaryOffsetMinutes = new SimpleObjectProperty<>(this,
            "secondaryOffsetMinutes");
    private final StringProperty primaryAxisLabel = new SimpleStringProperty(this, "primaryAxisLabel", "");
    private final StringProperty secondaryAxisLabel = new SimpleStringProperty(this, "secondaryAxisLabel", "");
    private final ObjectProperty<Function<LocalDate, String>> shortDayFormatter = new SimpleObjectProperty<>(this,
            "shortDayFormatter", LocalDate::toString);
    private final ObjectProperty<Consumer<Change>> onChange = new SimpleObjectProperty<>(this, "onChange");
    private final ObjectProperty<BiConsumer<LocalDate, LocalTime>> onCreate = new SimpleObjectProperty<>(this,
            "onCreate");

    private final ObjectProperty<Consumer<Long>> onMeetingRecord = new SimpleObjectProperty<>(this,
            "onMeetingRecord");
    private final StringProperty meetingRecordText = new SimpleStringProperty(this, "meetingRecordText", "");
    private final StringProperty editText = new SimpleStringProperty(this, "editText", "");

    public ScheduleView() {
        super("schedule-view", "ScheduleView.css");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ScheduleViewSkin(this);
    }

    /**
     * A proposed plan, drawn dashed over the week and not editable (Plan for me). An entry with the id of an
     * existing event moves that event: the event is shown faded where it is now.
     */
    public ObservableList<ScheduleEntry> getGhosts() {
        return ghosts;
    }

    public IntegerProperty firstHourProperty() {
        return firstHour;
    }

    public IntegerProperty lastHourProperty() {
        return lastHour;
    }

    public BooleanProperty detailedProperty() {
        return detailed;
    }

    /** Minutes the second axis is ahead of the first (e.g. 420 for Shanghai against Paris); null hides it. */
    public ObjectProperty<Integer> secondaryOffsetMinutesProperty() {
        return secondaryOffsetMinutes;
    }

    public StringProperty primaryAxisLabelProperty() {
        return primaryAxisLabel;
    }

    public StringProperty secondaryAxisLabelProperty() {
        return secondaryAxisLabel;
    }

    /** The day header when the long one does not fit its column. */
    public ObjectProperty<Function<LocalDate, String>> shortDayFormatterProperty() {
        return shortDayFormatter;
    }

    public ObjectProperty<Consumer<Change>> onChangeProperty() {
        return onChange;
    }

    /** Double click on an empty slot: the day and the time (to the half hour) clicked. */
    public ObjectProperty<BiConsumer<LocalDate, LocalTime>> onCreateProperty() {
        return onCreate;
    }

    /** Opens an event's meeting record, from the card shown for the selected or hovered event. */
    public ObjectProperty<Consumer<Long>> onMeetingRecordProperty() {
        return onMeetingRecord;
    }

    /** The text of the card's button that opens the meeting record. */
    public StringProperty meetingRecordTextProperty() {
        return meetingRecordText;
    }

    /** The text of the card's button that opens the event (as a double click does). */
    public StringProperty editTextProperty() {
        return editText;
    }
}
