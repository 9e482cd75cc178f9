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
 * toolkit's start and the building of the window's views. Nothing else is done before it (backups, the search index
 * and the listener for a second start wait until the week is painted; see docs/decisions/0019-start-up.md).
 *
 * @param services  the open data
 * @param trips     the trips for the trip picker
 * @param itinerary the itinerary of the trip shown first (the last one used, else the sample, else the first)
 */
record FirstRead(Services services, List<TripSummary> trips, Optional<Itinerary> itinerary) {

    /**
     * A first read under way: {@code opened} completes as soon as the data is open (the views can then be built
     * over its services, which they do not use yet), {@code read} once the first week has been read. Until then
     * only the thread that opens the data uses it.
     */
    record Begun(CompletableFuture<Services> opened, CompletableFuture<FirstRead> read) {
    }

    /**
     * Opens the data — the team database {@code team}, or when it is null the H2 file in {@code dataDirectory} — with
     * {@code password} (null: none, or the one in {@code ~/.pgpass}) and reads the first week.
     */
    static FirstRead open(Path dataDirectory, TeamAddress team, char[] password, OptionalLong lastTripId) {
        return read(openServices(dataDirectory, team, password), team != null, lastTripId);
    }

    private static Services openServices(Path dataDirectory, TeamAddress team, char[] password) {
        return team != null ? Services.team(team, password, dataDirectory) : Services.open(dataDirectory, password);
    }

    /** Reads the first week from {@code services} just opened; closes them when that fails. */
    private static FirstRead read(Services services, boolean onTeam, OptionalLong lastTripId) {
        try {
            if (!onTeam) {
                // A team database starts empty or copied from someone's data (copy-to): no sample in it.
                services.sampleTrip().loadIfDatabaseEmpty();
            }
            List<TripSummary> trips = services.trips().findAll();
            Optional<Trip> shown = MainViewModel.tripToShow(trips, null, lastTripId);
            Optional<Itinerary> itinerary = shown.flatMap(trip -> services.itinerary().load(trip.id()));
            itinerary.ifPresent(Itinerary::problems); // checked here, not on the FX thread as the week is shown
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
    static Begun begin(Path dataDirectory, TeamAddress team, char[] password, OptionalLong lastTripId) {
        Begun begun = new Begun(new CompletableFuture<>(), new CompletableFuture<>());
        Thread thread = new Thread(() -> {
            try {
                Services services = openServices(dataDirectory, team, password);
                begun.opened().complete(services);
                begun.read().complete(read(services, team != null, lastTripId));
            } catch (Throwable failure) {
                begun.opened().completeExceptionally(failure);
                begun.read().completeExceptionally(failure);
            }
        }, "visit-planner-open");
        thread.setDaemon(true);
        thread.start();
        return begun;
    }
}
