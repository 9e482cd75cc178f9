package org.visitplanner.logic.itinerary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.visitplanner.model.Closure;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Institution;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.Relation;
import org.visitplanner.model.TravelOverride;
import org.visitplanner.model.Trip;

/** Itineraries built in memory for the logic tests: places of the sample trip, a small delegation. */
final class Trips {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate MONDAY = LocalDate.of(2025, 12, 8);

    static final Institution POLYTECHNIQUE = place(1, "École Polytechnique", "Polytechnique", 48.7134, 2.2110);
    static final Institution PONTS = place(2, "École des Ponts et Chaussées", "École des Ponts", 48.8408, 2.5870);
    static final Institution LOUIS_LE_GRAND = place(3, "Lycée Louis-le-Grand", "Louis-le-Grand", 48.8480, 2.3444);
    static final Institution HENRI_IV = place(4, "Lycée Henri-IV", "Henri-IV", 48.8463, 2.3475);
    static final Institution MINES = place(5, "Mines Paris – PSL", "Mines Paris", 48.8451, 2.3398);
    static final Institution ALBERT = new Institution(6, "Albert School", null, null, "Albert School",
            InstitutionKind.SCHOOL, Relation.NEW_CONTACT, null, null, "Paris", "France", null, null, null, null, 0);
    static final Institution ENSTA = place(7, "ENSTA", "ENSTA", 48.7117, 2.2196);

    static final Member MA_WEI = new Member(101, "Ma Wei", null, null, null, MemberRole.MEMBER, null, null, null, 0);
    static final Member LI_NA = new Member(102, "Li Na", "李娜", null, null, MemberRole.SECRETARY, null, null, null, 0);

    private final Trip trip = new Trip(1, "Test trip", MONDAY, MONDAY.plusDays(4), PARIS, ZoneId.of("Asia/Shanghai"),
            false, null, 0);
    private final List<Event> events = new ArrayList<>();
    private final List<TravelOverride> overrides = new ArrayList<>();
    private final Map<Long, List<Closure>> closures = new HashMap<>();
    private long nextId = 1;

    static Trips week() {
        return new Trips();
    }

    /** An event of both members at {@code place} on {@code day} from {@code start} to {@code end} ("09:00"). */
    Trips event(String title, Institution place, LocalDate day, String start, String end) {
        return event(title, place, day, start, end, List.of(MA_WEI.id(), LI_NA.id()));
    }

    Trips event(String title, Institution place, LocalDate day, String start, String end, List<Long> who) {
        long id = nextId++;
        events.add(new Event(id, trip.id(), "uid-" + id, EventKind.MEETING, title,
                LocalDateTime.of(day, LocalTime.parse(start)), LocalDateTime.of(day, LocalTime.parse(end)), PARIS,
                place == null ? null : place.id(), null, EventStatus.PLANNED, null, who, List.of(), 0));
        return this;
    }

    /** An event at a free location (no institution). */
    Trips eventAt(String title, String location, LocalDate day, String start, String end) {
        long id = nextId++;
        events.add(new Event(id, trip.id(), "uid-" + id, EventKind.MEAL, title,
                LocalDateTime.of(day, LocalTime.parse(start)), LocalDateTime.of(day, LocalTime.parse(end)), PARIS,
                null, location, EventStatus.PLANNED, null, List.of(MA_WEI.id(), LI_NA.id()), List.of(), 0));
        return this;
    }

    Trips override(long from, long to, org.visitplanner.model.TravelMode mode, int minutes) {
        overrides.add(new TravelOverride(overrides.size() + 1, from, to, mode, minutes, null, 0));
        return this;
    }

    Trips closed(Institution place, LocalDate first, LocalDate last, String reason) {
        closures.computeIfAbsent(place.id(), k -> new ArrayList<>())
                .add(new Closure(closures.size() + 1, place.id(), first, last, reason));
        return this;
    }

    Itinerary itinerary() {
        Map<Long, Institution> places = new HashMap<>();
        Map<Long, List<OpeningHours>> hours = new HashMap<>();
        for (Institution place : List.of(POLYTECHNIQUE, PONTS, LOUIS_LE_GRAND, HENRI_IV, MINES, ALBERT, ENSTA)) {
            places.put(place.id(), place);
            List<OpeningHours> weekdays = new ArrayList<>();
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                weekdays.add(new OpeningHours(0, place.id(), day, LocalTime.of(8, 30), LocalTime.of(18, 0)));
            }
            hours.put(place.id(), weekdays);
        }
        return new Itinerary(trip, List.of(MA_WEI, LI_NA), events, places, hours, closures, Map.of(), overrides);
    }

    private static Institution place(long id, String name, String shortName, double lat, double lon) {
        return new Institution(id, name, null, null, shortName, InstitutionKind.GRANDE_ECOLE, Relation.PARTNER,
                null, null, "Paris", "France", new Coordinates(lat, lon), null, null, null, 0);
    }
}
