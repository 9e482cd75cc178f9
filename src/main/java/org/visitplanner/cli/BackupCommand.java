package org.visitplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code backup [--out FILE]}: saves a checked backup of the data (a ZIP, encrypted when the data is) and prints
 * its path.
 */
@Command(name = "backup", description = "Save a checked backup of the data and print its path "
        + "(default: in the backups folder of the data).")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the backup (a ZIP file, replaced if it exists; a folder puts it there).")
    Path out;

    @Override
    public Integer call() {
        if (out != null && out.toString().isBlank()) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get(
                    "cli.error.outEmpty"));
        }
        return root.withServices(services -> {
            Backup backup = out == null ? services.backups().backUp(BackupKind.MANUAL)
                    : services.backups().backUpTo(out);
            root.out.println(backup.file());
            return ExitCodes.OK;
        });
    }
}
