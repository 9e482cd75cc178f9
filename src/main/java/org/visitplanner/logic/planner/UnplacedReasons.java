package org.visitplanner.logic.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Member;

/**
 * Why a visit has no time in a plan, in words: for each day it may happen on, the first rule that leaves it no room
 * (closed, outside its times, someone busy, an order), the days with the same reason said together — "closed on
 * Friday afternoon; Tuesday is full for Chen Hao". Pure: reads the problem and the planned week.
 */
final class UnplacedReasons {

    /** One day's reason, and what it says besides the day (same words: same reason). */
    private record Reason(String key, List<Object> args) {
    }

    private final PlanningProblem problem;
    private final WeekPlan plan;

    UnplacedReasons(PlanningProblem problem, WeekPlan plan) {
        this.problem = problem;
        this.plan = plan;
    }

    /** The reasons an item has no time, one sentence in the current language. */
    String explain(PlanItem item) {
        PlanDays days = problem.days();
        Map<Reason, List<Integer>> daysByReason = new LinkedHashMap<>();
        boolean anyAllowed = false;
        for (int d = 0; d < days.count(); d++) {
            if (!item.allowedOn(d)) {
                continue;
            }
            anyAllowed = true;
            daysByReason.computeIfAbsent(reasonOn(item, d), r -> new ArrayList<>()).add(d);
        }
        if (!anyAllowed) {
            return Messages.get("planner.reason.noDay");
        }
        Map<Reason, List<Integer>> merged = mergeBusyDays(item, daysByReason);
        int allowed = merged.values().stream().mapToInt(List::size).sum();
        List<String> sentences = new ArrayList<>();
        merged.forEach((reason, onDays) -> sentences.add(sentence(reason, onDays, onDays.size() == allowed)));
        return String.join(Messages.get("planner.reason.separator"), sentences);
    }

    /**
     * Days that are full for some of the visit's members are said once, naming everyone concerned on any of them
     * ("Tuesday and Thursday are full for Chen Hao and Li Na"): a list per day would be longer than the week.
     */
    private Map<Reason, List<Integer>> mergeBusyDays(PlanItem item, Map<Reason, List<Integer>> daysByReason) {
        Map<Reason, List<Integer>> merged = new LinkedHashMap<>();
        Set<Integer> busy = new TreeSet<>();
        List<Integer> busyDays = new ArrayList<>();
        Reason firstBusy = null;
        for (Map.Entry<Reason, List<Integer>> entry : daysByReason.entrySet()) {
            Reason reason = entry.getKey();
            boolean full = reason.key().equals("planner.reason.full")
                    || reason.key().equals("planner.reason.fullForAll");
            if (!full) {
                merged.put(reason, entry.getValue());
                continue;
            }
            if (firstBusy == null) {
                firstBusy = reason;
                merged.put(reason, busyDays); // keeps its place among the reasons
            }
            busyDays.addAll(entry.getValue());
            busy.addAll(reason.key().equals("planner.reason.fullForAll") ? item.memberList() : busyMembers(reason));
        }
        if (firstBusy != null) {
            busyDays.sort(null);
            Reason together = busy.containsAll(item.memberList()) && item.memberList().size() > 1
                    ? new Reason("planner.reason.fullForAll", List.of())
                    : new Reason("planner.reason.full", List.of(names(busy), busy.size()));
            Map<Reason, List<Integer>> ordered = new LinkedHashMap<>();
            for (Map.Entry<Reason, List<Integer>> entry : merged.entrySet()) {
                ordered.put(entry.getKey() == firstBusy ? together : entry.getKey(), entry.getValue());
            }
            merged = ordered;
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Set<Integer> busyMembers(Reason reason) {
        return (Set<Integer>) reason.args().get(2);
    }

    private String sentence(Reason reason, List<Integer> onDays, boolean everyDay) {
        List<Object> args = new ArrayList<>();
        args.add(everyDay && onDays.size() > 1 ? Messages.get("planner.days.every") : dayList(onDays));
        args.add(everyDay ? 1 : onDays.size());
        args.addAll(reason.args());
        return Messages.get(reason.key(), args.subList(0, Math.min(args.size(), 4)).toArray());
    }

    /** The first rule that leaves no room on day {@code d}. */
    private Reason reasonOn(PlanItem item, int d) {
        PlanDays days = problem.days();
        int from = Math.max(days.dayStart(), item.earliest() < 0 ? 0 : item.earliest());
        int to = Math.min(days.dayEnd(), item.latest() < 0 ? Minutes.DAY : item.latest());
        if (to - from < item.minutes()) {
            return new Reason("planner.reason.times", List.of(Formats.timeRange(Minutes.time(from),
                    Minutes.time(Math.max(from, to))), duration(item.minutes())));
        }
        List<int[]> open = new ArrayList<>();
        int[] spans = item.openingSpans(d);
        if (spans == null) {
            open.add(new int[] {from, to});
        } else {
            if (spans.length == 0) {
                return closed(item, d);
            }
            boolean openAtAll = false;
            for (int i = 0; i + 1 < spans.length; i += 2) {
                int a = Math.max(from, spans[i]);
                int b = Math.min(to, spans[i + 1]);
                openAtAll |= b > a;
                if (b - a >= item.minutes()) {
                    open.add(new int[] {a, b});
                }
            }
            if (open.isEmpty() && openAtAll) {
                return new Reason("planner.reason.openTooBriefly", List.of(duration(item.minutes())));
            }
            if (open.isEmpty()) {
                if (from >= 12 * 60) {
                    return new Reason("planner.reason.closedAfternoon", List.of());
                }
                if (to <= 13 * 60) {
                    return new Reason("planner.reason.closedMorning", List.of());
                }
                return new Reason("planner.reason.closedAtThoseTimes", List.of(Formats.timeRange(Minutes.time(from),
                        Minutes.time(to))));
            }
        }
        Set<Integer> busy = new TreeSet<>();
        PlanItem lateEarlier = null;
        for (int[] interval : open) {
            int first = (interval[0] + PlanningProblem.GRAIN_MINUTES - 1) / PlanningProblem.GRAIN_MINUTES
                    * PlanningProblem.GRAIN_MINUTES;
            for (int start = first; start + item.minutes() <= interval[1]; start += PlanningProblem.GRAIN_MINUTES) {
                Set<Integer> blockers = blockers(item, d, start);
                PlanItem earlier = item.after();
                boolean tooEarly = earlier != null && earlier.placed()
                        && d * Minutes.DAY + start < earlier.endAbsolute();
                if (blockers.isEmpty() && !tooEarly) {
                    return new Reason("planner.reason.fits", List.of(Formats.time(Minutes.time(start))));
                }
                busy.addAll(blockers);
                if (tooEarly && blockers.isEmpty()) {
                    lateEarlier = earlier;
                }
            }
        }
        if (busy.isEmpty() && lateEarlier != null) {
            return new Reason("planner.reason.after", List.of(lateEarlier.title()));
        }
        List<Integer> needed = item.memberList();
        if (busy.containsAll(needed) && needed.size() > 1) {
            return new Reason("planner.reason.fullForAll", List.of());
        }
        return new Reason("planner.reason.full", List.of(names(busy), busy.size(), Set.copyOf(busy)));
    }

    /** Closed all day: with the closure's reason when there is one. */
    private Reason closed(PlanItem item, int d) {
        LocalDate date = problem.days().date(d);
        Optional<String> why = problem.institutionOf(item.key()).stream()
                .flatMap(i -> problem.itinerary().closures(i.id()).stream())
                .filter(c -> c.covers(date)).map(Closure::reason)
                .filter(r -> r != null && !r.isBlank()).map(String::strip).findFirst();
        return why.map(r -> new Reason("planner.reason.closedFor", List.of(r)))
                .orElse(new Reason("planner.reason.closed", List.of()));
    }

    /**
     * The members who, at this start, are somewhere else or cannot get there (or away) in time: everyone of the
     * visit who is in an overlapping item or one too close for the journey.
     */
    private Set<Integer> blockers(PlanItem item, int day, int start) {
        Set<Integer> blocking = new LinkedHashSet<>();
        int begin = day * Minutes.DAY + start;
        int end = begin + item.minutes();
        for (PlanItem other : plan.items()) {
            if (other == item || !other.placed() || other.day() != day || !other.sharesMemberWith(item)) {
                continue;
            }
            boolean overlaps = begin < other.endAbsolute() && other.startAbsolute() < end;
            boolean tooClose = false;
            if (!overlaps) {
                int gap = other.startAbsolute() >= end ? other.startAbsolute() - end : begin - other.endAbsolute();
                int travel = other.startAbsolute() >= end ? item.travel().between(item, other)
                        : item.travel().between(other, item);
                tooClose = travel > 0 && gap < travel + Travel.BUFFER_MINUTES;
            }
            if (overlaps || tooClose) {
                for (int member : item.memberList()) {
                    if (other.has(member)) {
                        blocking.add(member);
                    }
                }
            }
        }
        return blocking;
    }

    private String names(Set<Integer> members) {
        List<String> names = new ArrayList<>();
        for (int index : members) {
            names.add(problem.member(index).map(Member::displayName).orElse("#" + problem.memberId(index)));
        }
        return list(names);
    }

    /**
     * "Tuesday", "Tuesday and Wednesday"; with the date when the trip is longer than a week; the first three and
     * how many more when there are over four.
     */
    private String dayList(List<Integer> onDays) {
        boolean week = problem.days().count() <= 7;
        List<String> names = new ArrayList<>();
        for (int d : onDays) {
            LocalDate date = problem.days().date(d);
            names.add(week ? weekday(date.getDayOfWeek()) : Formats.shortDay(date));
        }
        if (names.size() > 4) {
            String first = names.get(0);
            for (int i = 1; i < 3; i++) {
                first = Messages.get("planner.list.more", first, names.get(i));
            }
            return Messages.get("planner.days.more", first, names.size() - 3);
        }
        return list(names);
    }

    private static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Messages.locale());
    }

    /** "a", "a and b", "a, b and c", as each language writes it. */
    static String list(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        String text = parts.get(parts.size() - 1);
        if (parts.size() >= 2) {
            text = Messages.get("planner.list.last", parts.get(parts.size() - 2), text);
            for (int i = parts.size() - 3; i >= 0; i--) {
                text = Messages.get("planner.list.more", parts.get(i), text);
            }
        }
        return text;
    }

    /** "1 h 30", "45 min". */
    static String duration(int minutes) {
        return minutes < 60 ? Messages.get("planner.minutes", minutes)
                : minutes % 60 == 0 ? Messages.get("planner.hours", minutes / 60)
                : Messages.get("planner.hoursMinutes", minutes / 60, String.format("%02d", minutes % 60));
    }
}
