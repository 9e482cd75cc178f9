package org.visitplanner.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.support.TestServices;

/** A repository test: mvn verify runs it on H2 and again on a real PostgreSQL (TestServices). */
@Tag("repository")
class SampleTripTest {

    @Test
    void theSampleHoldsTheDelegationTheElevenInstitutionsAndAPlanForEachDay() {
        try (Services services = TestServices.empty()) {
            long id = services.sampleTrip().ensureLoaded();

            Trip trip = services.trips().findById(id).orElseThrow();
            assertThat(trip.name()).isEqualTo("SJTU / SPEIT delegation to France, 8–12 December 2025");
            assertThat(trip.sample()).isTrue();
            assertThat(trip.firstDay()).isEqualTo(LocalDate.of(2025, 12, 8));
            assertThat(trip.lastDay()).isEqualTo(LocalDate.of(2025, 12, 12));
            assertThat(trip.venueZone().getId()).isEqualTo("Europe/Paris");
            assertThat(trip.homeZone().getId()).isEqualTo("Asia/Shanghai");

            List<Member> delegation = services.trips().members(id);
            assertThat(delegation).extracting(Member::nameLatin).startsWith("Zied MOUMNI", "Ma Wei").hasSize(4);

            List<Institution> institutions = services.institutions().findAll();
            assertThat(institutions).hasSize(11);
            assertThat(institutions).filteredOn(i -> i.coordinates() == null)
                    .extracting(Institution::officialName).containsExactly("Albert School");
            assertThat(institutions).extracting(Institution::chineseName).contains("巴黎路桥学院", "路易大帝中学");

            List<Event> events = services.events().findByTrip(id);
            assertThat(events.size()).isGreaterThanOrEqualTo(12);
            assertThat(events.stream().map(Event::day).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(trip.days());
            assertThat(events).allSatisfy(e -> assertThat(trip.includes(e.day())).isTrue());
            Event first = events.get(0);
            assertThat(first.day().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(first.start().toLocalTime()).isEqualTo(LocalTime.of(9, 30));
            assertThat(first.participantIds()).hasSize(4);
            assertThat(first.hostIds()).hasSize(1);
            assertThat(services.contacts().findAll()).hasSizeGreaterThanOrEqualTo(11);
            assertThat(services.partnerships().findAll()).hasSizeGreaterThanOrEqualTo(11);
            assertThat(services.institutions().openingHours(first.institutionId())).hasSize(5);
        }
    }

    @Test
    void loadingTheSampleTwiceKeepsOneCopy() {
        try (Services services = TestServices.empty()) {
            long first = services.sampleTrip().ensureLoaded();
            long second = services.sampleTrip().ensureLoaded();
            assertThat(second).isEqualTo(first);
            assertThat(services.trips().findAll()).hasSize(1);
        }
    }

    @Test
    void reloadingADeletedSampleReusesTheDirectory() {
        try (Services services = TestServices.empty()) {
            long first = services.sampleTrip().ensureLoaded();
            services.trips().delete(first);
            assertThat(services.trips().findAll()).isEmpty();
            assertThat(services.institutions().findAll()).hasSize(11);

            services.sampleTrip().ensureLoaded();
            assertThat(services.institutions().findAll()).hasSize(11);
            assertThat(services.members().findAll()).hasSize(4);
            assertThat(services.contacts().findAll()).hasSize(12);
        }
    }

    @Test
    void theSampleIsLoadedOnFirstStartOnly() {
        try (Services services = TestServices.empty()) {
            assertThat(services.sampleTrip().loadIfDatabaseEmpty()).isPresent();
            long id = services.trips().findSample().orElseThrow().id();
            services.trips().delete(id);
            services.trips().insert(new Trip(0, "Another trip", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6),
                    java.time.ZoneId.of("Europe/Paris"), java.time.ZoneId.of("Asia/Shanghai"), false, null, 0));
            assertThat(services.sampleTrip().loadIfDatabaseEmpty()).isEmpty();
            assertThat(services.trips().findSample()).isEmpty();
        }
    }
}
