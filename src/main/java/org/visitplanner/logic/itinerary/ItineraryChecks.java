package org.visitplanner.logic.itinerary;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.visitplanner.logic.directory.OpeningHoursFormat;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.ItineraryProblem.Kind;
import org.visitplanner.logic.itinerary.ItineraryProblem.Severity;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.TravelLeg;
import org.visitplanner.model.TravelMode;

/**
 * The feasibility checks of an itinerary: double bookings, travel that does not fit in the gap, opening hours and
 * closures, events outside the trip's days and very long days. Pure: reads an {@link Itinerary}, writes nothing.
 * See docs/decisions/0010-travel-time-and-feasibility-checks.md for the thresholds.
 */
public final class ItineraryChecks {

    /**
     * The thresholds.
     *
     * @param bufferMinutes   margin wanted on top of the travel time; a smaller gap is an error
     * @param tightShare      by public transport or car, a gap leaving less than this share of the travel time beyond
     *                        the buffer is a warning: trains and traffic vary (walking times do not)
     * @param longDayMinutes  a member busy longer than this from first start to last end gets an information
     */
    public record Rules(int bufferMinutes, double tightShare, int longDayMinutes) {
        public static final Rules DEFAULT = new Rules(10, 0.25, 12 * 60);
    }

    private static final Comparator<ItineraryProblem> ORDER = Comparator.comparing(ItineraryProblem::day)
            .thenComparing(ItineraryProblem::severity);

    private ItineraryChecks() {
    }

    /** All problems of the itinerary, by day, then severity (errors first), then time. */
    public static List<ItineraryProblem> run(Itinerary itinerary, Rules rules) {
        List<Event> active = itinerary.activeEvents();
        List<Timed> found = new ArrayList<>();
        Texts text = new Texts();
        overlaps(text, itinerary, found);
        travel(text, itinerary, rules, found);
        openingHours(text, itinerary, active, found);
        tripDays(text, itinerary, active, found);
        longDays(text, itinerary, rules, found);
        found.sort(Comparator.comparing((Timed t) -> t.problem, ORDER).thenComparing(t -> t.at));
        return found.stream().map(t -> t.problem).toList();
    }

    /** The messages of one run, each pattern parsed once (a trip may have hundreds of problems). */
    private static final class Texts {
        private final Map<String, MessageFormat> formats = new HashMap<>();
        private final Map<String, String> hours = new HashMap<>();

        /** Opening hours as people write them, e.g. "Mon–Fri 08:30–18:00", written once per institution and day. */
        String hours(String key, List<OpeningHours> spans) {
            return hours.computeIfAbsent(key, k -> OpeningHoursFormat.format(spans));
        }

        String get(String key, Object... args) {
            if (args.length == 0) {
                return Messages.get(key);
            }
            return formats.computeIfAbsent(key, k -> new MessageFormat(Messages.get(k), Messages.locale()))
                    .format(args);
        }
    }

    /** A problem with the moment it starts, for ordering within a day. */
    private record Timed(ItineraryProblem problem, LocalDateTime at) {
    }

    /**
     * Double bookings, one problem per crowd: events that overlap for one member, directly or through each other, form
     * a cluster. A cluster of up to {@value #MAX_PAIRS_CLUSTER} events is told pair by pair (each message names both
     * events and their times); a larger one is one problem naming how many events overlap, when, and the first
     * titles, so that a crowded trip gives "these 40 events overlap" rather than 780 pair warnings.
     */
    private static void overlaps(Texts text, Itinerary itinerary, List<Timed> found) {
        // First the clusters, without a record per pair: a crowded trip has tens of thousands of pairs.
        List<Event> events = itinerary.events();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            index.put(events.get(i).id(), i);
        }
        int[] parent = new int[events.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        // Who is double-booked in each event: the cluster's members are those of its events.
        Map<Integer, Set<Long>> bookedIn = new HashMap<>();
        forEachOverlap(itinerary, null, (memberId, first, second) -> {
            int a = index.get(first.id());
            int b = index.get(second.id());
            union(parent, a, b);
            bookedIn.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(memberId);
            bookedIn.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(memberId);
        });
        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            if (bookedIn.containsKey(i)) {
                clusters.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> toldByPair = new HashSet<>();
        for (List<Integer> cluster : clusters.values()) {
            if (cluster.size() <= MAX_PAIRS_CLUSTER) {
                cluster.forEach(i -> toldByPair.add(events.get(i).id()));
            } else {
                Set<Long> members = new LinkedHashSet<>();
                cluster.forEach(i -> members.addAll(bookedIn.get(i)));
                crowd(text, itinerary, found, cluster.stream().map(events::get).toList(), List.copyOf(members));
            }
        }
        if (toldByPair.isEmpty()) {
            return;
        }
        // The small clusters pair by pair, each pair once with every member booked in both.
        Map<Pair, List<Long>> membersByPair = new LinkedHashMap<>();
        forEachOverlap(itinerary, toldByPair, (memberId, first, second) ->
                membersByPair.computeIfAbsent(new Pair(first, second), k -> new ArrayList<>()).add(memberId));
        membersByPair.forEach((pair, members) -> {
            String message = text.get("itinerary.check.overlap", names(itinerary, members), pair.first().title(),
                    times(itinerary, pair.first()), pair.second().title(), times(itinerary, pair.second()));
            add(found, itinerary, Severity.ERROR, Kind.OVERLAP, pair.second(), message,
                    List.of(pair.first().id(), pair.second().id()), members);
        });
    }

    /** A member booked in two events at once. */
    @FunctionalInterface
    private interface OverlapAction {
        void accept(long memberId, Event first, Event second);
    }

    /**
     * Every pair of active events that overlap for one of their members, member by member, in the order of their
     * starts; only among {@code among} (event ids) when given.
     */
    private static void forEachOverlap(Itinerary itinerary, Set<Long> among, OverlapAction action) {
        for (Map.Entry<Long, List<Event>> ofMember : itinerary.activeEventsByMember().entrySet()) {
            long memberId = ofMember.getKey();
            List<Event> running = new ArrayList<>();
            for (Event event : ofMember.getValue()) {
                if (among != null && !among.contains(event.id())) {
                    continue;
                }
                long start = itinerary.startSecond(event);
                running.removeIf(r -> itinerary.endSecond(r) <= start);
                for (Event other : running) {
                    action.accept(memberId, other, event);
                }
                running.add(event);
            }
        }
    }

    /** Above this many events, a cluster of overlapping events is one problem instead of one per pair. */
    static final int MAX_PAIRS_CLUSTER = 3;
    /** How many of a crowd's events its problem names (the rest are counted). */
    static final int CROWD_NAMED = 3;

    private static void crowd(Texts text, Itinerary itinerary, List<Timed> found, List<Event> events,
                              List<Long> memberIds) {
        List<Event> byStart = new ArrayList<>(events);
        byStart.sort(Comparator.comparingLong(itinerary::startSecond).thenComparingLong(Event::id));
        LocalDateTime from = itinerary.venueStart(byStart.get(0));
        LocalDateTime to = byStart.stream().map(itinerary::venueEnd).max(Comparator.naturalOrder()).orElseThrow();
        List<String> named = new ArrayList<>();
        for (Event event : byStart.subList(0, Math.min(CROWD_NAMED, byStart.size()))) {
            named.add(text.get("itinerary.check.overlapCrowd.event", event.title(), times(itinerary, event)));
        }
        String list = String.join(text.get("itinerary.check.overlapCrowd.separator"), named);
        int more = byStart.size() - named.size();
        if (more > 0) {
            list = text.get("itinerary.check.overlapCrowd.more", list, more);
        }
        List<Long> memberOrder = new ArrayList<>(memberIds);
        memberOrder.sort(Comparator.comparingInt(id -> memberIndex(itinerary, id)));
        String message = text.get("itinerary.check.overlapCrowd", names(itinerary, memberOrder), byStart.size(),
                Formats.time(from.toLocalTime()), to.toLocalDate().equals(from.toLocalDate())
                        ? Formats.time(to.toLocalTime())
                        : Formats.shortDay(to.toLocalDate()) + " " + Formats.time(to.toLocalTime()), list);
        add(found, itinerary, Severity.ERROR, Kind.OVERLAP, byStart.get(0), message,
                byStart.stream().map(Event::id).toList(), memberOrder);
    }

    private static int memberIndex(Itinerary itinerary, long memberId) {
        for (int i = 0; i < itinerary.members().size(); i++) {
            if (itinerary.members().get(i).id() == memberId) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Two overlapping events, the one that starts first (or was listed first) first. */
    private record Pair(Event first, Event second) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.first.id() == first.id() && p.second.id() == second.id();
        }

        @Override
        public int hashCode() {
            return Long.hashCode(first.id()) * 31 + Long.hashCode(second.id());
        }
    }

    private static int root(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) { // shorten the path for the next look-up
            int up = parent[i];
            parent[i] = root;
            i = up;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static void travel(Texts text, Itinerary itinerary, Rules rules, List<Timed> found) {
        for (TravelLeg leg : itinerary.legs()) {
            Event from = itinerary.event(leg.fromEventId()).orElseThrow();
            Event to = itinerary.event(leg.toEventId()).orElseThrow();
            long gap = leg.gapMinutes();
            if (gap < 0) {
                continue; // the events overlap: reported as a double booking
            }
            String fromPlace = itinerary.placeName(from);
            String toPlace = itinerary.placeName(to);
            List<Long> ids = List.of(from.id(), to.id());
            if (!leg.known()) {
                String missing = itinerary.coordinatesOf(from).isEmpty() ? fromPlace : toPlace;
                add(found, itinerary, Severity.INFO, Kind.TRAVEL_UNKNOWN, from,
                        text.get("itinerary.check.travelUnknown", fromPlace, toPlace, missing), ids,
                        leg.memberIds());
                continue;
            }
            int minutes = leg.minutes().getAsInt();
            int needed = minutes + rules.bufferMinutes();
            int tight = needed + (leg.mode() == TravelMode.WALK ? 0 : (int) Math.ceil(minutes * rules.tightShare()));
            if (gap >= tight) {
                continue;
            }
            Severity severity = gap < needed ? Severity.ERROR : Severity.WARNING;
            String key = severity == Severity.ERROR ? "itinerary.check.travel" : "itinerary.check.travelTight";
            String message = text.get(key, fromPlace, toPlace, gap, from.title(), to.title(), minutes,
                    Messages.of(leg.mode()), rules.bufferMinutes(), names(itinerary, leg.memberIds()));
            add(found, itinerary, severity, Kind.TRAVEL, from, message, ids, leg.memberIds());
        }
    }

    private static void openingHours(Texts text, Itinerary itinerary, List<Event> active, List<Timed> found) {
        for (Event event : active) {
            Optional<Institution> institution = itinerary.institutionOf(event);
            if (institution.isEmpty()) {
                continue;
            }
            Institution place = institution.get();
            LocalDateTime start = itinerary.venueStart(event);
            LocalDateTime end = itinerary.venueEnd(event);
            LocalDate day = start.toLocalDate();
            for (Closure closure : itinerary.closures(place.id())) {
                if (closure.covers(day) || closure.covers(end.toLocalDate())) {
                    String reason = closure.reason() == null || closure.reason().isBlank()
                            ? text.get("itinerary.check.closureNoReason") : closure.reason().trim();
                    add(found, itinerary, Severity.WARNING, Kind.CLOSURE, event,
                            text.get("itinerary.check.closure", event.title(), place.label(),
                                    Formats.dayRange(closure.firstDay(), closure.lastDay()), reason),
                            List.of(event.id()), List.of());
                }
            }
            List<OpeningHours> hours = itinerary.openingHours(place.id());
            if (hours.isEmpty()) {
                continue; // hours not known: nothing to say
            }
            List<OpeningHours> thatDay = hours.stream().filter(h -> h.weekday() == day.getDayOfWeek())
                    .sorted(Comparator.comparing(OpeningHours::opensAt)).toList();
            if (thatDay.isEmpty()) {
                add(found, itinerary, Severity.WARNING, Kind.OPENING_HOURS, event,
                        text.get("itinerary.check.closedThatDay", event.title(), place.label(),
                                Formats.longDay(day), text.hours(place.id() + "", hours)),
                        List.of(event.id()), List.of());
            } else if (!end.toLocalDate().equals(day) || !within(thatDay, start.toLocalTime(), end.toLocalTime())) {
                add(found, itinerary, Severity.WARNING, Kind.OPENING_HOURS, event,
                        text.get("itinerary.check.outsideHours", event.title(), times(itinerary, event),
                                place.label(), text.hours(place.id() + "@" + day.getDayOfWeek(), thatDay)),
                        List.of(event.id()), List.of());
            }
        }
    }

    /** True when [start, end] lies inside one opening span, spans that touch counting as one. */
    private static boolean within(List<OpeningHours> spans, LocalTime start, LocalTime end) {
        LocalTime open = null;
        LocalTime close = null;
        for (OpeningHours span : spans) {
            if (open != null && !span.opensAt().isAfter(close)) {
                close = span.closesAt().isAfter(close) ? span.closesAt() : close;
            } else {
                if (open != null && !start.isBefore(open) && !end.isAfter(close)) {
                    return true;
                }
                open = span.opensAt();
                close = span.closesAt();
            }
        }
        return open != null && !start.isBefore(open) && !end.isAfter(close);
    }

    private static void tripDays(Texts text, Itinerary itinerary, List<Event> active, List<Timed> found) {
        for (Event event : active) {
            LocalDate first = itinerary.venueStart(event).toLocalDate();
            LocalDate last = itinerary.venueEnd(event).minusNanos(1).toLocalDate();
            if (!itinerary.trip().includes(first) || !itinerary.trip().includes(last)) {
                add(found, itinerary, Severity.ERROR, Kind.OUTSIDE_TRIP, event,
                        text.get("itinerary.check.outsideTrip", event.title(), Formats.longDay(first),
                                Formats.dayRange(itinerary.trip().firstDay(), itinerary.trip().lastDay())),
                        List.of(event.id()), List.of());
            }
        }
    }

    private static void longDays(Texts text, Itinerary itinerary, Rules rules, List<Timed> found) {
        for (Map.Entry<Long, List<Event>> ofMember : itinerary.activeEventsByMember().entrySet()) {
            long memberId = ofMember.getKey();
            Map<LocalDate, List<Event>> byDay = ofMember.getValue().stream()
                    .collect(Collectors.groupingBy(e -> itinerary.venueStart(e).toLocalDate(), LinkedHashMap::new,
                            Collectors.toList()));
            for (List<Event> day : byDay.values()) {
                LocalDateTime start = itinerary.venueStart(day.get(0));
                LocalDateTime end = day.stream().map(itinerary::venueEnd).max(Comparator.naturalOrder()).orElseThrow();
                long minutes = Duration.between(start, end).toMinutes();
                if (minutes > rules.longDayMinutes()) {
                    add(found, itinerary, Severity.INFO, Kind.LONG_DAY, day.get(0),
                            text.get("itinerary.check.longDay", itinerary.memberName(memberId), minutes / 60,
                                    minutes % 60, Formats.time(start.toLocalTime()), Formats.time(end.toLocalTime())),
                            day.stream().map(Event::id).toList(), List.of(memberId));
                }
            }
        }
    }

    private static void add(List<Timed> found, Itinerary itinerary, Severity severity, Kind kind, Event at,
                            String message, List<Long> eventIds, List<Long> memberIds) {
        LocalDateTime start = itinerary.venueStart(at);
        found.add(new Timed(new ItineraryProblem(severity, kind, start.toLocalDate(), message, eventIds, memberIds),
                start));
    }

    private static String names(Itinerary itinerary, List<Long> memberIds) {
        return memberIds.stream().map(itinerary::memberName).collect(Collectors.joining(", "));
    }

    private static String times(Itinerary itinerary, Event event) {
        return Formats.timeRange(itinerary.venueStart(event).toLocalTime(), itinerary.venueEnd(event).toLocalTime());
    }
}
