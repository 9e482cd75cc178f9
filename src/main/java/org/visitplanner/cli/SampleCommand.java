package org.visitplanner.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code sample}: loads the sample trip unless it is there already, and prints its id. */
@Command(name = "sample", description = "Load the sample trip if it is not there yet and print its id.")
final class SampleCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        return root.withServices(services -> {
            root.out.println(services.sampleTrip().ensureLoaded());
            return ExitCodes.OK;
        });
    }
}
