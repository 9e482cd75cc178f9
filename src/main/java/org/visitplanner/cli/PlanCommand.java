package org.visitplanner.cli;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.planner.PlanEdit;
import org.visitplanner.logic.planner.Planner;
import org.visitplanner.logic.planner.PlanningProblem;
import org.visitplanner.logic.planner.Proposal;
import org.visitplanner.logic.planner.WeekPlan;
import org.visitplanner.model.Trip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code plan TRIP [--seconds N] [--seed S] [--apply] [--replan]}: proposes times for the trip's visits to place
 * (public contract, see the README): {@code date<TAB>start<TAB>end<TAB>title<TAB>institution} per placed event, then
 * {@code unplaced<TAB>title<TAB>reason}, then {@code score<TAB>hard=H<TAB>soft=S<TAB>travel=M}. Exit 0 when every
 * hard rule holds, 1 otherwise; {@code --apply} stores the plan as one step (what the window's Accept does).
 */
@Command(name = "plan", description = {
        "Propose times for a trip's visits to place (and with --replan, for its events that are not pinned).",
        "Prints date<TAB>start<TAB>end<TAB>title<TAB>institution per placed event, unplaced<TAB>title<TAB>reason, "
                + "then score<TAB>hard=H<TAB>soft=S<TAB>travel=M. Exit code 1 if a hard rule is broken."})
final class PlanCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @ParentCommand
    VisitPlannerCommand root;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "TRIP", description = "The trip's id or exact name.")
    String trip;

    @Option(names = "--seconds", paramLabel = "N", description = "Solve for at most N seconds (1 to 3600, default 10).")
    Integer seconds;

    @Option(names = "--seed", paramLabel = "S",
            description = "Random seed: the same seed gives the same plan (default 0).")
    Long seed;

    @Option(names = "--apply", description = "Store the plan (one step, as Accept in the window).")
    boolean apply;

    @Option(names = "--replan", description = "Also move the trip's events that are not pinned.")
    boolean replan;

    @Override
    public Integer call() {
        int limit = seconds == null ? Planner.DEFAULT_SECONDS : seconds;
        if (limit < 1 || limit > Planner.MAX_SECONDS) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.plan.seconds", Planner.MAX_SECONDS));
        }
        return root.withServices(services -> {
            Trip found = Trips.find(services, trip);
            PlanningProblem problem = services.planner().problem(found.id(), replan
                            ? PlanningProblem.Mode.REPLAN_THE_REST : PlanningProblem.Mode.PLACE_VISITS)
                    .orElseThrow(() -> new CommandFailure(ExitCodes.DATA_PROBLEM,
                            Messages.get("cli.error.noTrip", trip)));
            Planner.Run run = new Planner(seed == null ? Planner.DEFAULT_SEED : seed)
                    .run(problem, Duration.ofSeconds(limit));
            WeekPlan best = run.solve(better -> { });
            Proposal proposal = run.proposal(best);
            for (Proposal.Placement p : proposal.placements()) {
                root.out.println(p.day() + "\t" + TIME.format(p.startTime()) + "\t" + TIME.format(p.endTime()) + "\t"
                        + Tsv.clean(p.title()) + "\t" + Tsv.clean(p.place()));
            }
            for (Proposal.Unplaced u : proposal.unplaced()) {
                root.out.println("unplaced\t" + Tsv.clean(u.title()) + "\t" + Tsv.clean(u.reason()));
            }
            root.out.println("score\thard=" + proposal.hard() + "\tsoft=" + proposal.soft() + "\ttravel="
                    + proposal.travelMinutes());
            root.out.flush();
            if (!proposal.settled()) {
                root.err.println(Messages.get("cli.plan.timeUp", limit));
            }
            if (apply) {
                if (!proposal.feasible()) {
                    root.err.println(Messages.get("cli.plan.notApplied"));
                } else if (proposal.changesSomething()) {
                    PlanEdit edit = services.planner().accept(problem, proposal);
                    edit.apply();
                    root.err.println(Messages.get("cli.plan.applied", edit.createdCount(), edit.movedCount()));
                }
            }
            return proposal.feasible() ? ExitCodes.OK : ExitCodes.PROBLEMS_FOUND;
        });
    }
}
