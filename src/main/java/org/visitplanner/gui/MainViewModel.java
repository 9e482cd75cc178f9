package org.visitplanner.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.DataArea;
import org.visitplanner.gui.common.LongWork;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.CalendarImport;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.model.Trip;
import org.visitplanner.model.TripSummary;

/** The main window's state: the trips to choose from, the current one, the theme, and where the data lives. */
public final class MainViewModel {

    private final TaskExecutor tasks;
    private final AppState state;
    private final TripRepository trips;
    private final UserSettings settings;
    private final UndoActions undo;
    private final CalendarImport calendarImport;

    private final ObservableList<TripSummary> tripList = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper dataLocation = new ReadOnlyStringWrapper(this, "dataLocation");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final BooleanProperty sidebarCollapsed = new SimpleBooleanProperty(this, "sidebarCollapsed");
    /** Whether the trips are being read for this view-model elsewhere ({@link #awaitFirstRead}). */
    private boolean awaitingFirstRead;

    public MainViewModel(TaskExecutor tasks, AppState state, TripRepository trips, UserSettings settings,
                         String databaseLocation, UndoActions undo, CalendarImport calendarImport) {
        this.tasks = tasks;
        this.state = state;
        this.trips = trips;
        this.settings = settings;
        this.undo = undo;
        this.calendarImport = calendarImport;
        state.revisionProperty(DataArea.TRIPS).addListener((obs, was, revision) -> load()); // event counts, new trips
        this.dataLocation.set(Messages.get("status.dataLocation", databaseLocation));
        this.darkTheme.set(settings.darkTheme());
        darkTheme.addListener((obs, was, dark) -> settings.setDarkTheme(dark));
        sidebarCollapsed.set(settings.sidebarCollapsed());
        sidebarCollapsed.addListener((obs, was, collapsed) -> settings.setSidebarCollapsed(collapsed));
        state.problemsPanelShownProperty().set(settings.problemsPanelShown());
        state.problemsPanelShownProperty().addListener((obs, was, shown) -> settings.setProblemsPanelShown(shown));
        state.currentTripProperty().addListener((obs, was, trip) -> {
            if (trip != null) {
                settings.setLastTripId(trip.id());
            }
        });
    }

    public ObservableList<TripSummary> trips() {
        return tripList;
    }

    public AppState state() {
        return state;
    }

    public ReadOnlyStringProperty dataLocationProperty() {
        return dataLocation.getReadOnlyProperty();
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Whether the side navigation shows only its icons (more room for the page on a small screen). */
    public BooleanProperty sidebarCollapsedProperty() {
        return sidebarCollapsed;
    }

    /** Reads the trips and selects the one used last (else the sample, else the first). */
    public void load() {
        tasks.run(trips::findAll, this::showTrips,
                failure -> state.showStatus(Problems.describe(failure)));
    }

    /** Reads the trips unless they were already read, or are being read for it (at start-up, with the data). */
    public void loadUnlessShown() {
        if (tripList.isEmpty() && !awaitingFirstRead) {
            load();
        }
    }

    /**
     * The trips are being read elsewhere (at start-up, while the window is built): the view does not read them
     * itself; {@link #showTrips} or {@link #load} follows.
     */
    public void awaitFirstRead() {
        awaitingFirstRead = true;
    }

    /**
     * Shows trips read elsewhere (at start-up, while the window was being built) and selects one as {@link #load} does.
     */
    public void showTrips(List<TripSummary> loaded) {
        awaitingFirstRead = false;
        if (!tripList.equals(loaded)) {
            tripList.setAll(loaded);
        }
        state.currentTripProperty().set(tripToShow(loaded, state.currentTrip(), settings.lastTripId()).orElse(null));
    }

    /**
     * The trip to show: the current one if it is still there, else the one used last, else the sample, else the first.
     */
    public static Optional<Trip> tripToShow(List<TripSummary> trips, Trip current, OptionalLong lastTripId) {
        long wanted = current != null ? current.id() : lastTripId.orElse(-1);
        return trips.stream().map(TripSummary::trip).filter(t -> t.id() == wanted).findFirst()
                .or(() -> trips.stream().map(TripSummary::trip).filter(Trip::sample).findFirst())
                .or(() -> trips.stream().map(TripSummary::trip).findFirst());
    }

    public void selectTrip(TripSummary summary) {
        if (summary != null && (state.currentTrip() == null || state.currentTrip().id() != summary.trip().id())) {
            state.currentTripProperty().set(summary.trip());
        }
    }

    /** The summary in the list for the current trip, for the trip picker. */
    public Optional<TripSummary> currentSummary() {
        Trip current = state.currentTrip();
        return current == null ? Optional.empty()
                : tripList.stream().filter(s -> s.trip().id() == current.id()).findFirst();
    }

    /** Remembers the language; the window is rebuilt in it by the caller. */
    public void chooseLanguage(Locale language) {
        settings.setLanguage(language);
        Messages.setLocale(language);
    }

    /** The window's undo and redo, for the Edit menu. */
    public UndoActions undo() {
        return undo;
    }

    /**
     * Imports a file chosen with File → Import…, by its extension: {@code .ics} calendar events into the current trip
     * ({@code intoCurrentTrip}) or a new one, which becomes the current trip. {@code onProblem} gets the sentence to
     * show when the file cannot be imported (nothing was changed then).
     */
    public void importFile(Path file, boolean intoCurrentTrip, Consumer<String> onProblem) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".ics")) {
            onProblem.accept(Messages.get("calendarImport.unsupported", file.getFileName()));
            return;
        }
        Optional<Trip> into = intoCurrentTrip ? Optional.ofNullable(state.currentTrip()) : Optional.empty();
        LongWork.Job job = state.longWork().start(Messages.get("calendarImport.working", file.getFileName()), false);
        tasks.run(() -> calendarImport.importFile(file, into), result -> {
            job.finish();
            state.currentTripProperty().set(result.trip());
            state.announce(Messages.get("calendarImport.done", result.added(), result.updated(),
                    result.trip().name()) + (result.notes().isEmpty() ? "" : " " + String.join(" ", result.notes())));
            state.dataChanged();
        }, failure -> {
            job.finish();
            onProblem.accept(failure instanceof CalendarImport.ImportException ? failure.getMessage()
                    : Problems.describe(failure));
        });
    }

    public OptionalLong lastTripId() {
        return settings.lastTripId();
    }
}
