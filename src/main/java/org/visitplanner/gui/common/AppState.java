package org.visitplanner.gui.common;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.visitplanner.model.Trip;

/**
 * What the views of one window share: the trip being worked on, a revision number per {@link DataArea} bumped when
 * data of that area changed (its views reload when it moves), the status-bar message, the results the user must see
 * (shown where they look, not only in the status bar), and whether the Problems panel is shown.
 */
public final class AppState {

    private final ObjectProperty<Trip> currentTrip = new SimpleObjectProperty<>(this, "currentTrip");
    private final LongProperty dataRevision = new SimpleLongProperty(this, "dataRevision");
    private final Map<DataArea, LongProperty> revisions = new EnumMap<>(DataArea.class);
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

    public AppState() {
        for (DataArea area : DataArea.values()) {
            revisions.put(area, new SimpleLongProperty(this, "revision" + area));
        }
    }

    /** Moves on after every change of the data, whichever area it was in. */
    public ReadOnlyLongProperty dataRevisionProperty() {
        return dataRevision;
    }

    /** Moves on when data of {@code area} changed: the area's views reload. */
    public ReadOnlyLongProperty revisionProperty(DataArea area) {
        return revisions.get(area);
    }

    /** Tells every view that the data changed (the user's own edits, undo, redo: they may touch any table). */
    public void dataChanged() {
        changed(EnumSet.allOf(DataArea.class));
    }

    /**
     * Tells the views of the areas that read {@code tables} (names in any case; {@code "*"}: any) that they changed:
     * a colleague's change reported by the team database.
     */
    public void dataChanged(Set<String> tables) {
        changed(DataArea.showing(tables));
    }

    private void changed(Set<DataArea> areas) {
        if (areas.isEmpty()) {
            return;
        }
        areas.forEach(area -> revisions.get(area).set(revisions.get(area).get() + 1));
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
