package org.visitplanner.gui.itinerary;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.input.ContextMenuEvent;

/**
 * What the two controls that show the itinerary share: the days, their events and the journeys between them, the
 * selected event, how a day is named, and what the owner is told when the user opens or deletes an event, clicks a
 * journey or asks for an event's menu. {@link ScheduleView} draws them on a time axis, {@link AgendaView} as a
 * printed programme reads; each brings its own skin and style sheet.
 *
 * <p>The control only shows and reports: what to do with an open or a delete is up to its owner (callbacks).
 */
public abstract sealed class EventDaysView extends Control permits ScheduleView, AgendaView {

    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ObservableList<ScheduleEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<ScheduleLeg> legs = FXCollections.observableArrayList();
    private final ObjectProperty<Long> selectedEventId = new SimpleObjectProperty<>(this, "selectedEventId");
    private final ObjectProperty<Function<LocalDate, String>> dayFormatter = new SimpleObjectProperty<>(this,
            "dayFormatter", LocalDate::toString);
    private final ObjectProperty<Consumer<Long>> onOpen = new SimpleObjectProperty<>(this, "onOpen");
    private final ObjectProperty<Consumer<Long>> onDelete = new SimpleObjectProperty<>(this, "onDelete");
    private final ObjectProperty<Consumer<ScheduleLeg>> onLeg = new SimpleObjectProperty<>(this, "onLeg");
    private final ObjectProperty<BiConsumer<Long, ContextMenuEvent>> onEventContextMenu = new SimpleObjectProperty<>(
            this, "onEventContextMenu");
    private final String styleSheet;

    /**
     * @param styleClass the control's own style class
     * @param styleSheet its style sheet, beside the subclass (e.g. {@code "AgendaView.css"})
     */
    EventDaysView(String styleClass, String styleSheet) {
        this.styleSheet = styleSheet;
        getStyleClass().add(styleClass);
        setFocusTraversable(true);
    }

    @Override
    public final String getUserAgentStylesheet() {
        return getClass().getResource(styleSheet).toExternalForm();
    }

    /** The days shown, in order. */
    public final ObservableList<LocalDate> getDays() {
        return days;
    }

    public final ObservableList<ScheduleEntry> getEntries() {
        return entries;
    }

    /** The journeys between events at different places. */
    public final ObservableList<ScheduleLeg> getLegs() {
        return legs;
    }

    public final ObjectProperty<Long> selectedEventIdProperty() {
        return selectedEventId;
    }

    /** A day's heading. */
    public final ObjectProperty<Function<LocalDate, String>> dayFormatterProperty() {
        return dayFormatter;
    }

    /** Told of an event to open (double click, Enter). */
    public final ObjectProperty<Consumer<Long>> onOpenProperty() {
        return onOpen;
    }

    /** Told of an event to delete (Delete, Backspace). */
    public final ObjectProperty<Consumer<Long>> onDeleteProperty() {
        return onDelete;
    }

    /** Told of a journey clicked. */
    public final ObjectProperty<Consumer<ScheduleLeg>> onLegProperty() {
        return onLeg;
    }

    public final ObjectProperty<BiConsumer<Long, ContextMenuEvent>> onEventContextMenuProperty() {
        return onEventContextMenu;
    }

    /** Tells the owner to open {@code eventId}; false when nobody listens. */
    final boolean open(long eventId) {
        Consumer<Long> open = onOpen.get();
        if (open != null) {
            open.accept(eventId);
        }
        return open != null;
    }

    /** Tells the owner to delete {@code eventId}; false when nobody listens. */
    final boolean delete(long eventId) {
        Consumer<Long> delete = onDelete.get();
        if (delete != null) {
            delete.accept(eventId);
        }
        return delete != null;
    }

    /** Tells the owner a journey was clicked. */
    final void openLeg(ScheduleLeg leg) {
        if (onLeg.get() != null) {
            onLeg.get().accept(leg);
        }
    }

    /** Selects {@code eventId} and hands the owner the request for its menu. */
    final void showContextMenu(long eventId, ContextMenuEvent event) {
        selectedEventId.set(eventId);
        if (onEventContextMenu.get() != null) {
            onEventContextMenu.get().accept(eventId, event);
        }
    }
}
