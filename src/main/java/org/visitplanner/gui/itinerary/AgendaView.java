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
import javafx.scene.control.Skin;
import javafx.scene.input.ContextMenuEvent;

/**
 * The itinerary as a printed programme reads: day by day, each event with its time, title, place, address, hosts and
 * participants, and the journey to the next place between them. Selection, Enter, Delete and double click work as in
 * the {@link ScheduleView}.
 */
public final class AgendaView extends Control {

    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ObservableList<ScheduleEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<ScheduleLeg> legs = FXCollections.observableArrayList();
    private final ObjectProperty<Long> selectedEventId = new SimpleObjectProperty<>(this, "selectedEventId");
    private final ObjectProperty<Function<LocalDate, String>> dayFormatter = new SimpleObjectProperty<>(this,
            "dayFormatter", LocalDate::toString);
    private final ObjectProperty<String> emptyDayText = new SimpleObjectProperty<>(this, "emptyDayText", "");
    private final ObjectProperty<Consumer<Long>> onOpen = new SimpleObjectProperty<>(this, "onOpen");
    private final ObjectProperty<Consumer<Long>> onDelete = new SimpleObjectProperty<>(this, "onDelete");
    private final ObjectProperty<Consumer<ScheduleLeg>> onLeg = new SimpleObjectProperty<>(this, "onLeg");
    private final ObjectProperty<BiConsumer<Long, ContextMenuEvent>> onEventContextMenu = new SimpleObjectProperty<>(
            this, "onEventContextMenu");

    public AgendaView() {
        getStyleClass().add("agenda-view");
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new AgendaViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return AgendaView.class.getResource("AgendaView.css").toExternalForm();
    }

    public ObservableList<LocalDate> getDays() {
        return days;
    }

    public ObservableList<ScheduleEntry> getEntries() {
        return entries;
    }

    public ObservableList<ScheduleLeg> getLegs() {
        return legs;
    }

    public ObjectProperty<Long> selectedEventIdProperty() {
        return selectedEventId;
    }

    public ObjectProperty<Function<LocalDate, String>> dayFormatterProperty() {
        return dayFormatter;
    }

    /** What a day without events says. */
    public ObjectProperty<String> emptyDayTextProperty() {
        return emptyDayText;
    }

    public ObjectProperty<Consumer<Long>> onOpenProperty() {
        return onOpen;
    }

    public ObjectProperty<Consumer<Long>> onDeleteProperty() {
        return onDelete;
    }

    public ObjectProperty<Consumer<ScheduleLeg>> onLegProperty() {
        return onLeg;
    }

    public ObjectProperty<BiConsumer<Long, ContextMenuEvent>> onEventContextMenuProperty() {
        return onEventContextMenu;
    }
}
