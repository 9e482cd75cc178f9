package org.visitplanner.gui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.visitplanner.model.Trip;

/**
 * What the views of one window share: the trip being worked on, a revision number bumped after every change to
 * the data (views reload when it moves), the status-bar message, the results the user must see (shown where they
 * look, not only in the status bar), and whether the Problems panel is shown.
 */
public final class AppState {

    private final ObjectProperty<Trip> currentTrip = new SimpleObjectProperty<>(this, "currentTrip");
    private final LongProperty dataRevision = new SimpleLongProperty(this, "dataRevision");
    private final StringProperty statusMessage = new SimpleStringProperty(this, "statusMessage", "");
    private final BooleanProperty problemsPanelShown = new SimpleBooleanProperty(this, "problemsPanelShown", true);
    private final List<Consumer<String>> noticeListeners = new ArrayList<>();
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");
    private final LongWork longWork = new LongWork();

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

    /** The long work the user waits for (backups, imports, exports), shown in the status bar. */
    public LongWork longWork() {
        return longWork;
    }

    public StringProperty statusMessageProperty() {
        return statusMessage;
    }

    public void showStatus(String message) {
        statusMessage.set(message);
    }

    /**
     * Tells the user the result of something they asked for (a backup made, a restore done), where they are looking:
     * the window shows it in a bar over its content, and the status bar keeps it.
     */
    public void announce(String message) {
        showStatus(message);
        List.copyOf(noticeListeners).forEach(listener -> listener.accept(message));
    }

    /** {@code listener} shows the results announced (the main window's notification bar). */
    public void onAnnouncement(Consumer<String> listener) {
        noticeListeners.add(listener);
    }

    /**
     * Whether the data may only be read (a team database whose user is a reader, asked of the server once when it
     * was opened): edit commands are then disabled, and reading, searching, printing and exporting stay.
     */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public boolean isReadOnly() {
        return readOnly.get();
    }

    public BooleanProperty problemsPanelShownProperty() {
        return problemsPanelShown;
    }
}
