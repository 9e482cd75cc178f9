package org.visitplanner.db.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.undo.DeletedRows;
import org.visitplanner.model.Closure;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.Institution;
import org.visitplanner.model.Member;
import org.visitplanner.model.OpeningHours;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.Trip;
import org.visitplanner.support.TestServices;

/** A repository test: mvn verify runs it on H2 and again on a real PostgreSQL (TestServices). */
@Tag("repository")
class DirectoryRepositoriesTest {

    private final Services services = TestServices.withSample();
    private final long tripId = services.trips().findSample().orElseThrow().id();

    @AfterEach
    void close() {
        services.close();
    }

    private Institution ponts() {
        return services.institutions().findAll().stream()
                .filter(i -> i.officialName().equals("École des Ponts et Chaussées")).findFirst().orElseThrow();
    }

    @Test
    void anUpdateBumpsTheVersionAndAStaleOneChangesNothing() {
        Institution read = ponts();
        Institution renamed = services.institutions().update(withCity(read, "Marne-la-Vallée"));
        assertThat(renamed.version()).isEqualTo(read.version() + 1);
        assertThat(services.institutions().findById(read.id()).orElseThrow().city()).isEqualTo("Marne-la-Vallée");

        assertThatThrownBy(() -> services.institutions().update(withCity(read, "Paris")))
                .isInstanceOfSatisfying(DataProblem.class, p -> assertThat(p.kind()).isEqualTo(DataProblem.Kind.STALE));
        assertThat(services.institutions().findById(read.id()).orElseThrow().city()).isEqualTo("Marne-la-Vallée");
    }

    @Test
    void hoursAndClosuresOfSeveralInstitutionsAreReadAtOnceAsEachAlone() {
        List<Long> ids = services.institutions().findAll().stream().map(Institution::id).limit(6).toList();
        Map<Long, List<OpeningHours>> hours = services.institutions().openingHoursOf(ids);
        Map<Long, List<Closure>> closures = services.institutions().closuresOf(ids);
        assertThat(hours.values()).anySatisfy(list -> assertThat(list).isNotEmpty());
        for (long id : ids) {
            assertThat(hours.getOrDefault(id, List.of())).isEqualTo(services.institutions().openingHours(id));
            assertThat(closures.getOrDefault(id, List.of())).isEqualTo(services.institutions().closures(id));
        }
        assertThat(hours.keySet()).isSubsetOf(ids);
        assertThat(services.institutions().openingHoursOf(List.of())).isEmpty();
    }

    @Test
    void theLinksOfAnInstitutionNameWhatADeleteTakesWithIt() {
        InstitutionRepository.Links links = services.institutions().links(ponts().id());
        assertThat(links.contacts()).isEqualTo(1);
        assertThat(links.partnerships()).isEqualTo(2);
        assertThat(links.events()).isPositive();
    }

    @Test
    void aDeletedInstitutionComesBackWithTheSameIdsAndLinks() {
        Institution ponts = ponts();
        String before = dump(ponts.id());
        List<Long> eventsThere = eventsAt(ponts.id());
        assertThat(eventsThere).isNotEmpty();
        services.partnershipStatus().record(services.partnerships().findByInstitution(ponts.id()).get(0).id(), null,
                PartnershipStatus.SIGNED, null, java.time.OffsetDateTime.now());

        DeletedRows deleted = services.institutions().delete(ponts.id(), ponts.version());

        assertThat(services.institutions().findById(ponts.id())).isEmpty();
        assertThat(services.contacts().findByInstitution(ponts.id())).isEmpty();
        assertThat(eventsAt(ponts.id())).isEmpty();
        assertThat(deleted.count("CONTACT")).isEqualTo(1);
        assertThat(deleted.count("PARTNERSHIP")).isEqualTo(2);
        assertThat(deleted.count("PARTNERSHIP_STATUS_CHANGE")).isEqualTo(1);
        assertThat(deleted.count("EVENT_HOST")).isPositive();
        assertThat(deleted.relinks()).hasSize(eventsThere.size());

        services.directory().restore(deleted);

        assertThat(dump(ponts.id())).isEqualTo(before);
        assertThat(eventsAt(ponts.id())).isEqualTo(eventsThere);
        Contact host = services.contacts().findByInstitution(ponts.id()).get(0);
        assertThat(services.events().findByTrip(tripId).stream().filter(e -> e.hostIds().contains(host.id())))
                .isNotEmpty();
    }

    @Test
    void aStaleDeleteDeletesNothing() {
        Institution ponts = ponts();
        services.institutions().update(withCity(ponts, "Champs-sur-Marne"));
        assertThatThrownBy(() -> services.institutions().delete(ponts.id(), ponts.version()))
                .isInstanceOfSatisfying(DataProblem.class, p -> assertThat(p.kind()).isEqualTo(DataProblem.Kind.STALE));
        assertThat(services.institutions().findById(ponts.id())).isPresent();
        assertThat(services.contacts().findByInstitution(ponts.id())).hasSize(1);
    }

    @Test
    void restoringTwiceFailsAndChangesNothing() {
        Institution ponts = ponts();
        DeletedRows deleted = services.institutions().delete(ponts.id(), ponts.version());
        services.directory().restore(deleted);
        String restored = dump(ponts.id());
        assertThatThrownBy(() -> services.directory().restore(deleted)).isInstanceOf(RuntimeException.class);
        assertThat(dump(ponts.id())).isEqualTo(restored);
    }

    @Test
    void aDeletedMemberComesBackOnTheirTripsAndEvents() {
        Member liNa = services.members().findAll().stream().filter(m -> m.nameLatin().equals("Li Na")).findFirst()
                .orElseThrow();
        long eventsBefore = participations(liNa.id());
        assertThat(services.members().links(liNa.id())).isEqualTo(new org.visitplanner.logic.directory
                .MemberRepository.Links(1, (int) eventsBefore));

        DeletedRows deleted = services.members().delete(liNa.id(), liNa.version());
        assertThat(services.trips().members(tripId)).extracting(Member::nameLatin).doesNotContain("Li Na");

        services.directory().restore(deleted);
        assertThat(services.trips().members(tripId)).extracting(Member::nameLatin)
                .containsExactly("Zied MOUMNI", "Ma Wei", "Li Na", "Chen Hao");
        assertThat(participations(liNa.id())).isEqualTo(eventsBefore);
    }

    @Test
    void takingAMemberOffATripTakesThemOutOfItsEventsOnly() {
        Member chen = services.members().findAll().stream().filter(m -> m.nameLatin().equals("Chen Hao")).findFirst()
                .orElseThrow();
        Trip other = services.trips().insert(new Trip(0, "Return visit", java.time.LocalDate.of(2026, 5, 4),
                java.time.LocalDate.of(2026, 5, 6), java.time.ZoneId.of("Asia/Shanghai"),
                java.time.ZoneId.of("Europe/Paris"), false, null, 0));
        services.trips().addMember(other.id(), chen.id(), 0);
        long before = participations(chen.id());

        DeletedRows removed = services.trips().removeMember(tripId, chen.id());

        assertThat(services.trips().members(tripId)).extracting(Member::id).doesNotContain(chen.id());
        assertThat(services.trips().members(other.id())).extracting(Member::id).containsExactly(chen.id());
        assertThat(participations(chen.id())).isZero();
        services.directory().restore(removed);
        assertThat(services.trips().members(tripId)).extracting(Member::nameLatin).last().isEqualTo("Chen Hao");
        assertThat(participations(chen.id())).isEqualTo(before);
    }

    @Test
    void aPartnershipStatusChangeIsRecordedInItsHistory() {
        Partnership dual = services.partnerships().findAll().stream()
                .filter(p -> p.status() == PartnershipStatus.PROSPECT).findFirst().orElseThrow();
        Partnership agreed = services.directory().savePartnership(dual, new Partnership(dual.id(),
                dual.institutionId(), dual.type(), PartnershipStatus.IN_DISCUSSION, dual.since(), dual.until(),
                dual.notes(), dual.version()));
        assertThat(agreed.version()).isEqualTo(dual.version() + 1);
        DeletedRows deleted = services.partnerships().delete(agreed.id(), agreed.version());
        assertThat(deleted.rows()).filteredOn(r -> r.table().equals("PARTNERSHIP_STATUS_CHANGE"))
                .singleElement().satisfies(r -> {
                    assertThat(r.values().get("OLD_STATUS")).isEqualTo(PartnershipStatus.PROSPECT);
                    assertThat(r.values().get("NEW_STATUS")).isEqualTo(PartnershipStatus.IN_DISCUSSION);
                });
    }

    private long participations(long memberId) {
        return services.events().findByTrip(tripId).stream().filter(e -> e.participantIds().contains(memberId))
                .count();
    }

    private List<Long> eventsAt(long institutionId) {
        return services.events().findByTrip(tripId).stream()
                .filter(e -> e.institutionId() != null && e.institutionId() == institutionId).map(Event::id).toList();
    }

    /** Everything stored about an institution, as text, to compare before and after. */
    private String dump(long institutionId) {
        Map<String, Object> parts = new java.util.LinkedHashMap<>();
        parts.put("institution", services.institutions().findById(institutionId).orElse(null));
        parts.put("hours", services.institutions().openingHours(institutionId));
        parts.put("closures", services.institutions().closures(institutionId));
        parts.put("contacts", services.contacts().findByInstitution(institutionId));
        parts.put("partnerships", services.partnerships().findByInstitution(institutionId));
        return parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    private static Institution withCity(Institution i, String city) {
        return new Institution(i.id(), i.officialName(), i.englishName(), i.chineseName(), i.shortName(), i.kind(),
                i.relation(), i.address(), i.postcode(), city, i.country(), i.coordinates(), i.website(), i.phone(),
                i.notes(), i.version());
    }
}
