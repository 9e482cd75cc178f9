package org.visitplanner.cli;

import java.util.concurrent.Callable;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.logic.itinerary.ItineraryProblem;
import org.visitplanner.model.Trip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check TRIP}: one line per problem of the trip's itinerary, {@code SEVERITY<TAB>date<TAB>message}; exit 1 when
 * there is an error, else 0; 3 when the trip does not exist.
 */
@Command(name = "check",
        description = "Check a trip's itinerary: one line per problem, SEVERITY<TAB>date<TAB>message "
                + "(ERROR, WARNING or INFO). Exit code 1 if there is an error.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "TRIP", description = "The trip's id or exact name.")
    String trip;

    @Override
    public Integer call() {
        return root.withServices(services -> {
            Trip found = Trips.find(services, trip);
            Itinerary itinerary = services.itinerary().load(found.id())
                    .orElseThrow(() -> new CommandFailure(ExitCodes.DATA_PROBLEM,
                            Messages.get("cli.error.noTrip", trip)));
            boolean error = false;
            for (ItineraryProblem problem : itinerary.problems()) {
                root.out.println(problem.severity().name() + "\t" + problem.day() + "\t"
                        + Tsv.clean(problem.message()));
                error |= problem.severity() == ItineraryProblem.Severity.ERROR;
            }
            return error ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK;
        });
    }
}
