package org.visitplanner.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.visitplanner.logic.directory.DirectoryCsv;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.io.CsvProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import FILE}: imports a file into the data, by its type. A thin dispatcher on the file's extension: each
 * type's work lives in {@code logic} ({@code .csv}: the directory, {@link DirectoryCsv}).
 */
@Command(name = "import", description = "Import a file: FILE.csv adds and updates institutions or contacts "
        + "(recognised by the header) and prints \"added N, updated N, rejected N\", then one line per rejected row.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Override
    public Integer call() {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return importDirectory();
        }
        throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.import.unsupported", file.toString()));
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
            // The summary's words are a contract for scripts, so they are not translated; the reasons are.
            root.out.println("added " + imported.added() + ", updated " + imported.updated() + ", rejected "
                    + imported.rejected());
            for (DirectoryCsv.Rejected rejected : preview.rejected()) {
                root.out.println("line " + rejected.line() + ": " + Tsv.clean(rejected.reason()));
            }
            return ExitCodes.OK;
        });
    }
}
