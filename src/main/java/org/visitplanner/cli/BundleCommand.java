package org.visitplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.bundle.BundleFile;
import org.visitplanner.logic.bundle.Clash;
import org.visitplanner.logic.bundle.TripBundles;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Trip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bundle export TRIP --out FILE.vptrip} and {@code bundle import FILE [--prefer mine|theirs]}: a trip as one
 * file, merged back field by field. Without {@code --prefer}, an import keeps the database's value of each clash,
 * prints {@code clash<TAB>kind<TAB>record<TAB>field<TAB>database value<TAB>bundle value} for each and exits 1.
 */
@Command(name = "bundle", description = "A trip as one file (.vptrip): export it, import it back merged.",
        subcommands = {BundleCommand.Export.class, BundleCommand.Import.class})
final class BundleCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("bundle.cli.usage"));
    }

    @Command(name = "export", description = "Write a trip with all it needs to one file.")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        BundleCommand bundle;

        @Mixin
        HelpOption help;

        @Parameters(index = "0", paramLabel = "TRIP", description = "Trip id or exact name.")
        String trip;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .vptrip file to write.")
        Path out;

        @Override
        public Integer call() {
            if (out.toString().isBlank()) {
                throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.error.outEmpty"));
            }
            VisitPlannerCommand root = bundle.root;
            return root.withServices(services -> {
                Trip chosen = Trips.find(services, trip);
                int records;
                try {
                    records = services.bundles().export(chosen.id(), out);
                } catch (IOException e) {
                    throw new CommandFailure(ExitCodes.DATA_PROBLEM, Messages.get("cli.export.error.write", out,
                            e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                }
                root.out.println(Messages.get("bundle.exported", chosen.name(), records, out.toAbsolutePath()));
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "import", description = "Bring a trip file into the data, merged field by field.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        BundleCommand bundle;

        @Mixin
        HelpOption help;

        @Parameters(index = "0", paramLabel = "FILE", description = "The .vptrip file.")
        Path file;

        @Option(names = "--prefer", paramLabel = "mine|theirs",
                description = "For a field changed both here and in the file: keep the database's value (mine) "
                        + "or take the file's (theirs). Without it: the database's, each clash printed, exit 1.")
        String prefer;

        @Override
        public Integer call() {
            if (prefer != null && !prefer.equals("mine") && !prefer.equals("theirs")) {
                throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("bundle.cli.prefer", prefer));
            }
            // One rule for every command: a file that is not there is bad usage (2); one that cannot be read, 3.
            if (!Files.exists(file)) {
                throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("bundle.error.missing", file));
            }
            VisitPlannerCommand root = bundle.root;
            return root.withServices(services -> {
                TripBundles bundles = services.bundles();
                TripBundles.Imported imported;
                try (BundleFile.Bundle checked = bundles.read(file)) {
                    boolean theirs = "theirs".equals(prefer);
                    imported = bundles.merge(checked, clash -> theirs);
                } catch (DataProblem problem) {
                    throw new CommandFailure(ExitCodes.DATA_PROBLEM, problem.userMessage());
                }
                if (prefer == null) {
                    for (Clash clash : imported.clashes()) {
                        root.out.println(clash.line());
                    }
                }
                String name = services.trips().findById(imported.tripId()).map(Trip::name).orElse("");
                root.out.println(Messages.get("bundle.imported", name, imported.added(), imported.changed(),
                        imported.clashes().size()));
                if (imported.deleted() > 0) {
                    root.out.println(Messages.get("bundle.importedDeleted", name, imported.deleted()));
                }
                return prefer == null && !imported.clashes().isEmpty() ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK;
            });
        }
    }
}
