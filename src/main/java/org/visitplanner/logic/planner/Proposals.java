package org.visitplanner.logic.planner;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.TravelLeg;
import org.visitplanner.model.VisitToPlace;

/** Turns the solver's week back into a {@link Proposal}: placements, reasons, costs and travel. */
final class Proposals {

    private static final Comparator<Proposal.Placement> IN_TIME = Comparator.comparing(Proposal.Placement::start)
            .thenComparing(Proposal.Placement::end).thenComparing(Proposal.Placement::key);

    private Proposals() {
    }

    /** What a week places or moves, in time order, without the explanation (for showing it while solving). */
    static List<Proposal.Placement> placements(PlanningProblem problem, WeekPlan week) {
        List<Proposal.Placement> placements = new ArrayList<>();
        for (PlanItem item : week.items()) {
            Optional<Slot> before = problem.initialSlot(item.key());
            if (!item.pinned() && item.placed() && (before.isEmpty() || !before.get().equals(item.slot()))) {
                placements.add(placement(problem, item, before));
            }
        }
        placements.sort(IN_TIME);
        return placements;
    }

    static Proposal of(PlanningProblem problem, WeekPlan week, ScoreAnalysis<HardMediumSoftScore> analysis,
                       WeekPlan firstCome, boolean settled) {
        List<Proposal.Placement> placements = new ArrayList<>();
        List<Proposal.Unplaced> unplaced = new ArrayList<>();
        UnplacedReasons reasons = new UnplacedReasons(problem, week);
        for (PlanItem item : week.items()) {
            if (item.pinned()) {
                continue;
            }
            Optional<Slot> before = problem.initialSlot(item.key());
            if (!item.placed()) {
                unplaced.add(new Proposal.Unplaced(item.key(), item.visitId(), item.eventId(), item.title(),
                        problem.placeName(item.key()), reasons.explain(item)));
            } else if (before.isEmpty() || !before.get().equals(item.slot())) {
                placements.add(placement(problem, item, before));
            }
        }
        placements.sort(IN_TIME);
        HardMediumSoftScore score = week.score();
        Itinerary now = problem.itinerary();
        Itinerary proposed = now.withEvents(events(problem, placements));
        List<Proposal.Placement> firstComePlacements = placements(problem, firstCome);
        return new Proposal(now.trip().id(), problem.mode(), placements, unplaced, score.hardScore(),
                score.mediumScore(), score.softScore(), costs(problem, week, analysis, proposed),
                travelMinutes(proposed), travelMinutes(now),
                travelMinutes(now.withEvents(events(problem, firstComePlacements))), firstComePlacements.size(),
                settled);
    }

    private static Proposal.Placement placement(PlanningProblem problem, PlanItem item, Optional<Slot> before) {
        LocalDateTime start = problem.dateTime(item.slot());
        Long institutionId = problem.institutionOf(item.key()).map(i -> i.id()).orElse(null);
        return new Proposal.Placement(item.key(), item.visitId(), item.eventId(), item.title(),
                problem.event(item.key()).map(Event::kind)
                        .orElseGet(() -> problem.visit(item.key()).map(VisitToPlace::kind).orElseThrow()),
                institutionId, problem.placeName(item.key()), start, start.plusMinutes(item.minutes()),
                before.map(problem::dateTime), problem.memberIdsOf(item));
    }

    /**
     * The trip's events as they would be with the proposal: moved events at their new times (in their own zone),
     * and a new event for each placed visit (with a temporary negative id, the visit's).
     */
    static List<Event> events(PlanningProblem problem, List<Proposal.Placement> placements) {
        Itinerary itinerary = problem.itinerary();
        ZoneId venue = itinerary.trip().venueZone();
        Map<Long, Proposal.Placement> moved = new HashMap<>();
        List<Event> result = new ArrayList<>();
        for (Proposal.Placement p : placements) {
            if (p.eventId() != null) {
                moved.put(p.eventId(), p);
            } else {
                VisitToPlace visit = problem.visit(p.key()).orElseThrow();
                result.add(newEvent(visit, p, venue, -visit.id(), "proposed-" + visit.id()));
            }
        }
        for (Event e : itinerary.events()) {
            Proposal.Placement p = moved.get(e.id());
            result.add(p == null ? e : moved(e, p, venue));
        }
        return result;
    }

    /** The event a placed visit becomes (not stored yet). */
    static Event newEvent(VisitToPlace visit, Proposal.Placement p, ZoneId venue, long id, String uid) {
        return new Event(id, visit.tripId(), uid, visit.kind(), visit.title(), p.start(), p.end(), venue,
                visit.institutionId(), visit.location(), EventStatus.PLANNED, visit.notes(), p.memberIds(), List.of(),
                0);
    }

    /** An event at the time of a placement, in the event's own zone. */
    static Event moved(Event e, Proposal.Placement p, ZoneId venue) {
        LocalDateTime start = p.start().atZone(venue).withZoneSameInstant(e.zone()).toLocalDateTime();
        LocalDateTime end = p.end().atZone(venue).withZoneSameInstant(e.zone()).toLocalDateTime();
        return new Event(e.id(), e.tripId(), e.uid(), e.kind(), e.title(), start, end, e.zone(), e.institutionId(),
                e.location(), e.status(), e.notes(), e.participantIds(), e.hostIds(), e.version());
    }

    /** Minutes of the week's journeys, each once, as the week shows them (unknown ones not counted). */
    static int travelMinutes(Itinerary itinerary) {
        return itinerary.legs().stream().filter(TravelLeg::known).mapToInt(l -> l.minutes().getAsInt()).sum();
    }

    private static List<Proposal.RuleCost> costs(PlanningProblem problem, WeekPlan week,
                                                 ScoreAnalysis<HardMediumSoftScore> analysis, Itinerary proposed) {
        Map<String, Integer> points = new HashMap<>();
        for (ConstraintAnalysis<HardMediumSoftScore> constraint : analysis.constraintAnalyses()) {
            points.put(constraint.constraintName(), -constraint.score().softScore());
        }
        List<DaySequence> memberDays = memberDays(week);
        List<Proposal.RuleCost> costs = new ArrayList<>();
        for (PlanRule rule : PlanRule.values()) {
            if (rule.level() != PlanRule.Level.SOFT) {
                continue;
            }
            costs.add(new Proposal.RuleCost(rule, points.getOrDefault(rule.id(), 0),
                    detail(rule, problem, week, memberDays, proposed)));
        }
        return costs;
    }

    /** Every member's day, as the preferences see them. */
    private static List<DaySequence> memberDays(WeekPlan week) {
        Map<String, List<PlanItem>> byMemberDay = new LinkedHashMap<>();
        for (PlanItem item : week.items()) {
            if (item.placed()) {
                for (int member : item.memberList()) {
                    byMemberDay.computeIfAbsent(member + "@" + item.day(), k -> new ArrayList<>()).add(item);
                }
            }
        }
        return byMemberDay.values().stream().map(DaySequence::new).toList();
    }

    /** Journeys left without their margin for delays. */
    private static long tightConnections(WeekPlan week) {
        List<PlanItem> placed = week.items().stream().filter(PlanItem::placed).toList();
        long count = 0;
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                PlanItem a = placed.get(i);
                PlanItem b = placed.get(j);
                if (a.day() == b.day() && a.sharesMemberWith(b) && !(a.pinned() && b.pinned())
                        && PlanConstraints.tightShortfall(a, b) > 0) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String detail(PlanRule rule, PlanningProblem problem, WeekPlan week, List<DaySequence> memberDays,
                                 Itinerary proposed) {
        return switch (rule) {
            case LESS_TRAVEL -> Messages.get("planner.cost.lessTravel",
                    memberDays.stream().mapToInt(DaySequence::travelMinutes).sum());
            case ROOM_FOR_DELAYS -> Messages.get("planner.cost.roomForDelays", tightConnections(week));
            case LUNCH_BREAK -> Messages.get("planner.cost.lunchBreak",
                    memberDays.stream().filter(d -> d.lunchShortfall() > 0).count());
            case SAME_CAMPUS_SAME_DAY -> {
                Map<Integer, Long> daysByCampus = week.items().stream()
                        .filter(i -> i.placed() && i.campus() >= 0)
                        .collect(Collectors.groupingBy(PlanItem::campus,
                                Collectors.mapping(PlanItem::day, Collectors.toSet())))
                        .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue()
                                .size()));
                yield Messages.get("planner.cost.sameCampus", daysByCampus.values().stream().filter(n -> n > 1)
                        .count());
            }
            case PREFERRED_TIMES -> Messages.get("planner.cost.preferredTimes", week.items().stream()
                    .filter(i -> i.placed() && !i.pinned() && i.outsidePreferredTimes() > 0).count());
            case BALANCED_DAYS -> {
                // The longest day of any member: what the squares weigh most.
                int[] longest = {-1, 0};
                Map<String, Integer> busy = new HashMap<>();
                for (PlanItem item : week.items()) {
                    if (item.placed() && problem.days().inTrip(item.day())) {
                        for (int member : item.memberList()) {
                            int total = busy.merge(member + "@" + item.day(), item.minutes(), Integer::sum);
                            if (total > longest[1] || total == longest[1] && item.day() < longest[0]) {
                                longest[0] = item.day();
                                longest[1] = total;
                            }
                        }
                    }
                }
                yield longest[0] < 0 ? Messages.get("planner.cost.nothing")
                        : Messages.get("planner.cost.balancedDays", Formats.longDay(problem.days().date(longest[0])),
                        UnplacedReasons.duration(longest[1]));
            }
            case FEWER_IDLE_GAPS -> Messages.get("planner.cost.idleGaps",
                    memberDays.stream().mapToInt(DaySequence::idleMinutes).sum());
            default -> "";
        };
    }
}
