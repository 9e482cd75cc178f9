package org.visitplanner.logic.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Event;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.EventStatus;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;
import org.visitplanner.support.TestServices;

/** A repository test: mvn verify runs it on H2 and again on a real PostgreSQL (TestServices). */
@Tag("repository")
class CalendarImportTest {

    @TempDir
    Path temp;

    private Services services;
    private Trip sample;

    @BeforeEach
    void sample() {
        Messages.setLocale(Locale.ENGLISH);
        services = TestServices.withSample();
        sample = services.trips().findSample().orElseThrow();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Path resource(String name) throws IOException {
        Path file = temp.resolve(name);
        try (InputStream in = CalendarImportTest.class.getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private Event byUid(long tripId, String uid) {
        return services.events().findByTrip(tripId).stream().filter(e -> e.uid().equals(uid)).findFirst()
                .orElseThrow();
    }

    private String memberName(long id) {
        return services.members().findAll().stream().filter(m -> m.id() == id).map(Member::nameLatin).findFirst()
                .orElseThrow();
    }

    @Test
    void outlooksWindowsZoneUtcAndAnotherZoneAreAllConvertedToTheVenueZone() throws IOException {
        services.calendarImport().importFile(resource("outlook.ics"), Optional.of(sample));

        Event programme = byUid(sample.id(), "040000008200E00074C5B7101A82E0080000000010AB@example.org");
        assertThat(programme.start()).isEqualTo(LocalDateTime.of(2025, 12, 8, 10, 0));
        assertThat(programme.end()).isEqualTo(LocalDateTime.of(2025, 12, 8, 11, 30));
        assertThat(programme.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        Event lunch = byUid(sample.id(), "utc-lunch@example.org");
        assertThat(lunch.start()).isEqualTo(LocalDateTime.of(2025, 12, 8, 12, 0)); // 11:00 UTC
        Event call = byUid(sample.id(), "shanghai-call@example.org");
        assertThat(call.start()).isEqualTo(LocalDateTime.of(2025, 12, 9, 14, 0)); // 21:00 in Shanghai
    }

    @Test
    void locationsMatchInstitutionsAndAttendeesMatchMembersAndHosts() throws IOException {
        CalendarImport.Result result = services.calendarImport().importFile(resource("outlook.ics"),
                Optional.of(sample));

        Event programme = byUid(sample.id(), "040000008200E00074C5B7101A82E0080000000010AB@example.org");
        assertThat(services.institutions().findById(programme.institutionId()).orElseThrow().shortName())
                .isEqualTo("Louis-le-Grand");
        assertThat(programme.participantIds()).extracting(this::memberName).containsExactly("Ma Wei", "Wang Fang");
        assertThat(programme.hostIds()).hasSize(1);
        assertThat(programme.status()).isEqualTo(EventStatus.CONFIRMED);
        // Wang Fang was not known: she is in the directory and on the trip now; the meeting room is nobody.
        assertThat(result.membersAdded()).isEqualTo(1);
        assertThat(services.trips().members(sample.id())).extracting(Member::nameLatin)
                .contains("Wang Fang").doesNotContain("Salle des Actes");

        Event call = byUid(sample.id(), "shanghai-call@example.org");
        assertThat(services.institutions().findById(call.institutionId()).orElseThrow().shortName())
                .isEqualTo("Henri-IV"); // "henri-iv": case and accents do not matter
        Event lunch = byUid(sample.id(), "utc-lunch@example.org");
        assertThat(lunch.institutionId()).isNull();
        assertThat(lunch.location()).isEqualTo("Brasserie, rue Soufflot");
        assertThat(lunch.kind()).isEqualTo(EventKind.MEAL);
        // No attendee: the whole delegation, Wang Fang included.
        assertThat(lunch.participantIds()).hasSize(5);
    }

    @Test
    void aNewTripTakesTheCalendarsNameAndTheDaysOfItsEvents() throws IOException {
        CalendarImport.Result result = services.calendarImport().importFile(resource("outlook.ics"), Optional.empty());

        Trip trip = result.trip();
        assertThat(result.newTrip()).isTrue();
        assertThat(trip.name()).isEqualTo("Paris programme");
        assertThat(trip.firstDay()).isEqualTo(LocalDate.of(2025, 12, 8));
        assertThat(trip.lastDay()).isEqualTo(LocalDate.of(2025, 12, 9));
        assertThat(trip.venueZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(services.events().findByTrip(trip.id())).hasSize(3);
        assertThat(services.trips().members(trip.id())).extracting(Member::nameLatin)
                .containsExactlyInAnyOrder("Ma Wei", "Wang Fang", "Li Na");
    }

    @Test
    void outlooksWesternEuropeZoneAtAParisInstitutionGivesATripInParisTime() throws IOException {
        Path file = resource("outlook.ics");
        Files.writeString(file, Files.readString(file).replace("Romance Standard Time", "W. Europe Standard Time"));

        Trip trip = services.calendarImport().importFile(file, Optional.empty()).trip();

        assertThat(trip.venueZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(byUid(trip.id(), "040000008200E00074C5B7101A82E0080000000010AB@example.org").start())
                .isEqualTo(LocalDateTime.of(2025, 12, 8, 10, 0));
    }

    @Test
    void importingTheSameFileAgainUpdatesTheEventsAndNeverDuplicatesThem() throws IOException {
        Path file = resource("outlook.ics");
        Trip trip = services.calendarImport().importFile(file, Optional.empty()).trip();
        Files.writeString(file, Files.readString(file).replace("SUMMARY:Lunch in the Latin Quarter",
                "SUMMARY:Lunch at the Panthéon"));

        CalendarImport.Result again = services.calendarImport().importFile(file, Optional.of(trip));

        assertThat(again.added()).isZero();
        assertThat(again.updated()).as("only the event whose title changed is written").isEqualTo(1);
        assertThat(services.events().findByTrip(trip.id())).hasSize(3);
        assertThat(byUid(trip.id(), "utc-lunch@example.org").title()).isEqualTo("Lunch at the Panthéon");
        assertThat(services.members().findAll()).filteredOn(m -> m.nameLatin().equals("Wang Fang")).hasSize(1);
    }

    @Test
    void eventsAlreadyInAnotherTripAreRefusedAndNothingChanges() throws IOException {
        Path file = resource("outlook.ics");
        services.calendarImport().importFile(file, Optional.empty());
        int trips = services.trips().findAll().size();

        assertThatThrownBy(() -> services.calendarImport().importFile(file, Optional.of(sample)))
                .isInstanceOf(CalendarImport.ImportException.class)
                .hasMessageContaining("Paris programme");
        assertThat(services.trips().findAll()).hasSize(trips);
        assertThat(services.events().findByTrip(sample.id())).hasSize(18);
    }

    @Test
    void aMalformedFileGetsAClearMessageAndChangesNothing() throws IOException {
        for (String name : List.of("broken.ics", "truncated.ics")) {
            Path file = resource(name);
            assertThatThrownBy(() -> services.calendarImport().importFile(file, Optional.empty()))
                    .isInstanceOf(CalendarImport.ImportException.class)
                    .hasMessageStartingWith(name + " is not a calendar file that can be read")
                    .hasMessageEndingWith("Nothing was imported.");
        }
        assertThat(services.trips().findAll()).hasSize(1);
        assertThat(services.members().findAll()).hasSize(4);
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = temp.resolve("huge.ics");
        Files.write(file, new byte[(int) CalendarFile.MAX_BYTES + 1]);
        assertThatThrownBy(() -> services.calendarImport().importFile(file, Optional.empty()))
                .isInstanceOf(CalendarImport.ImportException.class).hasMessageContaining("too large");
        assertThat(services.trips().findAll()).hasSize(1);
    }

    @Test
    void aFileWithTooManyEventsIsRefused() throws IOException {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
        for (int i = 0; i <= CalendarFile.MAX_EVENTS; i++) {
            ics.append("BEGIN:VEVENT\r\nUID:e").append(i).append("\r\nDTSTAMP:20251120T090000Z\r\n")
                    .append("DTSTART:20251208T100000Z\r\nDTEND:20251208T110000Z\r\nSUMMARY:E\r\nEND:VEVENT\r\n");
        }
        ics.append("END:VCALENDAR\r\n");
        Path file = temp.resolve("many.ics");
        Files.writeString(file, ics);
        assertThatThrownBy(() -> services.calendarImport().importFile(file, Optional.empty()))
                .isInstanceOf(CalendarImport.ImportException.class).hasMessageContaining("at most 2,000");
        assertThat(services.trips().findAll()).hasSize(1);
    }
}
