package org.visitplanner.cli;

import java.util.concurrent.Callable;

import org.visitplanner.model.TripSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code trips}: one line per trip, {@code id<TAB>name<TAB>first day<TAB>last day<TAB>number of events}. */
@Command(name = "trips",
        description = "List the trips: id, name, first day, last day, number of events (tab-separated).")
final class TripsCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        return root.withServices(services -> {
            for (TripSummary summary : services.trips().findAll()) {
                root.out.println(summary.trip().id() + "\t" + Tsv.clean(summary.trip().name()) + "\t"
                        + summary.trip().firstDay() + "\t" + summary.trip().lastDay() + "\t" + summary.eventCount());
            }
            return ExitCodes.OK;
        });
    }
}
