package org.visitplanner.logic.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.logic.followup.FollowUp;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.OutcomeType;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipStatusChange;
import org.visitplanner.model.PartnershipType;
import org.visitplanner.support.SampleEvents;
import org.visitplanner.support.TestServices;

/**
 * The sample trip records what the article reports each meeting achieved. A repository test: mvn verify runs it on H2
 * and again on a real PostgreSQL (TestServices).
 */
@Tag("repository")
class SampleMeetingsTest {

    @Test
    void polytechReachedConsensusOnCurriculumSelectionAndSchedule() {
        try (Services services = TestServices.withSample()) {
            var event = SampleEvents.event(services, "Dual-degree agreement: curriculum, selection, schedule",
                    "Polytech Paris-Saclay");
            List<Outcome> outcomes = services.meetings().open(event.id()).outcomes();
            assertThat(outcomes).extracting(Outcome::type).containsOnly(OutcomeType.CONSENSUS);
            assertThat(outcomes).extracting(Outcome::text).anyMatch(t -> t.contains("Curriculum alignment"))
                    .anyMatch(t -> t.contains("Selection process")).anyMatch(t -> t.contains("Schedule"));
            Partnership dualDegree = services.partnerships().findByInstitution(event.institutionId()).stream()
                    .filter(p -> p.type() == PartnershipType.DUAL_DEGREE).findFirst().orElseThrow();
            assertThat(dualDegree.status()).isEqualTo(PartnershipStatus.AGREED_IN_PRINCIPLE);
            PartnershipStatusChange change = services.partnershipStatus().changesOfInstitution(event.institutionId())
                    .get(0);
            assertThat(change.oldStatus()).isEqualTo(PartnershipStatus.IN_DISCUSSION);
            assertThat(change.outcomeId()).isEqualTo(outcomes.get(0).id());
        }
    }

    @Test
    void bothLyceesFinalisedTheDescartesClassAndTheNewSchoolsWereFirstContacts() {
        try (Services services = TestServices.withSample()) {
            for (String lycee : List.of("Louis-le-Grand", "Henri-IV")) {
                var event = SampleEvents.event(services, "Descartes Class: first immersive stay", lycee);
                assertThat(services.meetings().open(event.id()).outcomes()).extracting(Outcome::text)
                        .allMatch(t -> t.contains("Descartes Class stay finalised"));
            }
            for (String school : List.of("Albert School", "EIVP", "SupBioTech")) {
                var event = SampleEvents.event(services, "First contact", school);
                assertThat(services.meetings().open(event.id()).outcomes()).extracting(Outcome::text)
                        .anyMatch(t -> t.startsWith("Initial contact established"));
            }
            assertThat(services.partnershipStatus().findAll()).hasSize(3);
        }
    }

    @Test
    void openActionItemsHaveOwnersAndDueDates() {
        try (Services services = TestServices.withSample()) {
            List<FollowUp> open = services.followUps().findAll().stream()
                    .filter(f -> f.item().status() == ActionStatus.OPEN).toList();
            assertThat(open).hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(f -> {
                        assertThat(f.ownerName()).isNotBlank();
                        assertThat(f.item().due()).isNotNull();
                    });
        }
    }

    @Test
    void loadingTheSampleTwiceKeepsOneSetOfMeetings() {
        try (Services services = TestServices.withSample()) {
            int before = services.followUps().findAll().size();
            services.sampleTrip().ensureLoaded();
            assertThat(services.followUps().findAll()).hasSize(before);
            assertThat(services.partnershipStatus().findAll()).hasSize(3);
        }
    }
}
