package org.visitplanner.logic.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.db.DatabaseDump;
import org.visitplanner.logic.io.CsvProblem;
import org.visitplanner.model.EventKind;
import org.visitplanner.model.Trip;
import org.visitplanner.model.VisitToPlace;
import org.visitplanner.support.SampleVisits;
import org.visitplanner.support.TestServices;

/** A list of visits imported into a trip: recognised by its header, checked row by row, all or nothing. */
class VisitsCsvTest {

    private static final String HEADER = "institution,title,minutes,members,days,from,to,after\n";

    @TempDir
    Path folder;

    private Services services;
    private Trip sample;

    @BeforeEach
    void sampleData() {
        services = TestServices.withSample();
        sample = services.trips().findSample().orElseThrow();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Path file(String text) throws IOException {
        Path file = folder.resolve("visits.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private VisitsCsv.Preview preview(String text) throws IOException, CsvProblem {
        return services.visitsCsv().preview(file(text), sample);
    }

    @Test
    void aVisitsHeaderIsRecognisedInAnyOfTheLanguagesAndADirectoryHeaderIsNot() {
        assertThat(VisitsCsv.recognises(List.of("institution", "title", "minutes", "members", "days", "from", "to",
                "after"))).isTrue();
        assertThat(VisitsCsv.recognises(List.of("Établissement", "Titre", "Durée"))).isTrue();
        assertThat(VisitsCsv.recognises(List.of("机构", "标题", "时长"))).isTrue();
        assertThat(VisitsCsv.recognises(List.of("official_name", "city"))).isFalse();
        assertThat(VisitsCsv.recognises(List.of("institution", "name", "email"))).isFalse();
    }

    @Test
    void rowsBecomeVisitsWithTheirWishesAndTheLabTourComesAfterTheMeeting() throws Exception {
        VisitsCsv.Preview preview = preview(HEADER
                + "Polytech Paris-Saclay,Dual-degree meeting,2h,all,\"Tue, Wed\",9:00,12:30,\n"
                + "Polytech Paris-Saclay,Lab tour,60,Li Na; Chen Hao,,,,Dual-degree meeting\n"
                + "Albert School,First contact,1h,Zied MOUMNI,Fri,14h,,\n");
        assertThat(preview.rejected()).isEmpty();
        assertThat(preview.added()).extracting(VisitsCsv.Change::title)
                .containsExactly("Dual-degree meeting", "Lab tour", "First contact");

        services.visitsCsv().apply(preview);
        List<VisitToPlace> visits = services.planner().visits(sample.id());
        VisitToPlace meeting = visits.get(0);
        assertThat(meeting.minutes()).isEqualTo(120);
        assertThat(meeting.memberIds()).isEmpty();
        assertThat(meeting.days().weekdays()).containsExactly(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(meeting.earliest()).isEqualTo(LocalTime.of(9, 0));
        assertThat(meeting.latest()).isEqualTo(LocalTime.of(12, 30));
        assertThat(meeting.kind()).isEqualTo(EventKind.VISIT);
        VisitToPlace labTour = visits.get(1);
        assertThat(labTour.afterId()).isEqualTo(meeting.id());
        assertThat(labTour.memberIds()).hasSize(2);
        assertThat(visits.get(2).earliest()).isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndAChangedRowUpdatesItsVisit() throws Exception {
        String text = HEADER + "Polytech Paris-Saclay,Dual-degree meeting,120,,,,,\n"
                + "Polytech Paris-Saclay,Lab tour,60,,,,,Dual-degree meeting\n";
        services.visitsCsv().apply(preview(text));
        String before = DatabaseDump.text(services.database());

        VisitsCsv.Preview again = preview(text);
        assertThat(again.added()).isEmpty();
        assertThat(again.updated()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(2);
        services.visitsCsv().apply(again);
        assertThat(DatabaseDump.text(services.database())).isEqualTo(before);

        VisitsCsv.Preview changed = preview(text.replace("Lab tour,60", "Lab tour,90"));
        assertThat(changed.updated()).extracting(VisitsCsv.Change::title).containsExactly("Lab tour");
        services.visitsCsv().apply(changed);
        assertThat(services.planner().visits(sample.id()).get(1).minutes()).isEqualTo(90);
        assertThat(services.planner().visits(sample.id())).hasSize(2);
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEachLineAndReason() throws Exception {
        String before = DatabaseDump.text(services.database());
        VisitsCsv.Preview preview = preview(HEADER
                + "Polytech Paris-Saclay,Good visit,60,,,,,\n"
                + "Nowhere University,Visit,60,,,,,\n"
                + "Polytech Paris-Saclay,,60,,,,,\n"
                + "Polytech Paris-Saclay,Too long,an hour,,,,,\n"
                + "Polytech Paris-Saclay,Saturday,60,,Saturday,,,\n"
                + "Polytech Paris-Saclay,Who,60,Somebody Else,,,,\n"
                + "Polytech Paris-Saclay,Late,60,,,14:00,12:00,\n"
                + "Polytech Paris-Saclay,Orphan,60,,,,,No such visit\n"
                + "Polytech Paris-Saclay,Good visit,30,,,,,\n");
        assertThat(preview.importable()).isFalse();
        assertThat(preview.rejected()).extracting(VisitsCsv.Rejected::line)
                .containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(preview.rejected()).extracting(VisitsCsv.Rejected::reason).containsExactly(
                "no institution is called “Nowhere University”",
                "title: Give the visit a title.",
                "minutes: “an hour” is not a duration: write minutes (90) or hours and minutes (1h30).",
                "days: The trip (8–12 December 2025) has no Saturday.",
                "members: No member of the delegation is called “Somebody Else”.",
                "from: The latest end (12:00) must come after the earliest start (14:00).",
                "after: no visit of the file or the trip is called “No such visit”",
                "same record as line 2");
        assertThatThrownBy(() -> services.visitsCsv().apply(preview)).isInstanceOf(IllegalStateException.class);
        assertThat(DatabaseDump.text(services.database())).isEqualTo(before);
    }

    @Test
    void visitsThatFollowEachOtherInACircleAreRefused() throws Exception {
        VisitsCsv.Preview preview = preview(HEADER
                + "Polytech Paris-Saclay,A,60,,,,,B\n"
                + "Polytech Paris-Saclay,B,60,,,,,A\n");
        assertThat(preview.rejected()).extracting(VisitsCsv.Rejected::line).containsExactly(2, 3);
        assertThat(preview.rejected().get(0).reason()).contains("leads back to this visit");
    }

    @Test
    void anUnknownColumnOrAFileThatIsNotAListOfVisitsNamesTheProblem() {
        assertThatThrownBy(() -> preview("institution,title,minutes,colour\nX,Y,60,red\n"))
                .isInstanceOf(CsvProblem.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> preview("institution,title\nX,Y\n"))
                .isInstanceOf(CsvProblem.class).hasMessageContaining("not a list of visits");
    }

    @Test
    void membersNamedWhoAreNotOnTheTripArePutOnItAndTheImportIsOneUndoableStep() throws Exception {
        String before = DatabaseDump.text(services.database());
        Trip empty = SampleVisits.loadInto(services);
        assertThat(services.trips().members(empty.id())).hasSize(4);
        assertThat(services.planner().visits(empty.id())).hasSize(18);

        // The undo of an import takes the visits and the members it added away again.
        Trip other = services.tripService().create(new org.visitplanner.logic.trip.TripForm("Other",
                sample.firstDay(), sample.lastDay(), sample.venueZone(), sample.homeZone(), null), List.of());
        String withOther = DatabaseDump.text(services.database());
        VisitsCsv.Imported imported = services.visitsCsv().apply(
                services.visitsCsv().preview(SampleVisits.FILE, other));
        assertThat(imported.added()).isEqualTo(18);
        assertThat(imported.joined()).hasSize(4);
        imported.undo().revert();
        assertThat(DatabaseDump.text(services.database())).isEqualTo(withOther);
        imported.undo().apply();
        assertThat(services.planner().visits(other.id())).hasSize(18);
        assertThat(before).isNotEqualTo(withOther);
    }
}
