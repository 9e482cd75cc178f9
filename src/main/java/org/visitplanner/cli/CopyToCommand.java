package org.visitplanner.cli;

import java.util.concurrent.Callable;

import org.visitplanner.app.Services;
import org.visitplanner.db.DatabaseCopy;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copy-to --database URL}: copies the data folder's data into an empty team database, all or nothing, and
 * prints {@code N records copied to URL}.
 */
@Command(name = "copy-to", description = "Copy the data folder's data into an empty team database (all or nothing).")
final class CopyToCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Option(names = "--database", paramLabel = "URL", required = true,
            description = "The empty team database: postgresql://HOST[:PORT]/DB?user=U.")
    String database;

    @Override
    public Integer call() {
        if (root.database != null || root.environmentDatabase() != null) {
            // The data copied is the data folder's: a team database as the source would be a mistake.
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("team.copy.fromTeam"));
        }
        TeamAddress target;
        try {
            target = TeamAddress.parse(database);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, e.getMessage());
        }
        return root.withServices(source -> {
            try (Services team = VisitPlannerCommand.openTeam(target, root.dataDirectory())) {
                DatabaseCopy.Copied copied = DatabaseCopy.copy(source.database(), team.database());
                root.out.println(Messages.get("team.copy.done", copied.rows(), target.toString()));
                return ExitCodes.OK;
            } catch (DataProblem problem) {
                throw new CommandFailure(ExitCodes.DATA_PROBLEM, problem.userMessage());
            }
        });
    }
}
