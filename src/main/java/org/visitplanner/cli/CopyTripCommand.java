package org.visitplanner.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

import org.visitplanner.logic.trip.TripForm;
import org.visitplanner.logic.trip.lifecycle.TripService;
import org.visitplanner.model.Trip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copy-trip TRIP --name N --from D}: a new trip from TRIP as a template (same length, members, events at the
 * same institutions on the same weekdays, own travel times; no meeting records), and prints its id.
 */
@Command(name = "copy-trip", description = "Copy a trip as a template for new dates (members, events on the same "
        + "weekdays, travel times; no meeting records) and print the new trip's id.")
final class CopyTripCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "TRIP", description = "The trip to copy: its id or exact name.")
    String trip;

    @Option(names = "--name", required = true, paramLabel = "N", description = "The new trip's name.")
    String name;

    @Option(names = "--from", required = true, paramLabel = "D", description = "The new trip's first day (YYYY-MM-DD).")
    String from;

    @Override
    public Integer call() {
        LocalDate first = TripOptions.day("--from", from);
        TripForm.nameProblem(name).ifPresent(problem -> {
            throw new CommandFailure(ExitCodes.BAD_USAGE, problem);
        });
        return root.withServices(services -> {
            Trip source = Trips.find(services, trip);
            TripOptions.check(new TripForm(name, first, first.plusDays(source.length() - 1), source.venueZone(),
                    source.homeZone(), source.homeCity()));
            TripService.Copy copy = services.tripService().copy(source, name, first);
            long moved = ChronoUnit.DAYS.between(source.firstDay(), first);
            if (copy.events() > 0 && moved != copy.shiftDays()) {
                root.err.println(TripService.weekdayNote(source.firstDay(), first, copy.shiftDays()));
            }
            root.out.println(copy.trip().id());
            return ExitCodes.OK;
        });
    }
}
