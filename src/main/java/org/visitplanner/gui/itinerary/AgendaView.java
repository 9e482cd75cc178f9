package org.visitplanner.gui.itinerary;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Skin;

/**
 * The itinerary as a printed programme reads: day by day, each event with its time, title, place, address, hosts and
 * participants, and the journey to the next place between them. Selection, Enter, Delete and double click work as in
 * the {@link ScheduleView}.
 */
public final class AgendaView extends EventDaysView {

    private final ObjectProperty<String> emptyDayText = new SimpleObjectProperty<>(this, "emptyDayText", "");

    public AgendaView() {
        super("agenda-view", "AgendaView.css");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new AgendaViewSkin(this);
    }

    /** What a day without events says. */
    public ObjectProperty<String> emptyDayTextProperty() {
        return emptyDayText;
    }
}
