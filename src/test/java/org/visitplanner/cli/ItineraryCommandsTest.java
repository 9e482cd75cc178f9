package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;

/** {@code check TRIP} and {@code import FILE.ics [--trip TRIP]}: output formats and exit codes. */
class ItineraryCommandsTest {

    @TempDir
    Path temp;

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private Run run(String... args) {
        return Headless.run(Headless.inEnglish(temp.resolve("data"), args));
    }

    private Path calendar(String name) throws IOException {
        Path file = temp.resolve(name);
        try (InputStream in = ItineraryCommandsTest.class.getResourceAsStream(
                "/org/visitplanner/logic/itinerary/" + name)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void checkOfTheSampleTripPrintsTabSeparatedLinesAndNoError() {
        String id = run("sample").out().strip();
        Run check = run("check", id);
        assertThat(check.exitCode()).isZero();
        assertThat(check.out().lines()).isNotEmpty()
                .allMatch(l -> l.matches("(ERROR|WARNING|INFO)\t\\d{4}-\\d\\d-\\d\\d\t[^\t]+"))
                .noneMatch(l -> l.startsWith("ERROR"));
        assertThat(check.err()).isEmpty();
        Run byName = run("check", "SJTU / SPEIT delegation to France, 8–12 December 2025");
        assertThat(byName.out()).isEqualTo(check.out());
    }

    @Test
    void checkExitsWithOneWhenThereIsAnErrorAndThreeForAnUnknownTrip() throws IOException {
        run("sample");
        // The calendar puts Ma Wei at Louis-le-Grand on Monday 10:00-11:30 while the sample has him at ENSTA.
        String id = run("import", calendar("outlook.ics").toString(), "--trip", "1").out().strip();
        Run check = run("check", id);
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("ERROR\t2025-12-08\tDouble booking for Ma Wei");

        Run unknown = run("check", "No such trip");
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err().strip()).isEqualTo(
                "There is no trip “No such trip”: give a trip’s id or its exact name (see the trips command).");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void importOfACalendarCreatesATripAndPrintsItsId() throws IOException {
        Run imported = run("import", calendar("outlook.ics").toString());
        assertThat(imported.exitCode()).isZero();
        String id = imported.out().strip();
        assertThat(id).matches("\\d+");
        assertThat(run("trips").out()).contains(id + "\tParis programme\t2025-12-08\t2025-12-09\t3");

        Run again = run("import", calendar("outlook.ics").toString(), "--trip", "Paris programme");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out().strip()).isEqualTo(id);
        assertThat(run("trips").out()).contains(id + "\tParis programme\t2025-12-08\t2025-12-09\t3");
    }

    @Test
    void aMalformedCalendarIsOneLineExitThreeAndChangesNothing() throws IOException {
        Run broken = run("import", calendar("broken.ics").toString());
        assertThat(broken.exitCode()).isEqualTo(3);
        assertThat(broken.err().lines()).hasSize(1);
        assertThat(broken.err()).startsWith("broken.ics is not a calendar file that can be read");
        assertThat(run("trips").out()).isEmpty();
    }

    @Test
    void otherFileTypesMissingFilesAndUnknownTripsAreRefused() throws IOException {
        Path pdf = Files.writeString(temp.resolve("people.pdf"), "name\n");
        Run unsupported = run("import", pdf.toString());
        assertThat(unsupported.exitCode()).isEqualTo(2);
        assertThat(unsupported.err()).startsWith("Unsupported file type");

        // A file that is not there is bad usage, as for every command (README: one rule).
        Run missing = run("import", temp.resolve("missing.ics").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().lines()).singleElement().asString().startsWith("There is no file");

        Run noTrip = run("import", calendar("outlook.ics").toString(), "--trip", "42");
        assertThat(noTrip.exitCode()).isEqualTo(3);
        assertThat(run("trips").out()).isEmpty();
    }
}
