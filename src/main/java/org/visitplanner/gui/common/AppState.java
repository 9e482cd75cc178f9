package org.visitplanner.gui.common;

import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.visitplanner.model.Trip;

/**
 * What the views of one window share: the trip being worked on, a revision number bumped after every change to
 * the data (views reload when it moves), and the status-bar message.
 */
public final class AppState {

    private final ObjectProperty<Trip> currentTrip = new SimpleObjectProperty<>(this, "currentTrip");
    private final LongProperty dataRevision = new SimpleLongProperty(this, "dataRevision");
    private final StringProperty statusMessage = new SimpleStringProperty(this, "statusMessage", "");

    public ObjectProperty<Trip> currentTripProperty() {
        return currentTrip;
    }

    public Trip currentTrip() {
        return currentTrip.get();
    }

    public LongProperty dataRevisionProperty() {
        return dataRevision;
    }

    /** Tells every view that the data changed. */
    public void dataChanged() {
        dataRevision.set(dataRevision.get() + 1);
    }

    public StringProperty statusMessageProperty() {
        return statusMessage;
    }

    public void showStatus(String message) {
        statusMessage.set(message);
    }
}
