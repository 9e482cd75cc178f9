package org.visitplanner.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code version}: prints "Visit Planner X.Y.Z". */
@Command(name = "version", description = "Print the version.")
final class VersionCommand implements Callable<Integer> {

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Override
    public Integer call() {
        root.out.println(VisitPlannerCommand.version());
        return ExitCodes.OK;
    }
}
