package org.visitplanner.logic.planner;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.visitplanner.logic.itinerary.Itinerary;
import org.visitplanner.logic.itinerary.TravelEstimator;
import org.visitplanner.logic.text.TextFold;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.DayLimits;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.TravelOverride;
import org.visitplanner.model.VisitToPlace;

/**
 * A trip's week made ready for the solver: its events (pinned where they are, or free to move when the rest is
 * re-planned) and its visits to place, with their wishes turned into minutes and day indexes, the travel times
 * between their places worked out once, and the start times they may take (every quarter of an hour of each day).
 * Keeps what is needed to turn the solver's answer back into events and words.
 */
public final class PlanningProblem {

    /** Start times are on quarter hours: the plan reads like one made by hand. */
    public static final int GRAIN_MINUTES = 15;
    /** Institutions this close (straight line) are one campus: the planner likes to see them on the same day. */
    static final double CAMPUS_KM = 2.5;

    /** What the solver is asked to do. */
    public enum Mode {
        /** Place the visits to place; every event stays where it is. */
        PLACE_VISITS,
        /** Also move the events that are not pinned (past events and those with a meeting record are, by default). */
        REPLAN_THE_REST
    }

    private final Itinerary itinerary;
    private final Mode mode;
    private final DayLimits limits;
    private final PlanDays days;
    private final List<VisitToPlace> visits;
    private final List<Long> memberIds = new ArrayList<>();
    private final Map<String, PlanItem> itemsByKey = new LinkedHashMap<>();
    private final Map<String, Event> events = new HashMap<>();
    private final Map<String, VisitToPlace> visitsByKey = new HashMap<>();
    private final Map<String, Slot> initial = new HashMap<>();
    private final Map<String, Integer> placeIndexes = new LinkedHashMap<>();
    private final List<Optional<Coordinates>> placeCoordinates = new ArrayList<>();
    private final WeekPlan plan;

    /**
     * @param pins              the user's pins (event id → pinned or not); others take the default
     * @param withMeetingRecord events that have a meeting record (pinned by default)
     * @param now               what "past" means
     */
    public PlanningProblem(Itinerary itinerary, List<VisitToPlace> visits, Map<Long, Boolean> pins,
                           Set<Long> withMeetingRecord, DayLimits limits, Instant now, Mode mode) {
        this.itinerary = itinerary;
        this.mode = mode;
        this.limits = limits;
        this.visits = List.copyOf(visits);
        this.days = new PlanDays(itinerary.trip().firstDay(), (int) itinerary.trip().length(),
                Minutes.of(limits.start()), Minutes.of(limits.end()));
        itinerary.members().forEach(m -> memberIds.add(m.id()));

        Map<Long, VisitToPlace> visitOfEvent = new HashMap<>();
        for (VisitToPlace visit : visits) {
            if (visit.eventId() != null) {
                visitOfEvent.put(visit.eventId(), visit);
            }
        }
        List<Object[]> raw = new ArrayList<>(); // key, visit (may be null), event (may be null)
        for (Event event : itinerary.events()) {
            if (event.status() != EventStatus.CANCELLED) {
                raw.add(new Object[] {"event:" + event.id(), visitOfEvent.get(event.id()), event});
            }
        }
        for (VisitToPlace visit : visits) {
            if (visit.toPlace()) {
                raw.add(new Object[] {"visit:" + visit.id(), visit, null});
            }
        }
        for (Object[] r : raw) {
            placeIndex(placeKey((VisitToPlace) r[1], (Event) r[2]));
        }
        Travel travel = travel(itinerary);
        int[] campuses = campuses();

        for (Object[] r : raw) {
            String key = (String) r[0];
            VisitToPlace visit = (VisitToPlace) r[1];
            Event event = (Event) r[2];
            PlanItem item = item(key, visit, event, travel, campuses);
            if (event != null) {
                Slot slot = slotOf(event);
                initial.put(key, slot);
                item.setSlot(slot);
                item.setPinned(mode == Mode.PLACE_VISITS || pinned(event, pins, withMeetingRecord, now));
                events.put(key, event);
            }
            if (visit != null) {
                visitsByKey.put(key, visit);
            }
            itemsByKey.put(key, item);
        }
        // "After": the visit named, wherever it is now (still to place, or the event made for it).
        for (Object[] r : raw) {
            VisitToPlace visit = (VisitToPlace) r[1];
            if (visit != null && visit.afterId() != null) {
                String afterKey = visits.stream().filter(v -> v.id() == visit.afterId()).findFirst()
                        .map(v -> v.eventId() != null ? "event:" + v.eventId() : "visit:" + v.id()).orElse(null);
                PlanItem earlier = afterKey == null ? null : itemsByKey.get(afterKey);
                if (earlier != null) {
                    itemsByKey.get((String) r[0]).setAfter(earlier);
                }
            }
        }
        List<Slot> slots = slots();
        for (PlanItem item : itemsByKey.values()) {
            item.chooseCandidates(item.pinned() ? List.of() : slots);
        }
        this.plan = new WeekPlan(days, slots, new ArrayList<>(itemsByKey.values()));
    }

    // ------------------------------------------------------------------ reading the answer

    public Itinerary itinerary() {
        return itinerary;
    }

    public Mode mode() {
        return mode;
    }

    public DayLimits limits() {
        return limits;
    }

    public PlanDays days() {
        return days;
    }

    /** The problem as built (items unplaced or where they are now); the solver works on a copy. */
    public WeekPlan plan() {
        return plan;
    }

    public List<VisitToPlace> visits() {
        return visits;
    }

    /** The visits still to place. */
    public List<VisitToPlace> visitsToPlace() {
        return visits.stream().filter(VisitToPlace::toPlace).toList();
    }

    /** Items that may move: visits to place and, when re-planning, events that are not pinned. */
    public long movableCount() {
        return plan.items().stream().filter(i -> !i.pinned()).count();
    }

    /** The event an item stands for, if it is one. */
    public Optional<Event> event(String key) {
        return Optional.ofNullable(events.get(key));
    }

    /** The visit an item stands for (a visit to place, or the event made for one). */
    public Optional<VisitToPlace> visit(String key) {
        return Optional.ofNullable(visitsByKey.get(key));
    }

    /** Where an item was before planning (events), empty for a visit to place. */
    public Optional<Slot> initialSlot(String key) {
        return Optional.ofNullable(initial.get(key));
    }

    public Optional<PlanItem> item(String key) {
        return Optional.ofNullable(itemsByKey.get(key));
    }

    /** The member ids of an item, from its member bits. */
    public List<Long> memberIdsOf(PlanItem item) {
        return item.memberList().stream().map(memberIds::get).toList();
    }

    /** The member behind a member index. */
    public Optional<Member> member(int index) {
        return index < memberIds.size() ? itinerary.member(memberIds.get(index)) : Optional.empty();
    }

    public long memberId(int index) {
        return memberIds.get(index);
    }

    /** The date and time of a slot, venue time of the trip. */
    public LocalDateTime dateTime(Slot slot) {
        return days.date(slot.day()).atStartOfDay().plusMinutes(slot.start());
    }

    /** The institution of an item, if any. */
    public Optional<Institution> institutionOf(String key) {
        Event event = events.get(key);
        if (event != null) {
            return itinerary.institutionOf(event);
        }
        VisitToPlace visit = visitsByKey.get(key);
        return visit == null ? Optional.empty() : itinerary.institution(visit.institutionId());
    }

    /** Where an item happens, as the output names it: the institution's official name, else the free location. */
    public String placeName(String key) {
        Optional<Institution> institution = institutionOf(key);
        if (institution.isPresent()) {
            return institution.get().officialName();
        }
        Event event = events.get(key);
        String location = event != null ? event.location() : visitsByKey.get(key).location();
        return location == null ? "" : location.strip();
    }

    // ------------------------------------------------------------------ building

    private PlanItem item(String key, VisitToPlace visit, Event event, Travel travel, int[] campuses) {
        String title = event != null ? event.title() : visit.title();
        int minutes;
        List<Long> people;
        EventKind kind;
        if (event != null) {
            minutes = (int) Duration.between(itinerary.venueStart(event), itinerary.venueEnd(event)).toMinutes();
            people = event.participantIds();
            kind = event.kind();
        } else {
            minutes = visit.minutes();
            people = visit.memberIds().isEmpty() ? List.copyOf(memberIds) : visit.memberIds();
            kind = visit.kind();
        }
        BitSet members = new BitSet();
        for (Long id : people) {
            int index = memberIds.indexOf(id);
            if (index < 0) {
                memberIds.add(id); // someone no longer on the trip still takes part in this event
                index = memberIds.size() - 1;
            }
            members.set(index);
        }
        int place = placeIndex(placeKey(visit, event));
        int campus = place < 0 ? -1 : campuses[place];
        boolean meal = kind == EventKind.MEAL;
        boolean[] allowed = null;
        int earliest = -1;
        int latest = -1;
        int preferredFrom = -1;
        int preferredTo = -1;
        if (visit != null) {
            if (!visit.days().any()) {
                allowed = new boolean[days.count()];
                for (int d = 0; d < days.count(); d++) {
                    allowed[d] = visit.days().allows(days.date(d));
                }
            }
            earliest = visit.earliest() == null ? -1 : Minutes.of(visit.earliest());
            latest = visit.latest() == null ? -1 : Minutes.of(visit.latest());
            if (meal && visit.earliest() == null && visit.latest() == null) {
                // A meal with no times given is a lunch: around midday, not at four in the afternoon.
                earliest = PlanDays.LUNCH_FROM;
                latest = PlanDays.LUNCH_TO;
            }
            if (visit.preferredFrom() != null) {
                preferredFrom = Minutes.of(visit.preferredFrom());
                preferredTo = Minutes.of(visit.preferredTo());
            }
        }
        Long institutionId = event != null ? event.institutionId() : visit.institutionId();
        int[][] spans = institutionId == null ? null : openingSpans(institutionId);
        return new PlanItem(key, title, visit == null ? null : visit.id(), event == null ? null : event.id(), minutes,
                members, place, campus, meal, allowed, earliest, latest, preferredFrom, preferredTo, spans, days,
                travel);
    }

    /**
     * The place an item happens at: its institution, else its free location; none for a meal without an
     * institution (it is had near the day's venues, so it costs no journey).
     */
    private String placeKey(VisitToPlace visit, Event event) {
        Long institutionId = event != null ? event.institutionId() : visit.institutionId();
        EventKind kind = event != null ? event.kind() : visit.kind();
        String location = event != null ? event.location() : visit.location();
        if (institutionId != null && itinerary.institution(institutionId).isPresent()) {
            return "institution:" + institutionId;
        }
        if (kind == EventKind.MEAL) {
            return null;
        }
        String folded = TextFold.fold(location);
        return folded.isEmpty() ? null : "location:" + folded;
    }

    private int placeIndex(String placeKey) {
        if (placeKey == null) {
            return -1;
        }
        return placeIndexes.computeIfAbsent(placeKey, k -> {
            Optional<Coordinates> at = Optional.empty();
            if (k.startsWith("institution:")) {
                at = itinerary.institution(Long.parseLong(k.substring("institution:".length())))
                        .map(Institution::coordinates);
            }
            placeCoordinates.add(at);
            return placeCoordinates.size() - 1;
        });
    }

    /** Estimates between every pair of places, once; the user's own leg times between events. */
    private Travel travel(Itinerary itinerary) {
        int n = placeCoordinates.size();
        int[][] minutes = new int[n][n];
        int[][] margins = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a == b) {
                    continue;
                }
                Optional<Coordinates> from = placeCoordinates.get(a);
                Optional<Coordinates> to = placeCoordinates.get(b);
                if (from.isPresent() && to.isPresent()) {
                    double km = TravelEstimator.distanceKm(from.get(), to.get());
                    minutes[a][b] = TravelEstimator.minutes(km, TravelEstimator.defaultMode(km));
                    margins[a][b] = Travel.margin(minutes[a][b], TravelEstimator.defaultMode(km));
                } else {
                    minutes[a][b] = -1;
                }
            }
        }
        Map<Travel.Leg, int[]> own = new HashMap<>();
        for (TravelOverride o : itinerary.overrides()) {
            own.put(new Travel.Leg(o.fromEventId(), o.toEventId()),
                    new int[] {o.minutes(), Travel.margin(o.minutes(), o.mode())});
        }
        return new Travel(minutes, margins, own);
    }

    /** Groups of nearby institutions, each seeded by the first one not yet grouped (in order of appearance). */
    private int[] campuses() {
        int n = placeCoordinates.size();
        int[] campus = new int[n];
        Arrays.fill(campus, -1);
        int next = 0;
        for (int seed = 0; seed < n; seed++) {
            if (campus[seed] >= 0 || placeCoordinates.get(seed).isEmpty()) {
                continue;
            }
            campus[seed] = next;
            for (int other = seed + 1; other < n; other++) {
                if (campus[other] < 0 && placeCoordinates.get(other).isPresent() && TravelEstimator.distanceKm(
                        placeCoordinates.get(seed).get(), placeCoordinates.get(other).get()) <= CAMPUS_KM) {
                    campus[other] = next;
                }
            }
            next++;
        }
        return campus;
    }

    /** By day of the trip, the institution's opening spans merged where they touch; null when no hours are known. */
    private int[][] openingSpans(long institutionId) {
        List<OpeningHours> hours = itinerary.openingHours(institutionId);
        if (hours.isEmpty()) {
            return null;
        }
        List<Closure> closed = itinerary.closures(institutionId);
        int[][] spans = new int[days.count()][];
        for (int d = 0; d < days.count(); d++) {
            LocalDate date = days.date(d);
            if (closed.stream().anyMatch(c -> c.covers(date))) {
                spans[d] = new int[0];
                continue;
            }
            List<OpeningHours> thatDay = hours.stream().filter(h -> h.weekday() == date.getDayOfWeek())
                    .sorted(Comparator.comparing(OpeningHours::opensAt)).toList();
            List<Integer> merged = new ArrayList<>();
            for (OpeningHours span : thatDay) {
                int open = Minutes.of(span.opensAt());
                int close = Minutes.of(span.closesAt());
                int last = merged.size() - 1;
                if (last > 0 && open <= merged.get(last)) {
                    merged.set(last, Math.max(merged.get(last), close));
                } else {
                    merged.add(open);
                    merged.add(close);
                }
            }
            spans[d] = merged.stream().mapToInt(Integer::intValue).toArray();
        }
        return spans;
    }

    private Slot slotOf(Event event) {
        LocalDateTime start = itinerary.venueStart(event);
        int day = (int) ChronoUnit.DAYS.between(days.firstDay(), start.toLocalDate());
        return new Slot(day, Minutes.of(start.toLocalTime()));
    }

    /** Quarter hours of every day of the trip within the day's limits, and wherever events are now. */
    private List<Slot> slots() {
        Set<Slot> all = new TreeSet<>();
        for (int d = 0; d < days.count(); d++) {
            for (int start = roundUp(days.dayStart()); start < days.dayEnd(); start += GRAIN_MINUTES) {
                all.add(new Slot(d, start));
            }
        }
        all.addAll(initial.values());
        return new ArrayList<>(new LinkedHashSet<>(all));
    }

    private static int roundUp(int minutes) {
        return (minutes + GRAIN_MINUTES - 1) / GRAIN_MINUTES * GRAIN_MINUTES;
    }

    /** The user's pin, else pinned when it is over (or done) or has a meeting record. */
    static boolean pinned(Event event, Map<Long, Boolean> pins, Set<Long> withMeetingRecord, Instant now) {
        Boolean own = pins.get(event.id());
        if (own != null) {
            return own;
        }
        return event.zonedEnd().toInstant().isBefore(now) || withMeetingRecord.contains(event.id())
                || event.status() == EventStatus.DONE;
    }
}
