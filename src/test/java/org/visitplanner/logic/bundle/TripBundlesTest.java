package org.visitplanner.logic.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.db.DatabaseCopy;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.documents.DocumentOptions;
import org.visitplanner.logic.documents.ExportFormat;
import org.visitplanner.logic.documents.Progress;
import org.visitplanner.logic.documents.pdf.Paper;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Event;
import org.visitplanner.model.Trip;
import org.visitplanner.support.TestServices;

/**
 * A trip as a file: exported with all it needs, imported into another database, changed on both sides and merged
 * back field by field. A repository test: mvn verify runs it on H2 and again on a real PostgreSQL.
 */
@Tag("repository")
class TripBundlesTest {

    @TempDir
    Path temp;

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static Trip sampleTrip(Services services) {
        return services.trips().findAll().stream().map(s -> s.trip()).filter(Trip::sample).findFirst().orElseThrow();
    }

    private static Trip onlyTrip(Services services) {
        return services.trips().findAll().get(0).trip();
    }

    /** The calendar and the CSV of a trip, as a user would export them (the moment of export fixed). */
    static String exports(Services services, Trip trip) throws IOException {
        Path folder = Files.createTempDirectory("visit-planner-exports-");
        StringBuilder text = new StringBuilder();
        for (ExportFormat format : List.of(ExportFormat.fromCliName("ics"), ExportFormat.fromCliName("csv"))) {
            Path out = folder.resolve("trip." + format.cliName());
            var data = services.documents().load(trip);
            services.documents().export(data, format, new DocumentOptions(Locale.ENGLISH, Paper.parse("a4"), false,
                    null, LocalDate.of(2025, 12, 1), Instant.parse("2025-12-01T08:00:00Z")), out, Progress.NONE);
            text.append(Files.readString(out)).append("\n----\n");
        }
        return text.toString();
    }

    private static Event event(Services services, Trip trip, int index) {
        return services.events().findByTrip(trip.id()).stream()
                .sorted(java.util.Comparator.comparing(Event::uid)).toList().get(index);
    }

    private static Event withTitleAndNotes(Event e, String title, String notes) {
        return new Event(e.id(), e.tripId(), e.uid(), e.kind(), title, e.start(), e.end(), e.zone(), e.institutionId(),
                e.location(), e.status(), notes, e.participantIds(), e.hostIds(), e.version());
    }

    @Test
    void aTripExportedAndImportedIntoAnEmptyDatabaseGivesTheSameCalendarAndSpreadsheet() throws IOException {
        Path file = temp.resolve("paris.vptrip");
        try (Services office = TestServices.withSample(); Services laptop = TestServices.empty()) {
            Trip trip = sampleTrip(office);
            int records = office.bundles().export(trip.id(), file);
            assertThat(records).isGreaterThan(50);

            TripBundles.Imported imported;
            try (BundleFile.Bundle bundle = laptop.bundles().read(file)) {
                imported = laptop.bundles().merge(bundle, clash -> false);
            }
            assertThat(imported.added()).isEqualTo(records);
            assertThat(imported.clashes()).isEmpty();
            assertThat(exports(laptop, onlyTrip(laptop))).isEqualTo(exports(office, trip));
        }
    }

    @Test
    void anAttachmentTravelsWithItsContent() throws IOException {
        Path file = temp.resolve("paris.vptrip");
        try (Services office = TestServices.withSample(); Services laptop = TestServices.empty()) {
            Trip trip = sampleTrip(office);
            Event visit = event(office, trip, 0);
            long meeting = office.meetingRepository().findByEvent(visit.id()).map(m -> m.id()).orElseGet(
                    () -> office.meetingRepository().findByEvent(event(office, trip, 1).id()).orElseThrow().id());
            Path agreement = Files.writeString(temp.resolve("accord signé.txt"), "Accord de double diplôme, v3");
            office.meetings().attach(meeting, agreement);
            office.bundles().export(trip.id(), file);

            try (BundleFile.Bundle bundle = laptop.bundles().read(file)) {
                laptop.bundles().merge(bundle, clash -> false);
            }
            List<org.visitplanner.model.Attachment> arrived = laptop.trips().findAll().stream()
                    .flatMap(s -> laptop.events().findByTrip(s.trip().id()).stream())
                    .flatMap(e -> laptop.meetingRepository().findByEvent(e.id()).stream())
                    .flatMap(m -> laptop.meetingRepository().attachments(m.id()).stream()).toList();
            assertThat(arrived).singleElement().satisfies(attachment -> {
                assertThat(attachment.fileName()).isEqualTo("accord signé.txt");
                assertThat(Files.readString(laptop.meetings().fileOf(attachment)))
                        .isEqualTo("Accord de double diplôme, v3");
            });
        }
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws IOException {
        Path file = temp.resolve("paris.vptrip");
        try (Services office = TestServices.withSample(); Services laptop = TestServices.empty()) {
            office.bundles().export(sampleTrip(office).id(), file);
            try (BundleFile.Bundle bundle = laptop.bundles().read(file)) {
                laptop.bundles().merge(bundle, clash -> false);
            }
            String before = DatabaseCopy.digest(laptop.database().dsl());
            TripBundles.Imported again;
            try (BundleFile.Bundle bundle = laptop.bundles().read(file)) {
                again = laptop.bundles().merge(bundle, clash -> true);
            }
            assertThat(again.added()).isZero();
            assertThat(again.changed()).isZero();
            assertThat(again.clashes()).isEmpty();
            assertThat(DatabaseCopy.digest(laptop.database().dsl())).isEqualTo(before);
            assertThat(laptop.trips().findAll()).hasSize(1);
        }
    }

    @Test
    void changesToDifferentFieldsAreBothKeptAndTheSameFieldChangedOnBothSidesIsAClash() throws IOException {
        Path out = temp.resolve("out.vptrip");
        Path back = temp.resolve("back.vptrip");
        try (Services office = TestServices.withSample(); Services laptop = TestServices.empty()) {
            Trip trip = sampleTrip(office);
            office.bundles().export(trip.id(), out);
            try (BundleFile.Bundle bundle = laptop.bundles().read(out)) {
                laptop.bundles().merge(bundle, clash -> false);
            }
            Trip onLaptop = onlyTrip(laptop);
            // In Paris: the first event's title, the second's title.
            // In the office: the first's notes, the second's title.
            Event first = event(laptop, onLaptop, 0);
            laptop.events().update(withTitleAndNotes(first, "Visit moved to the library", first.notes()));
            Event second = event(laptop, onLaptop, 1);
            laptop.events().update(withTitleAndNotes(second, "Title typed in Paris", second.notes()));
            Event officeFirst = event(office, trip, 0);
            office.events().update(withTitleAndNotes(officeFirst, officeFirst.title(), "Bring the signed agreement"));
            Event officeSecond = event(office, trip, 1);
            office.events().update(withTitleAndNotes(officeSecond, "Title typed in the office", officeSecond.notes()));
            laptop.bundles().export(onLaptop.id(), back);

            TripBundles.Imported merged;
            try (BundleFile.Bundle bundle = office.bundles().read(back)) {
                merged = office.bundles().merge(bundle, clash -> false);
            }
            Event firstNow = office.events().findById(officeFirst.id()).orElseThrow();
            assertThat(firstNow.title()).isEqualTo("Visit moved to the library");
            assertThat(firstNow.notes()).isEqualTo("Bring the signed agreement");
            assertThat(merged.clashes()).singleElement().satisfies(clash -> {
                assertThat(clash.kind()).isEqualTo("event");
                assertThat(clash.field()).isEqualTo("title");
                assertThat(clash.databaseValue()).isEqualTo("Title typed in the office");
                assertThat(clash.bundleValue()).isEqualTo("Title typed in Paris");
                assertThat(clash.line()).isEqualTo("clash\tevent\t" + clash.record()
                        + "\ttitle\tTitle typed in the office\tTitle typed in Paris");
            });
            assertThat(office.events().findById(officeSecond.id()).orElseThrow().title())
                    .isEqualTo("Title typed in the office");
            assertThat(office.trips().findAll()).hasSize(1);

            // The same file again, the user choosing the trip file's value this time.
            TripBundles.Imported chosen;
            try (BundleFile.Bundle bundle = office.bundles().read(back)) {
                chosen = office.bundles().merge(bundle, clash -> true);
            }
            assertThat(chosen.changed()).isEqualTo(1);
            assertThat(office.events().findById(officeSecond.id()).orElseThrow().title())
                    .isEqualTo("Title typed in Paris");
            assertThat(office.events().findById(officeFirst.id()).orElseThrow().notes())
                    .isEqualTo("Bring the signed agreement");
        }
    }

    /** An event of the trip that has a meeting record, and one that has none. */
    private static List<Event> withAndWithoutRecord(Services services, Trip trip) {
        List<Event> events = services.events().findByTrip(trip.id()).stream()
                .sorted(java.util.Comparator.comparing(Event::uid)).toList();
        Event withRecord = events.stream()
                .filter(e -> services.meetingRepository().findByEvent(e.id()).isPresent()).findFirst().orElseThrow();
        Event without = events.stream()
                .filter(e -> services.meetingRepository().findByEvent(e.id()).isEmpty()).findFirst().orElseThrow();
        return List.of(withRecord, without);
    }

    private static Event byUid(Services services, Trip trip, String uid) {
        return services.events().findByTrip(trip.id()).stream().filter(e -> e.uid().equals(uid)).findFirst()
                .orElse(null);
    }

    private static TripBundles.Imported importInto(Services services, Path file, boolean takeTheFiles) {
        try (BundleFile.Bundle bundle = services.bundles().read(file)) {
            return services.bundles().merge(bundle, clash -> takeTheFiles);
        }
    }

    @Test
    void aRecordDeletedOnTheLaptopIsDeletedInTheOfficeUnlessTheOfficeChangedIt() throws IOException {
        Path out = temp.resolve("out.vptrip");
        Path back = temp.resolve("back.vptrip");
        try (Services office = TestServices.withSample(); Services laptop = TestServices.empty()) {
            Trip trip = sampleTrip(office);
            office.bundles().export(trip.id(), out);
            importInto(laptop, out, false);
            Trip onLaptop = onlyTrip(laptop);
            List<Event> two = withAndWithoutRecord(laptop, onLaptop);
            String recorded = two.get(0).uid();
            String changedInOffice = two.get(1).uid();
            // In Paris both are deleted; in the office, meanwhile, the second is renamed.
            laptop.itinerary().deleteEvent(two.get(0)).apply();
            laptop.itinerary().deleteEvent(two.get(1)).apply();
            Event officeSecond = byUid(office, trip, changedInOffice);
            office.events().update(withTitleAndNotes(officeSecond, "Moved to Thursday", officeSecond.notes()));
            laptop.bundles().export(onLaptop.id(), back);

            TripBundles.Imported merged = importInto(office, back, false);

            assertThat(byUid(office, trip, recorded)).isNull();
            assertThat(merged.deleted()).isGreaterThanOrEqualTo(2); // the event, its meeting record, its links…
            assertThat(office.events().findById(officeSecond.id()).orElseThrow().title())
                    .isEqualTo("Moved to Thursday");
            assertThat(merged.clashes()).singleElement().satisfies(clash -> {
                assertThat(clash.wholeRecord()).isTrue();
                assertThat(clash.kind()).isEqualTo("event");
                assertThat(clash.databaseValue()).isEqualTo("Moved to Thursday");
                assertThat(clash.bundleValue()).isNull();
                assertThat(clash.line()).isEqualTo("clash\tevent\t" + clash.record() + "\t*\tMoved to Thursday\t");
            });
            String before = DatabaseCopy.digest(office.database().dsl());
            TripBundles.Imported again = importInto(office, back, false);
            assertThat(again.deleted()).isZero();
            assertThat(again.clashes()).hasSize(1);
            assertThat(DatabaseCopy.digest(office.database().dsl())).isEqualTo(before);

            // The user takes the trip file's side: the renamed event goes too.
            TripBundles.Imported chosen = importInto(office, back, true);
            assertThat(chosen.deleted()).isEqualTo(1);
            assertThat(office.events().findById(officeSecond.id())).isEmpty();
            assertThat(exports(office, trip)).isEqualTo(exports(laptop, onLaptop));
        }
    }

    @Test
    void aRecordDeletedInTheOfficeStaysDeletedUnlessTheLaptopChangedIt() throws IOException {
        Path out = temp.resolve("out.vptrip");
        Path back = temp.resolve("back.vptrip");
        try (Services office = TestServices.withSample(); Services laptop = TestServices.empty()) {
            Trip trip = sampleTrip(office);
            office.bundles().export(trip.id(), out);
            importInto(laptop, out, false);
            Trip onLaptop = onlyTrip(laptop);
            List<Event> two = withAndWithoutRecord(office, trip);
            String untouched = two.get(0).uid();
            String changedInParis = two.get(1).uid();
            office.itinerary().deleteEvent(two.get(0)).apply();
            office.itinerary().deleteEvent(two.get(1)).apply();
            Event parisSecond = byUid(laptop, onLaptop, changedInParis);
            laptop.events().update(withTitleAndNotes(parisSecond, "Typed in Paris", parisSecond.notes()));
            laptop.bundles().export(onLaptop.id(), back);

            TripBundles.Imported merged = importInto(office, back, false);

            assertThat(byUid(office, trip, untouched)).isNull();
            assertThat(byUid(office, trip, changedInParis)).isNull();
            assertThat(merged.added()).isZero();
            assertThat(merged.clashes()).singleElement().satisfies(clash -> {
                assertThat(clash.wholeRecord()).isTrue();
                assertThat(clash.databaseValue()).isNull();
                assertThat(clash.bundleValue()).isEqualTo("Typed in Paris");
            });

            TripBundles.Imported chosen = importInto(office, back, true);
            assertThat(byUid(office, trip, untouched)).isNull();
            assertThat(byUid(office, trip, changedInParis).title()).isEqualTo("Typed in Paris");
            assertThat(chosen.added()).isPositive();
        }
    }

    @Test
    void theSampleTripsFileOpensBesideTheSampleOfAnotherDatabaseWhichStaysAsItWas() throws IOException {
        Path file = temp.resolve("sample.vptrip");
        try (Services office = TestServices.withSample(); Services laptop = TestServices.withSample()) {
            Trip trip = sampleTrip(office);
            Trip ownSample = sampleTrip(laptop);
            String ownBefore = exports(laptop, ownSample);
            int institutions = laptop.institutions().findAll().size();
            int members = laptop.members().findAll().size();
            int contacts = laptop.contacts().findAll().size();
            office.bundles().export(trip.id(), file);

            TripBundles.Imported imported = importInto(laptop, file, false);

            assertThat(imported.clashes()).isEmpty();
            // The same directory on both sides is not doubled.
            assertThat(laptop.institutions().findAll()).hasSize(institutions);
            assertThat(laptop.members().findAll()).hasSize(members);
            assertThat(laptop.contacts().findAll()).hasSize(contacts);
            assertThat(laptop.trips().findAll()).hasSize(2);
            assertThat(imported.tripId()).isNotEqualTo(ownSample.id());
            assertThat(laptop.events().findByTrip(imported.tripId()))
                    .hasSameSizeAs(office.events().findByTrip(trip.id()));
            assertThat(exports(laptop, ownSample)).isEqualTo(ownBefore);
            String before = DatabaseCopy.digest(laptop.database().dsl());
            importInto(laptop, file, true);
            assertThat(DatabaseCopy.digest(laptop.database().dsl())).isEqualTo(before);
        }
    }

    @Test
    void aRefusedFileLeavesTheDataAsItWasWithOneSentence() throws IOException {
        Path file = temp.resolve("paris.vptrip");
        try (Services office = TestServices.withSample(); Services laptop = TestServices.withSample()) {
            office.bundles().export(sampleTrip(office).id(), file);
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 40));
            String before = DatabaseCopy.digest(laptop.database().dsl());
            assertThatThrownBy(() -> laptop.bundles().read(file))
                    .isInstanceOfSatisfying(DataProblem.class, problem -> assertThat(problem.userMessage())
                            .isEqualTo(Messages.get("bundle.error.damaged", file.toString())));
            assertThat(DatabaseCopy.digest(laptop.database().dsl())).isEqualTo(before);
        }
    }
}
