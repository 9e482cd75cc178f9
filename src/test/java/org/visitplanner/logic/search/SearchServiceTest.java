package org.visitplanner.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.model.OutcomeType;
import org.visitplanner.model.SearchKind;
import org.visitplanner.support.TestServices;

/** A repository test: mvn verify runs it on H2 and again on a real PostgreSQL (TestServices). */
@Tag("repository")
class SearchServiceTest {

    private Services services;
    private long tripId;

    @BeforeEach
    void loadTheSample() {
        services = TestServices.withSample();
        tripId = services.trips().findSample().orElseThrow().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<SearchHit> search(String query) {
        return services.search().search(query, 50);
    }

    private Event event(String title, String institutionLabel) {
        return services.events().findByTrip(tripId).stream()
                .filter(e -> e.title().equals(title) && e.institutionId() != null
                        && services.institutions().findById(e.institutionId()).orElseThrow().label()
                        .equals(institutionLabel))
                .findFirst().orElseThrow();
    }

    @Test
    void descartesFindsTheMeetingsAtBothLycees() {
        List<SearchHit> hits = search("Descartes");
        assertThat(hits).filteredOn(h -> h.kind() == SearchKind.MEETING).extracting(SearchHit::title)
                .contains("Descartes Class: first immersive stay — Louis-le-Grand",
                        "Descartes Class: first immersive stay — Henri-IV");
        SearchHit first = hits.stream().filter(h -> h.kind() == SearchKind.MEETING).findFirst().orElseThrow();
        assertThat(first.snippetText("**")).contains("**Descartes**");
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(search("ECOLE des ponts")).extracting(SearchHit::title).contains("École des Ponts et Chaussées");
        assertThat(search("télécom")).extracting(SearchHit::kind).contains(SearchKind.INSTITUTION);
        assertThat(search("telecom")).extracting(SearchHit::title).contains("Télécom Paris");
        assertThat(search("élodie")).extracting(SearchHit::kind).containsExactly(SearchKind.CONTACT);
    }

    @Test
    void chineseFindsInstitutionsAndNotes() {
        assertThat(search("路易大帝")).extracting(SearchHit::title).contains("Lycée Louis-le-Grand");
        List<SearchHit> dualDegree = search("双学位");
        assertThat(dualDegree).extracting(SearchHit::kind).contains(SearchKind.MEETING);
        assertThat(dualDegree.get(0).snippetText("**")).contains("**双学位**");
        assertThat(search("笛卡尔")).hasSize(2);
    }

    @Test
    void theStartOfAWordIsEnough() {
        assertThat(search("selec")).extracting(SearchHit::kind).contains(SearchKind.OUTCOME, SearchKind.MEETING);
    }

    @Test
    void aNameMatchRanksAboveAPassingMention() {
        List<SearchHit> hits = search("Polytech Paris-Saclay");
        assertThat(hits.get(0).kind()).isIn(SearchKind.INSTITUTION, SearchKind.MEETING);
        assertThat(hits.get(0).title()).contains("Polytech Paris-Saclay");
    }

    @Test
    void nothingMatchesGivesNoHitsAndABlankQueryFindsNothing() {
        assertThat(search("zeppelin")).isEmpty();
        assertThat(search("   ")).isEmpty();
    }

    @Test
    void theIndexFollowsEveryEdit() {
        Event henri = event("Descartes Class: first immersive stay", "Henri-IV");
        MeetingRecord record = services.meetingRepository().findByEvent(henri.id()).orElseThrow();
        services.meetings().saveText(record, new org.visitplanner.logic.meeting.MeetingService.Text("",
                "Visite du laboratoire de robotique"));
        assertThat(search("robotique")).extracting(SearchHit::targetId).containsExactly(henri.id());
        assertThat(search("boarding")).extracting(SearchHit::kind).doesNotContain(SearchKind.MEETING);

        var added = services.meetings().addOutcome(record.id(), OutcomeType.DECISION, "Un zeppelin pour 2027");
        long outcome = added.id();
        assertThat(search("zeppelin")).extracting(SearchHit::id).containsExactly(outcome);
        services.meetings().deleteOutcome(added);
        assertThat(search("zeppelin")).isEmpty();
    }

    @Test
    void aMissingIndexIsRebuiltFromTheDatabase() throws Exception {
        assertThat(search("Descartes")).isNotEmpty();
        services.search().close();
        try (var files = java.nio.file.Files.walk(services.dataDirectory().resolve("search-index"))) {
            for (var f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(f);
            }
        }
        assertThat(search("Descartes")).isNotEmpty();
    }

    @Test
    void renamingAnInstitutionRenamesItsMeetingHits() {
        Institution albert = services.institutions().findAll().stream()
                .filter(i -> i.officialName().equals("Albert School")).findFirst().orElseThrow();
        assertThat(search("initial contact Albert")).isNotEmpty();
        services.database().dsl().execute("UPDATE institution SET short_name = 'Ecole Albert' WHERE id = ?",
                albert.id());
        assertThat(search("First contact")).extracting(SearchHit::title).contains("First contact — Ecole Albert");
    }
}
