package org.visitplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.visitplanner.logic.directory.DirectoryCsv;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.CsvProblem;
import org.visitplanner.logic.io.CsvSheet;
import org.visitplanner.logic.itinerary.CalendarImport;
import org.visitplanner.logic.planner.VisitsCsv;
import org.visitplanner.model.Trip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import FILE [--trip TRIP]}: a thin dispatcher on the file's extension; each type's work lives in
 * {@code logic}. {@code .csv}: institutions or contacts of the directory ({@link DirectoryCsv}). {@code .ics}:
 * calendar events into a new trip, whose id is printed, or into TRIP ({@link CalendarImport}).
 * A file that is not there, or of another type, exits 2; one that cannot be read exits 3; neither changes anything.
 */
@Command(name = "import", description = {
        "Import a file, all or nothing.",
        "FILE.csv: adds and updates institutions or contacts (recognised by the header); prints "
                + "\"added N, updated N, rejected N\", then one line per rejected row.",
        "FILE.csv with --trip: a list of visits to place (institution, title, minutes, members, days, from, to, "
                + "after), all or nothing.",
        "FILE.ics: calendar events into a new trip (its id is printed) or into --trip."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import (.csv or .ics).")
    Path file;

    @Option(names = "--trip", paramLabel = "TRIP",
            description = "For .ics: add to this trip (id or exact name); for a visits .csv: the trip they are for.")
    String trip;

    @Override
    public Integer call() {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".ics")) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.error.unsupportedFile", file));
        }
        // One rule for every command: a file that is not there is bad usage (2); one that cannot be read, 3.
        if (!Files.exists(file)) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.error.noFile", file));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CommandFailure(ExitCodes.DATA_PROBLEM, Messages.get("cli.error.unreadableFile", file));
        }
        if (!csv) {
            return importCalendar();
        }
        boolean visits;
        try {
            // The header decides, as for the directory's files: a title and a duration make a list of visits.
            visits = VisitsCsv.recognises(CsvSheet.read(file, CsvSheet.Limits.DEFAULT).header());
        } catch (CsvProblem problem) {
            throw new CommandFailure(ExitCodes.DATA_PROBLEM, problem.getMessage());
        }
        if (visits && trip == null) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.import.visitsNeedTrip"));
        }
        if (!visits && trip != null) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.import.tripWithCsv"));
        }
        return visits ? importVisits() : importDirectory();
    }

    /**
     * {@code added N, updated N, rejected N}, then {@code line L: reason} per bad row; with a bad row nothing is
     * imported (exit 3, one sentence on stderr).
     */
    private int importVisits() {
        return root.withServices(services -> {
            Trip into = Trips.find(services, trip);
            VisitsCsv.Preview preview;
            try {
                preview = services.visitsCsv().preview(file, into);
            } catch (CsvProblem problem) {
                throw new CommandFailure(ExitCodes.DATA_PROBLEM, problem.getMessage());
            }
            if (!preview.importable()) {
                root.out.println("added 0, updated 0, rejected " + preview.rejected().size());
                for (VisitsCsv.Rejected rejected : preview.rejected()) {
                    root.out.println("line " + rejected.line() + ": " + Tsv.clean(rejected.reason()));
                }
                root.out.flush();
                throw new CommandFailure(ExitCodes.DATA_PROBLEM, Messages.get("cli.import.visitsRefused",
                        preview.rejected().size(), String.valueOf(file.getFileName())));
            }
            VisitsCsv.Imported imported = services.visitsCsv().apply(preview);
            imported.joined().forEach(member -> root.err.println(Messages.get("cli.import.memberJoined",
                    member.displayName(), into.name())));
            root.out.println("added " + imported.added() + ", updated " + imported.updated() + ", rejected 0");
            return ExitCodes.OK;
        });
    }

    /** {@code added N, updated N, rejected N}, then {@code line L: reason} per rejected row. */
    private int importDirectory() {
        return root.withServices(services -> {
            DirectoryCsv csv = services.directoryCsv();
            DirectoryCsv.Preview preview;
            try {
                preview = csv.preview(file);
            } catch (CsvProblem problem) {
                throw new CommandFailure(ExitCodes.DATA_PROBLEM, problem.getMessage());
            }
            DirectoryCsv.Imported imported = csv.apply(preview);
            // How the file was read, ignored columns and values cut go to stderr: stdout is the contract below.
            preview.notes().forEach(note -> root.err.println(Tsv.clean(note)));
            preview.rowNotes().forEach(note -> root.err.println("line " + note.line() + ": " + Tsv.clean(note.text())));
            // The summary's words are a contract for scripts, so they are not translated; the reasons are.
            root.out.println("added " + imported.added() + ", updated " + imported.updated() + ", rejected "
                    + imported.rejected());
            for (DirectoryCsv.Rejected rejected : preview.rejected()) {
                root.out.println("line " + rejected.line() + ": " + Tsv.clean(rejected.reason()));
            }
            return ExitCodes.OK;
        });
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
