package org.visitplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.visitplanner.db.DatabaseBackups;
import org.visitplanner.db.FileKey;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restore FILE}: replaces the data with a backup (after checking it). The data it replaces is first saved
 * as a backup (a damaged file is moved into {@code damaged/} instead); that path is printed. Works on damaged data,
 * which cannot be opened.
 */
@Command(name = "restore", description = "Replace the data with a backup; the data it replaces is saved as a backup "
        + "first, and its path printed.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Parameters(paramLabel = "FILE", description = "A backup (ZIP) or a copy of a visit-planner.mv.db file.")
    Path file;

    @Override
    public Integer call() {
        Path directory = root.dataDirectory();
        Messages.setLocale(root.chosenLanguage(directory));
        if (!Files.exists(file)) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("backup.error.missing", file.toString()));
        }
        char[] password = root.password();
        try {
            DatabaseBackups.Restored restored = DatabaseBackups.restoreClosed(directory, file,
                    password == null ? null : FileKey.derive(password));
            if (restored.savedData() != null) {
                root.out.println(restored.savedData().file());
            } else if (restored.setAside() != null) {
                root.out.println(restored.setAside());
            }
            return ExitCodes.OK;
        } catch (DataProblem problem) {
            throw new CommandFailure(ExitCodes.DATA_PROBLEM, problem.userMessage());
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
