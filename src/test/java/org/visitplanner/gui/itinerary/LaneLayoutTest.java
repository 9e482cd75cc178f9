package org.visitplanner.gui.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.visitplanner.gui.itinerary.LaneLayout.Placed;

class LaneLayoutTest {

    /** An event of the test: a name, a start and an end ("09:00", "10:30"). */
    private record Event(String name, LocalTime start, LocalTime end) {
        Event(String name, String start, String end) {
            this(name, LocalTime.parse(start), LocalTime.parse(end));
        }
    }

    private static List<Placed<Event>> place(Event... events) {
        return LaneLayout.place(List.of(events), Event::start, Event::end);
    }

    private static String lanes(List<Placed<Event>> placed) {
        List<String> shown = new ArrayList<>();
        for (Placed<Event> p : placed) {
            shown.add(p.item().name() + " " + p.lane() + "/" + p.lanes());
        }
        return String.join(", ", shown);
    }

    @Test
    void eventsThatDoNotOverlapTakeTheWholeColumn() {
        assertThat(lanes(place(new Event("a", "09:00", "10:00"), new Event("b", "11:00", "12:00"))))
                .isEqualTo("a 0/1, b 0/1");
    }

    @Test
    void anEventEndingWhenTheNextStartsDoesNotShareTheColumnWithIt() {
        assertThat(lanes(place(new Event("a", "09:00", "10:00"), new Event("b", "10:00", "11:00"))))
                .isEqualTo("a 0/1, b 0/1");
    }

    @Test
    void overlappingEventsAreSideBySideInStartOrder() {
        List<Placed<Event>> placed = place(new Event("late", "09:30", "10:30"), new Event("early", "09:00", "10:00"));
        assertThat(lanes(placed)).isEqualTo("early 0/2, late 1/2");
        assertThat(placed.get(1).left()).isEqualTo(0.5);
        assertThat(placed.get(1).width()).isEqualTo(0.5);
    }

    @Test
    void anEventTakesTheFirstLaneFreedBeforeItStarts() {
        // a and b overlap; c starts after a ends but while b goes on: it goes under a, and the cluster keeps 2 lanes.
        assertThat(lanes(place(new Event("a", "09:00", "10:00"), new Event("b", "09:30", "11:00"),
                new Event("c", "10:00", "10:45")))).isEqualTo("a 0/2, b 1/2, c 0/2");
    }

    @Test
    void eventsLinkedThroughAnotherShareTheLanesOfTheirCluster() {
        // a–b overlap, b–c overlap, a and c do not: all three are one cluster of two lanes; d alone is whole.
        assertThat(lanes(place(new Event("a", "09:00", "10:00"), new Event("b", "09:45", "11:00"),
                new Event("c", "10:30", "11:30"), new Event("d", "12:00", "13:00"))))
                .isEqualTo("a 0/2, b 1/2, c 0/2, d 0/1");
    }

    @Test
    void aLongEventSpansTheClusterOfTheShortOnesItCovers() {
        assertThat(lanes(place(new Event("day", "08:00", "18:00"), new Event("x", "09:00", "10:00"),
                new Event("y", "09:30", "10:30"), new Event("z", "14:00", "15:00"))))
                .isEqualTo("day 0/3, x 1/3, y 2/3, z 1/3");
    }

    @Test
    void twoThousandCrowdedEventsArePlacedWithoutTwoInOneLaneAtOnce() {
        List<Event> events = new ArrayList<>();
        for (int e = 0; e < 2000; e++) {
            LocalTime start = LocalTime.of(8 + e % 12, e / 12 % 4 * 15);
            events.add(new Event("e" + e, start, start.plusMinutes(50)));
        }
        List<Placed<Event>> placed = LaneLayout.place(events, Event::start, Event::end);
        assertThat(placed).hasSize(2000);
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size() && placed.get(j).start().isBefore(placed.get(i).end()); j++) {
                assertThat(placed.get(j).lane()).as("%s and %s", placed.get(i), placed.get(j))
                        .isNotEqualTo(placed.get(i).lane());
            }
        }
        assertThat(placed).allSatisfy(p -> assertThat(p.lane()).isLessThan(p.lanes()));
    }
}
