package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.db.DatabaseDump;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.CityNames;
import org.visitplanner.model.Event;
import org.visitplanner.model.Trip;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;

/** {@code new-trip}, {@code edit-trip}, {@code copy-trip} and {@code delete-trip}, as a script would use them. */
class TripCommandsTest {

    @TempDir
    Path temp;

    private Path data;
    private String sampleId;

    private Run run(String... args) {
        return Headless.run(Headless.inEnglish(data, args));
    }

    @BeforeEach
    void sample() {
        data = temp.resolve("data");
        sampleId = run("sample").out().strip();
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private String dump() {
        try (Services services = Services.open(data)) {
            return DatabaseDump.text(services.database());
        }
    }

    private Trip trip(String id) {
        try (Services services = Services.open(data)) {
            return services.trips().findById(Long.parseLong(id)).orElseThrow();
        }
    }

    private List<Event> events(String id) {
        try (Services services = Services.open(data)) {
            return services.events().findByTrip(Long.parseLong(id));
        }
    }

    @Test
    void newTripPrintsItsIdAndTripsListsItAtOnce() {
        Run created = run("new-trip", "Return visit", "--from", "2026-05-04", "--to", "2026-05-08");
        assertThat(created.exitCode()).isZero();
        assertThat(created.err()).isEmpty();
        String id = created.out().strip();
        assertThat(id).matches("\\d+");
        assertThat(run("trips").out().lines()).contains(id + "\tReturn visit\t2026-05-04\t2026-05-08\t0");

        Trip trip = trip(id);
        assertThat(trip.venueZone().getId()).isEqualTo("Europe/Paris"); // the first institution is in France
        assertThat(trip.homeZone().getId()).isEqualTo("Asia/Shanghai"); // as the latest trip
        assertThat(trip.homeCity()).isEqualTo(new CityNames("Shanghai", "Shanghai", "上海"));
    }

    @Test
    void newTripTakesZonesAndTheHomeCityByNameInAnyLanguage() {
        String id = run("new-trip", "Tokyo", "--from", "2026-04-06", "--to", "2026-04-10", "--zone", "Tokyo",
                "--home-zone", "Europe/Paris", "--home-city", "巴黎").out().strip();
        Trip trip = trip(id);
        assertThat(trip.venueZone().getId()).isEqualTo("Asia/Tokyo");
        assertThat(trip.homeCity()).isEqualTo(new CityNames("Paris", "Paris", "巴黎"));

        String hefei = run("new-trip", "From Hefei", "--from", "2026-04-06", "--to", "2026-04-10", "--home-city",
                "Hefei", "--home-city-zh", "合肥").out().strip();
        assertThat(trip(hefei).homeCity()).isEqualTo(new CityNames("Hefei", "Hefei", "合肥"));
    }

    @Test
    void editTripRenamesAndChangesDaysLeavingTheEventsWhereTheyAre() {
        List<Event> before = events(sampleId);
        Run edited = run("edit-trip", sampleId, "--name", "Paris 2025", "--to", "2025-12-10");
        assertThat(edited.exitCode()).isZero();
        assertThat(edited.err()).isEmpty();
        assertThat(run("trips").out()).contains(sampleId + "\tParis 2025\t2025-12-08\t2025-12-10\t18");
        assertThat(events(sampleId)).extracting(Event::start).isEqualTo(before.stream().map(Event::start).toList());
        // The events left outside the days are reported, not deleted.
        Run check = run("check", sampleId);
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("ERROR\t2025-12-11");
    }

    @Test
    void editTripWithShiftPostponesTheWholeTrip() {
        List<Event> before = events(sampleId);
        Run edited = run("edit-trip", sampleId, "--from", "2025-12-15", "--shift");
        assertThat(edited.exitCode()).isZero();
        Trip trip = trip(sampleId);
        assertThat(trip.firstDay()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(trip.lastDay()).isEqualTo(LocalDate.of(2025, 12, 19));
        assertThat(events(sampleId)).extracting(Event::start)
                .isEqualTo(before.stream().map(e -> e.start().plusDays(7)).toList());
        assertThat(run("check", sampleId).out()).doesNotContain("ERROR");
    }

    @Test
    void editTripChangesZonesAndTheHomeCity() {
        assertThat(run("edit-trip", sampleId, "--zone", "Europe/Berlin", "--home-zone", "Asia/Tokyo").exitCode())
                .isZero();
        Trip trip = trip(sampleId);
        assertThat(trip.venueZone().getId()).isEqualTo("Europe/Berlin");
        assertThat(trip.homeZone().getId()).isEqualTo("Asia/Tokyo");
        assertThat(trip.homeCity()).isEqualTo(new CityNames("Tokyo", "Tokyo", "东京"));
        assertThat(run("edit-trip", sampleId, "--home-city-fr", "Tokio").exitCode()).isZero();
        assertThat(trip(sampleId).homeCity()).isEqualTo(new CityNames("Tokyo", "Tokio", "东京"));
    }

    @Test
    void copyTripPrintsTheNewIdAndCopiesNoMeetingRecords() {
        Run copied = run("copy-trip", sampleId, "--name", "Delegation 2026", "--from", "2026-12-07");
        assertThat(copied.exitCode()).isZero();
        assertThat(copied.err()).isEmpty();
        String id = copied.out().strip();
        assertThat(run("trips").out().lines()).contains(id + "\tDelegation 2026\t2026-12-07\t2026-12-11\t18");
        try (Services services = Services.open(data)) {
            assertThat(services.trips().contents(Long.parseLong(id)).meetingRecords()).isZero();
        }
        Run wednesday = run("copy-trip", sampleId, "--name", "Wednesday", "--from", "2026-12-09");
        assertThat(wednesday.exitCode()).isZero();
        assertThat(wednesday.err()).contains("keep their weekdays");
    }

    @Test
    void deleteTripWithoutYesSaysWhatWouldGoAndChangesNothing() {
        String before = dump();
        Run refused = run("delete-trip", sampleId);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().lines()).hasSize(1);
        assertThat(refused.err()).contains("18 events", "12 meeting records", "--yes");
        assertThat(refused.out()).isEmpty();
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void deleteTripWithYesBacksUpFirstThenDeletes() {
        Run deleted = run("delete-trip", sampleId, "--yes");
        assertThat(deleted.exitCode()).isZero();
        Path backup = Path.of(deleted.out().strip());
        assertThat(backup).exists().hasParent(data.resolve("backups"));
        assertThat(backup.getFileName().toString()).endsWith("-before-delete.zip");
        assertThat(run("trips").out()).isEmpty();
        assertThat(run("delete-trip", sampleId, "--yes").exitCode()).isEqualTo(3);
    }

    @Test
    void badInputExitsTwoWithOneSentenceAndChangesNothing() {
        String before = dump();
        String tooLong = "x".repeat(301);
        Map<List<String>, String> cases = new java.util.LinkedHashMap<>();
        cases.put(List.of("new-trip", "X", "--from", "2026-05-08", "--to", "2026-05-04"),
                "The last day (4 May 2026) comes before the first day (8 May 2026).");
        cases.put(List.of("new-trip", "X", "--from", "2026-05-04", "--to", "2026-05-08", "--zone", "Mars/Olympus"),
                "Unknown time zone “Mars/Olympus”");
        cases.put(List.of("new-trip", "X", "--from", "2026-05-04", "--to", "2026-05-08", "--home-zone", "Nowhere"),
                "Unknown time zone “Nowhere”");
        cases.put(List.of("new-trip", "X", "--from", "2026-05-04", "--to", "2027-05-04"), "at most a year");
        cases.put(List.of("new-trip", "", "--from", "2026-05-04", "--to", "2026-05-08"), "A trip needs a name.");
        cases.put(List.of("new-trip", "   ", "--from", "2026-05-04", "--to", "2026-05-08"), "A trip needs a name.");
        cases.put(List.of("new-trip", tooLong, "--from", "2026-05-04", "--to", "2026-05-08"),
                "at most 300 characters; this one has 301");
        cases.put(List.of("new-trip", "X", "--from", "4/5/2026", "--to", "2026-05-08"), "write it as YYYY-MM-DD");
        cases.put(List.of("new-trip", "X", "--to", "2026-05-08"), "Missing required option");
        cases.put(List.of("edit-trip", sampleId, "--to", "2025-12-01"), "comes before the first day");
        cases.put(List.of("edit-trip", sampleId, "--to", "2026-12-08"), "at most a year");
        cases.put(List.of("edit-trip", sampleId, "--zone", "Atlantis"), "Unknown time zone “Atlantis”");
        cases.put(List.of("edit-trip", sampleId, "--name", ""), "A trip needs a name.");
        cases.put(List.of("edit-trip", sampleId, "--name", tooLong), "at most 300 characters");
        cases.put(List.of("edit-trip", sampleId, "--shift"), "--shift moves the events with the first day");
        cases.put(List.of("edit-trip", sampleId), "Nothing to change");
        cases.put(List.of("copy-trip", sampleId, "--name", "", "--from", "2026-12-07"), "A trip needs a name.");
        cases.put(List.of("copy-trip", sampleId, "--name", "X", "--from", "tomorrow"), "write it as YYYY-MM-DD");
        cases.put(List.of("copy-trip", sampleId, "--from", "2026-12-07"), "Missing required option");
        cases.put(List.of("delete-trip", sampleId), "add --yes to delete it");
        cases.forEach((args, sentence) -> {
            Run run = run(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(run.err()).as(String.join(" ", args)).contains(sentence).doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        });
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void anUnknownTripIsADataProblem() {
        Run byName = run("edit-trip", "No such trip", "--name", "X");
        assertThat(byName.exitCode()).isEqualTo(3);
        assertThat(byName.err()).contains("No such trip");
        assertThat(run("edit-trip", "999", "--name", "X").exitCode()).isEqualTo(3);
        assertThat(run("delete-trip", "999", "--yes").exitCode()).isEqualTo(3);
        assertThat(run("copy-trip", "999", "--name", "X", "--from", "2026-01-05").exitCode()).isEqualTo(3);
    }

    @Test
    void theCommandsExplainThemselves() {
        for (String command : List.of("new-trip", "edit-trip", "copy-trip", "delete-trip")) {
            Run help = run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage:", command);
        }
    }
}
