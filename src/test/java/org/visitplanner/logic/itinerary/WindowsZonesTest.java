package org.visitplanner.logic.itinerary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class WindowsZonesTest {

    @Test
    void westernEuropeAtAParisInstitutionIsParisNotBerlin() {
        assertThat(WindowsZones.resolve("W. Europe Standard Time", List.of(ZoneId.of("Europe/Paris")), 2025))
                .isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(WindowsZones.resolve("W. Europe Standard Time", List.of(), 2025))
                .as("with no venue known: CLDR's city for the name").isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(WindowsZones.resolve("W. Europe Standard Time", List.of(ZoneId.of("Asia/Shanghai")), 2025))
                .as("a venue whose clock differs is not meant").isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(WindowsZones.resolve("China Standard Time", List.of(ZoneId.of("Asia/Hong_Kong")), 2025))
                .isEqualTo(ZoneId.of("Asia/Hong_Kong"));
        assertThat(WindowsZones.resolve("Eastern Standard Time", List.of(ZoneId.of("America/Toronto")), 2025))
                .isEqualTo(ZoneId.of("America/Toronto"));
    }

    @Test
    void everyCityOfEveryWindowsZoneThatKeepsItsClockIsTakenAsTheVenue() throws IOException {
        Properties table = new Properties();
        try (InputStream in = WindowsZones.class.getResourceAsStream("windows-zones.properties")) {
            table.load(in);
        }
        int multiCity = 0;
        int resolvedToTheVenue = 0;
        for (String name : table.stringPropertyNames()) {
            List<String> zones = WindowsZones.zonesOf(name);
            assertThat(zones).as(name).isNotEmpty();
            if (zones.size() < 2) {
                continue;
            }
            multiCity++;
            ZoneId main = ZoneId.of(zones.get(0));
            for (String city : zones) {
                ZoneId venue = ZoneId.of(city);
                ZoneId resolved = WindowsZones.resolve(name, List.of(venue), 2025);
                if (WindowsZones.sameClock(venue, main, 2025)) {
                    assertThat(resolved).as(name + " at " + city).isEqualTo(venue);
                    resolvedToTheVenue++;
                } else {
                    assertThat(resolved).as(name + " at " + city + " (another clock in 2025)").isEqualTo(main);
                }
            }
        }
        assertThat(multiCity).isGreaterThan(60);
        assertThat(resolvedToTheVenue).isGreaterThan(300);
    }

    @Test
    void clocksAreComparedAtEveryChangeOfTheYear() {
        assertThat(WindowsZones.sameClock(ZoneId.of("Europe/Paris"), ZoneId.of("Europe/Berlin"), 2025)).isTrue();
        // London and Lisbon share winter and summer time; Paris is an hour ahead all year.
        assertThat(WindowsZones.sameClock(ZoneId.of("Europe/London"), ZoneId.of("Europe/Lisbon"), 2025)).isTrue();
        assertThat(WindowsZones.sameClock(ZoneId.of("Europe/London"), ZoneId.of("Europe/Paris"), 2025)).isFalse();
        // Phoenix has no summer time, Denver has: the same in winter only.
        assertThat(WindowsZones.sameClock(ZoneId.of("America/Phoenix"), ZoneId.of("America/Denver"), 2025)).isFalse();
    }
}
