package org.visitplanner.logic.planner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Runs Timefold Solver on a {@link PlanningProblem}: from an earliest-fit week ({@link EarliestFit}), the construction
 * heuristic places what that left out where it costs least, then local search improves the week until it has tried
 * enough moves for its size (the same seed then always gives the same week), the time is up, or {@link Run#stop()}
 * is called. See docs/decisions/0022-planning-with-timefold.md.
 */
public final class Planner {

    /** Longest solving time allowed on the command line. */
    public static final int MAX_SECONDS = 3600;
    public static final int DEFAULT_SECONDS = 10;
    public static final long DEFAULT_SEED = 0;
    /**
     * Moves tried, per item that may move, beyond a base: enough for a week to settle (a fifth of a second per item
     * on a laptop); the search ends there when the time limit does not come first.
     */
    static final long BASE_MOVES = 40_000;
    static final long MOVES_PER_ITEM = 10_000;

    /**
     * Timefold reports every run at INFO level (and warns when a stopped run's week is analysed half built): the
     * window and the commands say what happened themselves. Held for the life of the app (java.util.logging forgets
     * the level of a logger nobody references).
     */
    private static final Logger SOLVER_LOG = quiet(Logger.getLogger("ai.timefold"));

    private static Logger quiet(Logger log) {
        log.setLevel(Level.SEVERE);
        return log;
    }

    private final SolverFactory<WeekPlan> factory;
    private final long baseMoves;
    private final long movesPerItem;
    private final SolutionManager<WeekPlan, HardMediumSoftScore> solutions;

    /** A planner whose runs use {@code seed}: the same seed, the same week (when the moves run out first). */
    public Planner(long seed) {
        this(seed, BASE_MOVES, MOVES_PER_ITEM);
    }

    /** With a smaller budget of moves (tests). */
    Planner(long seed, long baseMoves, long movesPerItem) {
        this.baseMoves = baseMoves;
        this.movesPerItem = movesPerItem;
        SolverConfig config = new SolverConfig()
                .withSolutionClass(WeekPlan.class)
                .withEntityClasses(PlanItem.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed);
        this.factory = SolverFactory.create(config);
        this.solutions = SolutionManager.create(factory);
    }

    /** How many moves a problem gets before the search ends by itself. */
    long moveBudget(PlanningProblem problem) {
        return baseMoves + movesPerItem * problem.movableCount();
    }

    /** One solving run of a problem, at most {@code limit} long; stoppable from another thread. */
    public Run run(PlanningProblem problem, Duration limit) {
        return new Run(problem, limit);
    }

    /** A solving run. */
    public final class Run {
        private final PlanningProblem problem;
        private final Duration limit;
        private final Solver<WeekPlan> solver;
        private volatile boolean stopped;
        private volatile boolean finished;
        private volatile boolean timeUp;
        private WeekPlan firstCome;

        private Run(PlanningProblem problem, Duration limit) {
            this.problem = problem;
            this.limit = limit;
            this.solver = factory.buildSolver(new SolverConfigOverride<WeekPlan>().withTerminationConfig(
                    new TerminationConfig().withSpentLimit(limit).withMoveCountLimit(moveBudget(problem))));
        }

        /**
         * Solves a copy of the problem's week and returns the best week found; {@code bestSoFar} is told of each
         * better week, on the solving thread (the week given is the solver's copy: read it there, do not keep it).
         */
        public WeekPlan solve(Consumer<WeekPlan> bestSoFar) {
            solver.addEventListener(event -> bestSoFar.accept(event.getNewBestSolution()));
            // Local search improves a week much faster than construction builds one: start from what a person would
            // do, and let the construction heuristic place only what that left out.
            WeekPlan start = EarliestFit.start(problem.plan());
            firstCome = copy(start);
            if (stopped || problem.movableCount() == 0) {
                finished = true;
                solutions.update(start);
                return start;
            }
            long began = System.nanoTime();
            WeekPlan best;
            try {
                best = solver.solve(start);
            } finally {
                finished = true;
            }
            // The moves were not all tried: another run (or a faster machine) may find another week.
            timeUp = !stopped && System.nanoTime() - began >= limit.toNanos() * 98 / 100;
            return best;
        }

        /** Ends the run as soon as the solver can (within milliseconds); {@link #solve} returns the best so far. */
        public void stop() {
            stopped = true;
            solver.terminateEarly();
            // A solver that is only starting forgets an early stop (it resets the flag as it starts): say it again
            // until the run has ended.
            Thread insist = new Thread(() -> {
                while (!finished) {
                    solver.terminateEarly();
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "visit-planner-stop");
            insist.setDaemon(true);
            insist.start();
        }

        public boolean stopped() {
            return stopped;
        }

        /** Whether the search ended by itself, having tried all its moves (not stopped, not out of time). */
        public boolean settled() {
            return !stopped && !timeUp;
        }

        /** The proposal for the week {@link #solve} returned: placements, reasons, costs and travel. */
        public Proposal proposal(WeekPlan best) {
            return Proposals.of(problem, best, analyse(best), firstCome == null ? best : firstCome, settled());
        }

        /** What the user sees while it solves: the placements of a better week (cheap, no explanation). */
        public List<Proposal.Placement> draft(WeekPlan week) {
            return Proposals.placements(problem, week);
        }
    }

    /** What each rule costs in a week. */
    ScoreAnalysis<HardMediumSoftScore> analyse(WeekPlan plan) {
        return solutions.analyze(plan);
    }

    /** Scores a week without solving it. */
    public HardMediumSoftScore score(WeekPlan plan) {
        return solutions.update(plan);
    }

    /** A copy of a week whose items can be changed without touching the original. */
    static WeekPlan copy(WeekPlan plan) {
        Map<PlanItem, PlanItem> copies = new IdentityHashMap<>();
        for (PlanItem item : plan.items()) {
            copies.put(item, item.copy());
        }
        for (PlanItem item : plan.items()) {
            if (item.after() != null) {
                copies.get(item).setAfter(copies.get(item.after()));
            }
        }
        return new WeekPlan(plan.days(), plan.slots(), new ArrayList<>(plan.items().stream().map(copies::get)
                .toList()));
    }
}
