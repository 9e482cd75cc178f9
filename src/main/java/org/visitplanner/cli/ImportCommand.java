package org.visitplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.CalendarImport;
import org.visitplanner.model.Trip;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import FILE [--trip TRIP]}: chooses the importer from the file's extension. {@code .ics} (iCalendar): the
 * events go into a new trip, whose id is printed, or into TRIP.
 */
@Command(name = "import",
        description = "Import a file. FILE.ics: calendar events into a new trip (its id is printed) or into --trip.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import (.ics).")
    Path file;

    @Option(names = "--trip", paramLabel = "TRIP", description = "Add to this trip (id or exact name).")
    String trip;

    @Override
    public Integer call() {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".ics")) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.error.unsupportedFile", file));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.error.noFile", file));
        }
        return importCalendar();
    }

    private int importCalendar() {
        return root.withServices(services -> {
            Optional<Trip> into = trip == null ? Optional.empty() : Optional.of(Trips.find(services, trip));
            try {
                CalendarImport.Result result = services.calendarImport().importFile(file, into);
                result.notes().forEach(root.err::println);
                root.out.println(result.trip().id());
                return ExitCodes.OK;
            } catch (CalendarImport.ImportException e) {
                throw new CommandFailure(ExitCodes.DATA_PROBLEM, e.getMessage());
            }
        });
    }
}
