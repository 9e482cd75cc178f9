package org.visitplanner.cli;

import java.util.concurrent.Callable;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.logic.trip.lifecycle.TripService;
import org.visitplanner.model.Trip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code delete-trip TRIP --yes}: saves a backup of the data, then deletes the trip with its events, meeting records
 * and action items, and prints the backup's path. Without {@code --yes} it says what would go and exits 2,
 * changing nothing.
 */
@Command(name = "delete-trip", description = "Delete a trip with its events, meeting records and action items, "
        + "after a backup (its path is printed). Needs --yes.")
final class DeleteTripCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "TRIP", description = "The trip's id or exact name.")
    String trip;

    @Option(names = "--yes", description = "Really delete it.")
    boolean yes;

    @Override
    public Integer call() {
        return root.withServices(services -> {
            Trip found = Trips.find(services, trip);
            if (!yes) {
                TripRepository.Contents contents = services.tripService().contents(found.id());
                throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("trip.cli.deleteNeedsYes", found.name(),
                        contents.events(), contents.meetingRecords(), contents.actions()));
            }
            TripService.Deleted deleted = services.tripService().delete(found);
            if (deleted.backup() != null) {
                root.out.println(deleted.backup());
            }
            return ExitCodes.OK;
        });
    }
}
