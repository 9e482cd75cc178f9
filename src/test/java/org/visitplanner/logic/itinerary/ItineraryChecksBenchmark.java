package org.visitplanner.logic.itinerary;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
import org.visitplanner.model.Trip;

/**
 * How long the full check of a generated 500-event trip takes (target: 5 ms). A harness run by hand, not a test:
 * {@code java -cp target/classes:target/test-classes:<dependencies>
 *     org.visitplanner.logic.itinerary.ItineraryChecksBenchmark}.
 * Each round builds a fresh {@link Itinerary} (so the legs are worked out again) and runs every check.
 */
public final class ItineraryChecksBenchmark {

    private ItineraryChecksBenchmark() {
    }

    public static void main(String[] args) {
        Itinerary template = generate(500, new Random(42));
        System.out.printf("events %d, members %d, legs %d, problems %d%n", template.events().size(),
                template.members().size(), template.legs().size(), template.problems().size());
        for (int i = 0; i < 300; i++) {
            fresh(template).problems(); // warm-up: let the JIT compile the checks
        }
        // CPU time of this thread as well as elapsed time: on a shared machine the elapsed time also counts the
        // moments other processes had the processor.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = 1000;
        long[] wall = new long[rounds];
        long[] cpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            Itinerary itinerary = fresh(template);
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            itinerary.problems();
            wall[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("full check of %d events: CPU median %.2f ms, 95th percentile %.2f ms; "
                        + "elapsed median %.2f ms, 95th percentile %.2f ms%n", template.events().size(),
                cpu[rounds / 2] / 1e6, cpu[rounds * 95 / 100] / 1e6, wall[rounds / 2] / 1e6,
                wall[rounds * 95 / 100] / 1e6);
    }

    private static Itinerary fresh(Itinerary template) {
        return template.withEvents(template.events());
    }

    /** A 10-day trip of 8 members in four pairs visiting 30 institutions around Paris, 50 events a day. */
    static Itinerary generate(int count, Random random) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate first = LocalDate.of(2026, 3, 2);
        Trip trip = new Trip(1, "Benchmark", first, first.plusDays(9), paris, ZoneId.of("Asia/Shanghai"), false,
                null, 0);
        List<Member> members = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            members.add(new Member(i, "Member " + i, null, null, null, MemberRole.MEMBER, null, null, null, 0));
        }
        Map<Long, Institution> institutions = new HashMap<>();
        Map<Long, List<OpeningHours>> hours = new HashMap<>();
        for (long id = 1; id <= 30; id++) {
            // Most in central Paris, within walking or metro distance of each other; every tenth has no position.
            Coordinates where = id % 10 == 0 ? null
                    : new Coordinates(48.84 + random.nextDouble() * 0.03, 2.32 + random.nextDouble() * 0.05);
            institutions.put(id, new Institution(id, "Institution " + id, null, null, null, InstitutionKind.OTHER,
                    Relation.NONE, null, null, "Paris", "France", where, null, null, null, 0));
            List<OpeningHours> open = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.getValue() <= 5) {
                    open.add(new OpeningHours(0, id, day, LocalTime.of(8, 30), LocalTime.of(18, 0)));
                }
            }
            hours.put(id, open);
        }
        List<Event> events = new ArrayList<>();
        int perDay = count / 10;
        for (int day = 0; day < 10; day++) {
            LocalDate date = first.plusDays(day);
            // Four pairs of members, each with its own sequence of 40-minute events: three in a row at one place,
            // then half an hour to get to the next place.
            for (int i = 0; i < perDay; i++) {
                int pair = i % 4;
                int slot = i / 4;
                int place = slot / 3;
                List<Long> who = new ArrayList<>(List.of(2L * pair + 1, 2L * pair + 2));
                if (random.nextInt(25) == 0) {
                    who.add(1L + random.nextInt(8)); // now and then someone is booked twice
                }
                LocalTime start = LocalTime.of(8, 30).plusMinutes(slot * 45L + place * 30L);
                long institution = 1 + (day * 7L + pair * 4 + place) % 30;
                long id = events.size() + 1;
                events.add(new Event(id, 1, "b-" + id, EventKind.MEETING, "Event " + id, date.atTime(start),
                        date.atTime(start.plusMinutes(40)), paris, institution, null, EventStatus.PLANNED, null,
                        who.stream().distinct().toList(), List.of(), 0));
            }
        }
        return new Itinerary(trip, members, events, institutions, hours, Map.of(), Map.of(), List.of());
    }
}
