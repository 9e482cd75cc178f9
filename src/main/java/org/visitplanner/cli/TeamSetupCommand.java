package org.visitplanner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.visitplanner.app.Services;
import org.visitplanner.db.TeamRoles;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code team-setup --database URL [--editor NAME]… [--reader NAME]…}: creates the PostgreSQL roles of a team
 * database that are missing (able to log in, without a password) and grants editors reading and changing, readers
 * reading only; one line per role. Run as the database's owner or an administrator; running it again changes nothing.
 * Bad role names and a data folder instead of a team database exit 2 with one sentence, and nothing is changed.
 */
@Command(name = "team-setup",
        description = "Create the roles of a team database: editors read and change the data, readers only read it.")
final class TeamSetupCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Option(names = "--database", paramLabel = "URL",
            description = "The team database, as its owner or an administrator: postgresql://HOST[:PORT]/DB?user=U "
                    + "(default: the global --database, else $VISIT_PLANNER_DATABASE).")
    String database;

    @Option(names = "--editor", paramLabel = "NAME",
            description = "A role that may read and change the data (created when missing; may be repeated).")
    List<String> editors = new ArrayList<>();

    @Option(names = "--reader", paramLabel = "NAME",
            description = "A role that may only read and print the data (created when missing; may be repeated).")
    List<String> readers = new ArrayList<>();

    @Override
    public Integer call() {
        // Sentences in the chosen language from the first (an empty --data-dir is a mistake here too).
        Messages.setLocale(root.chosenLanguage(root.dataDirectory()));
        TeamAddress team = address();
        if (editors.isEmpty() && readers.isEmpty()) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("team.setup.noRole"));
        }
        List<String> all = new ArrayList<>(editors);
        all.addAll(readers);
        for (String name : all) {
            if (!TeamRoles.isRoleName(name)) {
                throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("team.setup.badName", name));
            }
        }
        try (Services services = VisitPlannerCommand.openTeam(team, root.dataDirectory())) {
            List<TeamRoles.Result> results = TeamRoles.setUp(services.database(), editors, readers);
            for (TeamRoles.Result result : results) {
                String access = Messages.get(result.access() == TeamRoles.Access.EDITOR
                        ? "team.setup.access.editor" : "team.setup.access.reader");
                root.out.println(Messages.get(result.created() ? "team.setup.created" : "team.setup.granted",
                        result.role(), access));
            }
            return ExitCodes.OK;
        } catch (TeamRoles.Refused refused) {
            // A wrong choice of role is the caller's (2); a user without the right to grant is the server's (3).
            int code = refused.key().equals("team.setup.notAllowed") ? ExitCodes.DATA_PROBLEM : ExitCodes.BAD_USAGE;
            throw new CommandFailure(code, Messages.get(refused.key(), refused.args()));
        } catch (DataProblem problem) {
            throw new CommandFailure(ExitCodes.DATA_PROBLEM, problem.userMessage());
        }
    }

    /** The command's {@code --database}, else the global one: a team database, never the data folder's file. */
    private TeamAddress address() {
        if (database == null) {
            TeamAddress global = root.teamAddress();
            if (global == null) {
                throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("team.setup.notTeam"));
            }
            return global;
        }
        if (!database.strip().toLowerCase(Locale.ROOT).startsWith("postgres")) {
            // A data folder (or an H2 file) has no roles: only a team database is set up.
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("team.setup.notTeam"));
        }
        try {
            return TeamAddress.parse(database);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, e.getMessage());
        }
    }
}
