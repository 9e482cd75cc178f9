package org.visitplanner.gui.team;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.Problems;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.logic.bundle.BundleFile;
import org.visitplanner.logic.bundle.Clash;
import org.visitplanner.logic.bundle.TripBundles;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.model.Trip;

/**
 * File → Open trip file… and File → Save trip as file…: the trip file is read, checked and merged on the data thread;
 * when fields were changed on both sides, the user is shown them ({@code decide}, on the UI thread) and the file is
 * merged once more with the values chosen (a second merge of the same file changes only those). The imported trip
 * becomes the current one.
 */
public final class TripFileViewModel {

    private final TaskExecutor tasks;
    private final AppState state;
    private final Supplier<TripBundles> bundles;
    private final Supplier<TripRepository> trips;

    public TripFileViewModel(TaskExecutor tasks, AppState state, Supplier<TripBundles> bundles,
                             Supplier<TripRepository> trips) {
        this.tasks = tasks;
        this.state = state;
        this.bundles = bundles;
        this.trips = trips;
    }

    /** What a first merge found: the checked file (still open) and what was imported. */
    private record Opened(BundleFile.Bundle bundle, TripBundles.Imported imported) {
    }

    /**
     * Imports {@code file}. {@code decide} gets the clashes and returns the ids ({@link Clash#id()}) of those where the
     * file's value is to be taken; {@code onProblem} gets the one sentence when the file is refused (nothing changed).
     */
    public void open(Path file, Function<List<Clash>, Set<String>> decide, Consumer<String> onProblem) {
        tasks.run(() -> {
            TripBundles service = bundles.get();
            BundleFile.Bundle bundle = service.read(file);
            try {
                return new Opened(bundle, service.merge(bundle, clash -> false));
            } catch (RuntimeException e) {
                bundle.close();
                throw e;
            }
        }, opened -> {
            if (opened.imported().clashes().isEmpty()) {
                tasks.run(() -> {
                    opened.bundle().close();
                    return opened.imported();
                }, this::imported, failure -> onProblem.accept(Problems.describe(failure)));
                return;
            }
            Set<String> takeFromFile = decide.apply(opened.imported().clashes());
            tasks.run(() -> {
                try (BundleFile.Bundle bundle = opened.bundle()) {
                    TripBundles.Imported again = bundles.get()
                            .merge(bundle, clash -> takeFromFile.contains(clash.id()));
                    return new TripBundles.Imported(again.tripId(), opened.imported().added(),
                            opened.imported().changed() + again.changed(),
                            opened.imported().deleted() + again.deleted(), again.clashes());
                }
            }, this::imported, failure -> onProblem.accept(Problems.describe(failure)));
        }, failure -> onProblem.accept(Problems.describe(failure)));
    }

    private void imported(TripBundles.Imported imported) {
        tasks.run(() -> trips.get().findById(imported.tripId()).orElseThrow(), trip -> {
            state.currentTripProperty().set(trip);
            state.announce(Messages.get("bundle.done", trip.name(), imported.added(), imported.changed(),
                    imported.deleted()));
            state.dataChanged();
        }, failure -> state.showStatus(Problems.describe(failure)));
    }

    /** Writes {@code trip} with all it needs to {@code out}. */
    public void save(Trip trip, Path out, Consumer<String> onProblem) {
        tasks.run(() -> bundles.get().export(trip.id(), out),
                records -> state.announce(Messages.get("bundle.exportDone", trip.name(), out.toString())),
                failure -> onProblem.accept(Problems.describe(failure)));
    }
}
