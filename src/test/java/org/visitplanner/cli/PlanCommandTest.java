package org.visitplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.db.DatabaseDump;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.support.Headless;
import org.visitplanner.support.Headless.Run;
import org.visitplanner.support.SampleVisits;

/**
 * {@code import FILE.csv --trip TRIP} of visits and {@code plan TRIP}, as a script would use them; the acceptance of
 * Plan for me: the sample's visits with every time removed, planned and applied headless, and {@code check} finds no
 * error in the result.
 */
class PlanCommandTest {

    private static final Pattern PLACED = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}\\t\\d{2}:\\d{2}\\t\\d{2}:\\d{2}\\t[^\\t]+\\t[^\\t]*");
    private static final Pattern SCORE = Pattern.compile("score\\thard=-?\\d+\\tsoft=-?\\d+\\ttravel=\\d+");

    @TempDir
    Path temp;

    private Path data;
    private String tripId;

    private Run run(String... args) {
        return Headless.run(Headless.inEnglish(data, args));
    }

    @BeforeEach
    void aTripWithoutEvents() {
        data = temp.resolve("data");
        assertThat(run("sample").exitCode()).isZero();
        Run created = run("new-trip", "Sample visits", "--from", "2025-12-08", "--to", "2025-12-12");
        tripId = created.out().strip();
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

    private Path csv(String text) throws Exception {
        Path file = temp.resolve("visits.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theSamplesVisitsArePlannedAppliedAndCheckedWithoutAnError() {
        Run imported = run("import", SampleVisits.FILE.toString(), "--trip", tripId);
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out().strip()).isEqualTo("added 18, updated 0, rejected 0");
        assertThat(imported.err()).contains("Chen Hao (陈浩) was put on the trip “Sample visits”.");

        Run plan = run("plan", tripId, "--seconds", "60", "--apply");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        List<String> lines = plan.lines();
        assertThat(lines).hasSize(19);
        assertThat(lines.subList(0, 18)).allMatch(line -> PLACED.matcher(line).matches());
        assertThat(lines.get(18)).matches(SCORE).startsWith("score\thard=0\t");
        assertThat(lines).anyMatch(line -> line.endsWith("\tMaterials laboratory visit\tPolytech Paris-Saclay"));
        assertThat(plan.err()).contains("Applied: 18 new events, none moved.");

        Run check = run("check", tripId);
        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.lines()).noneMatch(line -> line.startsWith("ERROR"));

        // The visits are placed now: planning again has nothing left to place.
        Run again = run("plan", tripId);
        assertThat(again.lines()).singleElement().satisfies(line -> assertThat(line).matches(SCORE));
    }

    @Test
    void withoutApplyNothingIsStoredAndTheSameSeedGivesTheSamePlan() {
        run("import", SampleVisits.FILE.toString(), "--trip", tripId);
        String before = dump();
        Run first = run("plan", tripId, "--seed", "3", "--seconds", "120");
        Run second = run("plan", tripId, "--seed", "3", "--seconds", "120");
        assertThat(first.exitCode()).isZero();
        assertThat(dump()).isEqualTo(before);
        if (first.err().isEmpty() && second.err().isEmpty()) { // both settled before the time limit
            assertThat(second.out()).isEqualTo(first.out());
        }
    }

    @Test
    void aVisitThatCannotBePlacedIsPrintedWithItsReason() throws Exception {
        Path file = csv("institution,title,minutes,members,days,from,to,after\n"
                + "Albert School,Evening lecture,60,Zied MOUMNI,Fri,18:30,,\n");
        assertThat(run("import", file.toString(), "--trip", tripId).exitCode()).isZero();
        Run plan = run("plan", tripId);
        assertThat(plan.exitCode()).isZero(); // no rule is broken: the visit is left out
        assertThat(plan.lines()).containsExactly("unplaced\tEvening lecture\tclosed on Friday afternoon",
                plan.lines().get(1));
        assertThat(plan.lines().get(1)).matches(SCORE);
    }

    @Test
    void aVisitsFileWithABadRowImportsNothingAndSaysWhichLinesAndWhy() throws Exception {
        String before = dump();
        Path file = csv("institution,title,minutes,members,days,from,to,after\n"
                + "Albert School,First contact,60,,,,,\n"
                + "Albert School,Second contact,ninety,,,,,\n"
                + "Nowhere,Third contact,60,,,,,\n");
        Run imported = run("import", file.toString(), "--trip", tripId);
        assertThat(imported.exitCode()).isEqualTo(ExitCodes.DATA_PROBLEM);
        assertThat(imported.lines()).containsExactly("added 0, updated 0, rejected 2",
                "line 3: minutes: “ninety” is not a duration: write minutes (90) or hours and minutes (1h30).",
                "line 4: no institution is called “Nowhere”");
        assertThat(imported.err().strip()).isEqualTo("Nothing was imported: 2 rows of visits.csv cannot be used "
                + "(listed above). Correct them and import the file again.");
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void badUsageExitsTwoAndAnUnknownTripThree() throws Exception {
        String before = dump();
        assertThat(run("plan", tripId, "--seconds", "0").exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(run("plan", tripId, "--seconds", "3601").err()).contains("from 1 to 3,600");
        assertThat(run("plan", "999").exitCode()).isEqualTo(ExitCodes.DATA_PROBLEM);
        Run noTrip = run("import", SampleVisits.FILE.toString());
        assertThat(noTrip.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(noTrip.err()).contains("say which trip they are for with --trip TRIP");
        Path directory = csv("official_name,city\nNew school,Paris\n");
        assertThat(run("import", directory.toString(), "--trip", tripId).exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void replanMovesTheEventsThatAreNotPinned() {
        Run created = run("new-trip", "Next year", "--from", "2030-12-09", "--to", "2030-12-13");
        String future = created.out().strip();
        run("import", SampleVisits.FILE.toString(), "--trip", future);
        assertThat(run("plan", future, "--apply").exitCode()).isZero();
        Run replan = run("plan", future, "--replan", "--seed", "5");
        assertThat(replan.exitCode()).isZero();
        assertThat(replan.lines().get(replan.lines().size() - 1)).matches(SCORE);
    }
}
