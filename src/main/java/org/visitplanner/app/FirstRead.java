package org.visitplanner.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

import org.visitplanner.gui.MainViewModel;
import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.model.Trip;
import org.visitplanner.model.TripSummary;

/**
 * What the window shows first, read while JavaFX starts: the data is opened (created with the sample trip on a first
 * start), the trips listed and the current trip's itinerary read, on a thread of its own so that this overlaps the
 * toolkit's start. Nothing else is done before it (backups, the search index and the listener for a second start
 * wait until the week is painted; see docs/decisions/0019-start-up.md).
 *
 * @param services  the open data
 * @param trips     the trips for the trip picker
 * @param itinerary the itinerary of the trip shown first (the last one used, else the sample, else the first)
 */
record FirstRead(Services services, List<TripSummary> trips, Optional<Itinerary> itinerary) {

    /**
     * Opens the data — the team database {@code team}, or when it is null the H2 file in {@code dataDirectory} — with
     * {@code password} (null: none, or the one in {@code ~/.pgpass}) and reads the first week.
     */
    static FirstRead open(Path dataDirectory, TeamAddress team, char[] password, OptionalLong lastTripId) {
        Services services = team != null ? Services.team(team, password, dataDirectory)
                : Services.open(dataDirectory, password);
        try {
            if (team == null) {
                // A team database starts empty or copied from someone's data (copy-to): no sample in it.
                services.sampleTrip().loadIfDatabaseEmpty();
            }
            List<TripSummary> trips = services.trips().findAll();
            Optional<Trip> shown = MainViewModel.tripToShow(trips, null, lastTripId);
            Optional<Itinerary> itinerary = shown.flatMap(trip -> services.itinerary().load(trip.id()));
            StartupTrace.ended(StartupTrace.Phase.DATA_OPEN);
            return new FirstRead(services, trips, itinerary);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Starts {@link #open} on a thread of its own; the caller hands the result to the app's data thread, so that the
     * data is never used by two threads at once.
     */
    static CompletableFuture<FirstRead> begin(Path dataDirectory, TeamAddress team, char[] password,
                                              OptionalLong lastTripId) {
        CompletableFuture<FirstRead> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(open(dataDirectory, team, password, lastTripId));
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, "visit-planner-open");
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
