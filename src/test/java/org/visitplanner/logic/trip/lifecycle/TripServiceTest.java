package org.visitplanner.logic.trip.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.db.DatabaseDump;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.trip.TimeZones;
import org.visitplanner.logic.trip.TripForm;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.CityNames;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Member;
import org.visitplanner.model.TravelMode;
import org.visitplanner.model.TravelOverride;
import org.visitplanner.model.Trip;
import org.visitplanner.support.TestServices;

/** A repository test: mvn verify runs it on H2 and again on a real PostgreSQL (TestServices). */
@Tag("repository")
class TripServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path temp;

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static TripForm form(String name, LocalDate first, LocalDate last) {
        return new TripForm(name, first, last, PARIS, SHANGHAI, TimeZones.cityNames(SHANGHAI));
    }

    @Test
    void aNewTripIsStoredWithItsZonesHomeCityAndMembersInOrder() {
        try (Services services = TestServices.withSample()) {
            List<Member> members = services.members().findAll();
            Trip trip = services.tripService().create(new TripForm("  Return visit  ", LocalDate.of(2026, 5, 4),
                    LocalDate.of(2026, 5, 8), PARIS, SHANGHAI, new CityNames("Shanghai", "Shanghai", "上海")),
                    List.of(members.get(2).id(), members.get(0).id()));

            Trip stored = services.trips().findById(trip.id()).orElseThrow();
            assertThat(stored.name()).isEqualTo("Return visit");
            assertThat(stored.days()).hasSize(5);
            assertThat(stored.homeCity()).isEqualTo(new CityNames("Shanghai", "Shanghai", "上海"));
            assertThat(stored.sample()).isFalse();
            assertThat(services.trips().members(trip.id())).extracting(Member::id)
                    .containsExactly(members.get(2).id(), members.get(0).id());
            assertThat(services.events().findByTrip(trip.id())).isEmpty();
            assertThat(services.trips().findAll()).extracting(s -> s.trip().name()).contains("Return visit");
        }
    }

    @Test
    void theSampleTripPrintsItsHomeCityInEachLanguage() {
        try (Services services = TestServices.withSample()) {
            Trip sample = services.trips().findSample().orElseThrow();
            assertThat(TimeZones.homeCity(sample, Locale.ENGLISH)).isEqualTo("Shanghai");
            assertThat(TimeZones.homeCity(sample, Locale.FRENCH)).isEqualTo("Shanghai");
            assertThat(TimeZones.homeCity(sample, Locale.CHINESE)).isEqualTo("上海");
        }
    }

    @Test
    void aSampleTripOfAnEarlierVersionGetsItsHomeCityNamesOnUpgrade() throws Exception {
        Path data = Files.createDirectories(temp.resolve("v5"));
        Files.copy(Path.of("src/test/resources/schema-versions/V5/visit-planner.mv.db"),
                data.resolve("visit-planner.mv.db"));
        try (Services services = Services.open(data)) {
            Trip sample = services.trips().findSample().orElseThrow();
            assertThat(sample.homeCity()).isEqualTo(new CityNames("Shanghai", "Shanghai", "上海"));
        }
    }

    @Test
    void badSettingsAreRefusedWithOneSentenceAndNothingIsStored() {
        try (Services services = TestServices.withSample()) {
            String before = DatabaseDump.text(services.database());
            LocalDate may4 = LocalDate.of(2026, 5, 4);
            Map<TripForm, String> cases = Map.of(
                    form("", may4, may4), "A trip needs a name.",
                    form("x".repeat(301), may4, may4), "at most 300 characters; this one has 301",
                    form("Backwards", may4, may4.minusDays(1)), "comes before the first day",
                    form("Too long", may4, may4.plusYears(1)), "at most a year",
                    form("Line\nbreak", may4, may4), "control characters",
                    new TripForm("No zone", may4, may4, null, SHANGHAI, null), "Choose a time zone.",
                    new TripForm("City", may4, may4, PARIS, SHANGHAI, new CityNames("c".repeat(101), null, null)),
                    "at most 100 characters");
            cases.forEach((form, message) -> assertThatThrownBy(() -> services.tripService().create(form, List.of()))
                    .isInstanceOf(TripService.InvalidTrip.class).hasMessageContaining(message));
            assertThat(DatabaseDump.text(services.database())).isEqualTo(before);
        }
    }

    @Test
    void aYearIsTheLongestTrip() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        assertThat(TripForm.daysProblem(first, LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(TripForm.daysProblem(first, LocalDate.of(2027, 1, 1))).isPresent();
        assertThat(TripForm.daysProblem(first, first)).isEmpty();
    }

    @Test
    void renamingAndChangingDaysKeepsTheEventsWhereTheyAreEvenOutsideTheNewDays() {
        try (Services services = TestServices.withSample()) {
            Trip sample = services.trips().findSample().orElseThrow();
            List<Event> eventsBefore = services.events().findByTrip(sample.id());
            Trip changed = services.tripService().update(sample, new TripForm("Paris, December", sample.firstDay(),
                    sample.firstDay().plusDays(2), PARIS, SHANGHAI, sample.homeCity()), false);

            assertThat(changed.version()).isEqualTo(sample.version() + 1);
            Trip stored = services.trips().findById(sample.id()).orElseThrow();
            assertThat(stored.name()).isEqualTo("Paris, December");
            assertThat(stored.lastDay()).isEqualTo(LocalDate.of(2025, 12, 10));
            List<Event> eventsAfter = services.events().findByTrip(sample.id());
            assertThat(eventsAfter).extracting(Event::start)
                    .isEqualTo(eventsBefore.stream().map(Event::start).toList());
            // Thursday's and Friday's events are kept, and the checks say they are outside the trip.
            assertThat(services.itinerary().load(sample.id()).orElseThrow().problems())
                    .anyMatch(p -> p.day().equals(LocalDate.of(2025, 12, 12)));
        }
    }

    @Test
    void aPostponedTripMovesEveryEventAndDayNoteByTheSameNumberOfDays() {
        try (Services services = TestServices.withSample()) {
            Trip sample = services.trips().findSample().orElseThrow();
            List<Event> before = services.events().findByTrip(sample.id());
            Map<LocalDate, String> notesBefore = services.dayNotes().findByTrip(sample.id());
            services.tripService().update(sample, new TripForm(sample.name(), sample.firstDay().plusDays(7),
                    sample.lastDay().plusDays(7), PARIS, SHANGHAI, sample.homeCity()), true);

            List<Event> after = services.events().findByTrip(sample.id());
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).start()).isEqualTo(before.get(i).start().plusDays(7));
                assertThat(after.get(i).end()).isEqualTo(before.get(i).end().plusDays(7));
                assertThat(after.get(i).participantIds()).isEqualTo(before.get(i).participantIds());
            }
            assertThat(services.dayNotes().findByTrip(sample.id()).keySet()).containsExactlyElementsOf(
                    notesBefore.keySet().stream().map(d -> d.plusDays(7)).toList());
            assertThat(services.itinerary().load(sample.id()).orElseThrow().problems())
                    .noneMatch(p -> p.message().contains("outside"));
        }
    }

    @Test
    void undoingAPostponementBringsEveryDayBack() {
        try (Services services = TestServices.withSample()) {
            Trip sample = services.trips().findSample().orElseThrow();
            List<java.time.LocalDateTime> starts = services.events().findByTrip(sample.id()).stream()
                    .map(Event::start).toList();
            services.tripService().update(sample, new TripForm(sample.name(), sample.firstDay().plusDays(3),
                    sample.lastDay().plusDays(3), PARIS, SHANGHAI, sample.homeCity()), true);
            services.tripService().overwrite(sample, -3);
            assertThat(services.trips().findById(sample.id()).orElseThrow().firstDay()).isEqualTo(sample.firstDay());
            assertThat(services.events().findByTrip(sample.id())).extracting(Event::start).isEqualTo(starts);
        }
    }

    @Test
    void aChangeOfATripChangedElsewhereIsRefused() {
        try (Services services = TestServices.withSample()) {
            Trip sample = services.trips().findSample().orElseThrow();
            services.tripService().update(sample, new TripForm("First", sample.firstDay(), sample.lastDay(), PARIS,
                    SHANGHAI, null), false);
            assertThatThrownBy(() -> services.tripService().update(sample, new TripForm("Second", sample.firstDay(),
                    sample.lastDay(), PARIS, SHANGHAI, null), false))
                    .isInstanceOf(DataProblem.class).extracting(e -> ((DataProblem) e).kind())
                    .isEqualTo(DataProblem.Kind.STALE);
            assertThat(services.trips().findById(sample.id()).orElseThrow().name()).isEqualTo("First");
        }
    }

    @Test
    void aCopyIsATemplateOnTheSameWeekdaysWithoutMeetingRecords() {
        try (Services services = TestServices.withSample()) {
            Trip sample = services.trips().findSample().orElseThrow();
            List<Event> originals = services.events().findByTrip(sample.id());
            Event first = originals.get(0);
            Event second = originals.get(1);
            services.travelOverrides().insert(new TravelOverride(0, first.id(), second.id(), TravelMode.CAR, 35,
                    "Shuttle", 0));
            int meetingsBefore = services.trips().contents(sample.id()).meetingRecords();
            assertThat(meetingsBefore).isPositive();

            TripService.Copy copy = services.tripService().copy(sample, "Delegation 2026", LocalDate.of(2026, 12, 7));

            Trip next = services.trips().findById(copy.trip().id()).orElseThrow();
            assertThat(next.firstDay()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(next.lastDay()).isEqualTo(LocalDate.of(2026, 12, 11));
            assertThat(next.homeCity()).isEqualTo(sample.homeCity());
            assertThat(next.sample()).isFalse();
            assertThat(services.trips().members(next.id())).extracting(Member::id)
                    .isEqualTo(services.trips().members(sample.id()).stream().map(Member::id).toList());
            List<Event> copies = services.events().findByTrip(next.id());
            assertThat(copies).hasSameSizeAs(originals);
            for (int i = 0; i < originals.size(); i++) {
                Event original = originals.get(i);
                Event copied = copies.get(i);
                assertThat(copied.start().getDayOfWeek()).isEqualTo(original.start().getDayOfWeek());
                assertThat(copied.start().toLocalTime()).isEqualTo(original.start().toLocalTime());
                assertThat(copied.institutionId()).isEqualTo(original.institutionId());
                assertThat(copied.participantIds()).isEqualTo(original.participantIds());
                assertThat(copied.hostIds()).isEqualTo(original.hostIds());
                assertThat(copied.uid()).isNotEqualTo(original.uid());
                assertThat(copied.status()).isIn(EventStatus.PLANNED, EventStatus.CANCELLED);
            }
            assertThat(services.trips().contents(next.id()).meetingRecords()).isZero();
            assertThat(services.travelOverrides().findByTrip(next.id())).singleElement()
                    .satisfies(o -> {
                        assertThat(o.fromEventId()).isEqualTo(copies.get(0).id());
                        assertThat(o.toEventId()).isEqualTo(copies.get(1).id());
                        assertThat(o.minutes()).isEqualTo(35);
                        assertThat(o.mode()).isEqualTo(TravelMode.CAR);
                    });
            assertThat(services.dayNotes().findByTrip(next.id())).hasSameSizeAs(
                    services.dayNotes().findByTrip(sample.id()));
            // The original is untouched.
            assertThat(services.events().findByTrip(sample.id())).isEqualTo(originals);
            assertThat(services.trips().contents(sample.id()).meetingRecords()).isEqualTo(meetingsBefore);
        }
    }

    @Test
    void aCopyStartingOnAnotherWeekdayMovesTheEventsByWholeWeeks() {
        assertThat(TripService.weekShift(LocalDate.of(2025, 12, 8), LocalDate.of(2026, 12, 7))).isEqualTo(364);
        assertThat(TripService.weekShift(LocalDate.of(2025, 12, 8), LocalDate.of(2026, 12, 9))).isEqualTo(364);
        assertThat(TripService.weekShift(LocalDate.of(2025, 12, 8), LocalDate.of(2026, 12, 11))).isEqualTo(371);
        try (Services services = TestServices.withSample()) {
            Trip sample = services.trips().findSample().orElseThrow();
            TripService.Copy copy = services.tripService().copy(sample, "Wednesday start", LocalDate.of(2026, 12, 9));
            assertThat(services.events().findByTrip(copy.trip().id()))
                    .extracting(e -> e.start().getDayOfWeek()).contains(DayOfWeek.MONDAY);
        }
    }

    @Test
    void deletingATripMakesABackupFirstAndUndoBringsBackEverythingAsItWas() throws Exception {
        try (Services services = Services.open(temp.resolve("data"))) {
            services.sampleTrip().ensureLoaded();
            Trip sample = services.trips().findSample().orElseThrow();
            Trip other = services.tripService().create(form("Other", LocalDate.of(2026, 5, 4),
                    LocalDate.of(2026, 5, 8)), List.of());
            services.search().catchUp();
            String before = DatabaseDump.text(services.database());
            TripRepository.Contents contents = services.tripService().contents(sample.id());
            assertThat(contents.events()).isEqualTo(18);
            assertThat(contents.meetingRecords()).isEqualTo(12);
            assertThat(contents.actions()).isPositive();

            TripService.Deleted deleted = services.tripService().delete(sample);

            assertThat(deleted.backup()).exists().hasParent(temp.resolve("data").resolve("backups"));
            assertThat(deleted.backup().getFileName().toString()).endsWith("-before-delete.zip");
            assertThat(services.trips().findAll()).extracting(s -> s.trip().id()).containsExactly(other.id());
            assertThat(services.members().findAll()).hasSize(4);
            assertThat(services.institutions().findAll()).hasSize(11);
            assertThat(deleted.rows().count("EVENT")).isEqualTo(18);
            assertThat(deleted.rows().count("MEETING_RECORD")).isEqualTo(12);

            services.tripService().restore(deleted.rows());
            services.search().catchUp();
            assertThat(DatabaseDump.text(services.database())).isEqualTo(before);

            // Redo deletes it again; undo once more brings the same rows back.
            DeletedRows again = services.tripService().deleteAgain(sample.id());
            services.tripService().restore(again);
            services.search().catchUp();
            assertThat(DatabaseDump.text(services.database())).isEqualTo(before);
            assertThat(Files.list(temp.resolve("data").resolve("backups")).map(p -> p.getFileName().toString())
                    .collect(Collectors.toList())).anyMatch(n -> n.endsWith("-before-delete.zip"));
        }
    }

    @Test
    void aStaleTripIsNotDeleted() {
        try (Services services = TestServices.withSample()) {
            Trip sample = services.trips().findSample().orElseThrow();
            services.tripService().update(sample, new TripForm("Renamed", sample.firstDay(), sample.lastDay(), PARIS,
                    SHANGHAI, null), false);
            assertThatThrownBy(() -> services.tripService().delete(sample)).isInstanceOf(DataProblem.class);
            assertThat(services.trips().findById(sample.id())).isPresent();
        }
    }

    @Test
    void theVenueZoneOfANewTripIsThatOfTheFirstInstitutionsCountry() {
        try (Services services = TestServices.withSample()) {
            assertThat(services.tripService().suggestedVenueZone()).isEqualTo(PARIS);
        }
        try (Services services = TestServices.empty()) {
            assertThat(services.tripService().suggestedVenueZone()).isEqualTo(PARIS);
            assertThat(services.tripService().suggestedHomeZone()).isEqualTo(SHANGHAI);
        }
        assertThat(TimeZones.ofCountry("Japon")).contains(ZoneId.of("Asia/Tokyo"));
        assertThat(TimeZones.ofCountry("德国")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZones.ofCountry("Atlantis")).isEmpty();
    }

    @Test
    void zonesAreFoundByCityCountryOrIdInEachLanguage() {
        assertThat(TimeZones.parse("europe/paris")).contains(PARIS);
        assertThat(TimeZones.parse("上海")).contains(SHANGHAI);
        assertThat(TimeZones.parse("Shanghai")).contains(SHANGHAI);
        assertThat(TimeZones.parse("Mars/Olympus")).isEmpty();
        assertThat(TimeZones.search("paris", Locale.CHINESE)).startsWith(PARIS);
        assertThat(TimeZones.search("chine", Locale.FRENCH)).contains(SHANGHAI);
        assertThat(TimeZones.search("sao", Locale.ENGLISH)).contains(ZoneId.of("America/Sao_Paulo"));
        assertThat(TimeZones.label(PARIS, Locale.CHINESE, LocalDate.of(2025, 12, 8))).isEqualTo("巴黎 · 法国 · UTC+01:00");
        assertThat(TimeZones.label(PARIS, Locale.ENGLISH, LocalDate.of(2025, 7, 8)))
                .isEqualTo("Paris · France · UTC+02:00");
        assertThat(TimeZones.cityNamesFor("shanghai")).isEqualTo(new CityNames("Shanghai", "Shanghai", "上海"));
        assertThat(TimeZones.cityNamesFor("Hefei")).isEqualTo(new CityNames("Hefei", "Hefei", "Hefei"));
    }

    @Test
    void everyZoneHasACityNameInEveryLanguageAndChineseNamesAreChinese() {
        List<ZoneId> zones = TimeZones.all();
        assertThat(zones).hasSizeGreaterThan(300).contains(PARIS, SHANGHAI);
        long chinese = zones.stream().filter(z -> TimeZones.city(z, Locale.CHINESE).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).count();
        assertThat(chinese).isGreaterThan(zones.size() * 9 / 10);
        for (ZoneId zone : zones) {
            for (Locale language : Messages.LANGUAGES) {
                assertThat(TimeZones.city(zone, language)).as(zone + " in " + language).isNotBlank();
            }
        }
    }
}
