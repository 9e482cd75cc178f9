package org.visitplanner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.visitplanner.logic.directory.DirectoryCsv;
import org.visitplanner.logic.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export-directory --what institutions|contacts --out FILE.csv}: the directory as a CSV file. */
@Command(name = "export-directory", description = "Write the institutions or the contacts to a CSV file "
        + "(UTF-8 with BOM, the columns documented in the README).")
final class ExportDirectoryCommand implements Callable<Integer> {

    /** What to export, as typed on the command line. */
    enum What {
        institutions(DirectoryCsv.What.INSTITUTIONS), contacts(DirectoryCsv.What.CONTACTS);

        private final DirectoryCsv.What what;

        What(DirectoryCsv.What what) {
            this.what = what;
        }
    }

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--what", required = true, paramLabel = "institutions|contacts",
            description = "What to export: ${COMPLETION-CANDIDATES}.")
    What what;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The file to write (replaced).")
    Path out;

    @Override
    public Integer call() {
        if (out.toString().isBlank()) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.error.outEmpty"));
        }
        return root.withServices(services -> {
            try {
                int count = services.directoryCsv().export(what.what, out);
                root.out.println(Messages.get("cli.export.written", count,
                        Messages.get("cli.export." + what.name().toLowerCase(Locale.ROOT)), out.toString()));
                return ExitCodes.OK;
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.DATA_PROBLEM, Messages.get("cli.export.cannotWrite", out.toString(),
                        String.valueOf(e.getMessage())));
            }
        });
    }
}
