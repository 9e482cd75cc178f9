package org.visitplanner.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.visitplanner.app.Services;
import org.visitplanner.logic.directory.InstitutionProfile;
import org.visitplanner.logic.trip.TripForm;
import org.visitplanner.model.AllowedDays;
import org.visitplanner.model.CityNames;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Coordinates;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.Institution;
import org.visitplanner.model.InstitutionKind;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.Relation;
import org.visitplanner.model.Trip;
import org.visitplanner.model.VisitToPlace;

/**
 * A larger week to plan, made up from a seed: a two-week trip (Monday to Sunday of the next week), institutions
 * around the Paris area's campuses with opening hours and a closure, a delegation, and visits to place — some for a
 * few members only, some on given days or in the morning, some after another, a few lunches. The same seed, the same
 * trip.
 */
public final class PlanningTripGenerator {

    /** Campuses of the area: centre of gravity (latitude, longitude) and how many institutions each gets. */
    private static final double[][] AREAS = {
            {48.8500, 2.3450, 10}, // Paris, Latin Quarter
            {48.8760, 2.3780, 3},  // Paris 19e
            {48.7130, 2.2100, 5},  // Palaiseau / Saclay
            {48.8410, 2.5870, 3},  // Champs-sur-Marne
            {48.7946, 2.3650, 2},  // Villejuif
            {49.0360, 2.0700, 2},  // Cergy
            {48.8050, 2.1300, 2},  // Versailles
            {48.8920, 2.2370, 3}}; // La Défense
    private static final int[] MINUTES = {60, 75, 90, 90, 120};

    private PlanningTripGenerator() {
    }

    /** Makes the trip and everything it needs; returns the trip. */
    public static Trip generate(Services services, long seed, int visits, int institutions, int members) {
        Random random = new Random(seed);
        LocalDate monday = LocalDate.of(2027, 3, 1);
        List<Long> memberIds = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            memberIds.add(services.directory().addMember(new Member(0, "Member " + (char) ('A' + i) + " " + seed,
                    null, null, null, i == 0 ? MemberRole.HEAD : MemberRole.MEMBER, null, null, null, 0)).id());
        }
        Trip trip = services.tripService().create(new TripForm("Two weeks, " + visits + " visits, seed " + seed,
                monday, monday.plusDays(13), ZoneId.of("Europe/Paris"), ZoneId.of("Asia/Shanghai"), CityNames.NONE),
                memberIds);
        List<Institution> places = new ArrayList<>();
        int made = 0;
        for (int area = 0; made < institutions; area = (area + 1) % AREAS.length) {
            for (int k = 0; k < AREAS[area][2] && made < institutions; k++, made++) {
                double lat = AREAS[area][0] + (random.nextDouble() - 0.5) * 0.02;
                double lon = AREAS[area][1] + (random.nextDouble() - 0.5) * 0.03;
                boolean lycee = random.nextInt(5) == 0;
                Institution institution = new Institution(0, "Institution " + seed + "-" + made, null, null, null,
                        lycee ? InstitutionKind.LYCEE : InstitutionKind.GRANDE_ECOLE, Relation.PARTNER, null, null,
                        "Area " + area, "France", new Coordinates(lat, lon), null, null, null, 0);
                List<OpeningHours> hours = new ArrayList<>();
                for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
                    hours.add(new OpeningHours(0, 0, day, lycee ? LocalTime.of(8, 0) : LocalTime.of(8, 30),
                            lycee ? LocalTime.of(18, 30) : LocalTime.of(18, 0)));
                }
                if (lycee) {
                    hours.add(new OpeningHours(0, 0, DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 30)));
                }
                List<Closure> closures = new ArrayList<>();
                if (random.nextInt(6) == 0) {
                    LocalDate closed = monday.plusDays(random.nextInt(12));
                    closures.add(new Closure(0, 0, closed, closed, "Open day"));
                }
                places.add(services.directory().create(new InstitutionProfile(institution, hours, closures))
                        .institution());
            }
        }
        List<VisitToPlace> stored = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            Institution at = places.get(i < places.size() ? i : random.nextInt(places.size()));
            boolean meal = i % 10 == 9;
            int minutes = meal ? 75 : MINUTES[random.nextInt(MINUTES.length)];
            // A quarter for the whole delegation, the others for two or three of its members.
            List<Long> who = random.nextInt(4) == 0 ? List.of() : someOf(memberIds, 2 + random.nextInt(2), random);
            AllowedDays days = AllowedDays.ANY;
            if (random.nextInt(5) == 0) { // "Tuesday to Thursday"
                DayOfWeek first = DayOfWeek.of(1 + random.nextInt(3));
                days = new AllowedDays(Set.of(), EnumSet.of(first, first.plus(1), first.plus(2)));
            }
            LocalTime earliest = null;
            LocalTime latest = null;
            int window = random.nextInt(10);
            if (!meal && window == 0) {
                earliest = LocalTime.of(9, 0);
                latest = LocalTime.of(12, 30);
            } else if (!meal && window == 1) {
                earliest = LocalTime.of(14, 0);
                latest = LocalTime.of(18, 0);
            }
            LocalTime preferredFrom = null;
            LocalTime preferredTo = null;
            if (!meal && random.nextInt(10) == 0) {
                preferredFrom = LocalTime.of(10, 0);
                preferredTo = LocalTime.of(12, 0);
            }
            Long after = null;
            if (!meal && i >= places.size() && random.nextInt(3) == 0) {
                after = stored.stream().filter(v -> at.id() == v.institutionId() && v.afterId() == null
                        && v.kind() != EventKind.MEAL).map(VisitToPlace::id).findFirst().orElse(null);
            }
            VisitToPlace visit = new VisitToPlace(0, trip.id(), at.id(), null, meal ? EventKind.MEAL
                    : after != null ? EventKind.LAB_TOUR : EventKind.MEETING, (meal ? "Lunch " : "Visit ") + i,
                    minutes, days, earliest, latest, preferredFrom, preferredTo, after, null, null, who, 0);
            var edit = services.planner().addVisit(visit);
            edit.apply();
            stored.add(services.planner().visits(trip.id()).get(i));
        }
        return trip;
    }

    private static List<Long> someOf(List<Long> all, int count, Random random) {
        List<Long> pool = new ArrayList<>(all);
        java.util.Collections.shuffle(pool, random);
        return List.copyOf(pool.subList(0, Math.min(count, pool.size())));
    }
}
