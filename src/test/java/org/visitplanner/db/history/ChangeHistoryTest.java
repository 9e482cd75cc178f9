package org.visitplanner.db.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.FieldChange;
import org.visitplanner.model.Institution;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.support.TestServices;

/** A repository test: mvn verify runs it on H2 and again on a real PostgreSQL (TestServices). */
@Tag("repository")
class ChangeHistoryTest {

    private final Services services = TestServices.withSample();

    /** Each test starts from an empty history: the sample's own additions (recorded since V13) are left out. */
    @BeforeEach
    void forgetTheSamplesAdditions() {
        services.database().withConnection(c -> {
            try (var statement = c.createStatement()) {
                return statement.executeUpdate("DELETE FROM change_history");
            }
        });
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Who the database records: the PostgreSQL user of the session, or the computer's user for a file. */
    private static String me() {
        return TestServices.onPostgres() ? "postgres" : System.getProperty("user.name");
    }

    private Institution ponts() {
        return services.institutions().findAll().stream()
                .filter(i -> i.officialName().equals("École des Ponts et Chaussées")).findFirst().orElseThrow();
    }

    @Test
    void aChangedFieldOfAnInstitutionIsRecordedWithWhoWhenAndBothValues() {
        Institution read = ponts();
        services.institutions().update(withCityAndPhone(read, "Marne-la-Vallée", read.phone()));

        List<FieldChange> history = services.history().ofInstitution(read.id());

        assertThat(history).hasSize(1);
        FieldChange change = history.get(0);
        assertThat(change.table()).isEqualTo("institution");
        assertThat(change.field()).isEqualTo("city");
        assertThat(change.before()).isEqualTo(read.city());
        assertThat(change.after()).isEqualTo("Marne-la-Vallée");
        assertThat(change.who()).isEqualTo(me());
        assertThat(change.when()).isNotNull();
    }

    @Test
    void aFailedUpdateLeavesNoHistory() {
        Institution read = ponts();
        services.institutions().update(withCityAndPhone(read, "Noisy-le-Grand", read.phone()));
        assertThatThrownBy(() -> services.institutions().update(withCityAndPhone(read, "Paris", "+33 1")))
                .isInstanceOf(DataProblem.class);

        assertThat(services.history().ofInstitution(read.id())).extracting(FieldChange::after)
                .containsExactly("Noisy-le-Grand");
    }

    @Test
    void theSamePersonChangingAFieldAgainSoonIsOneChangeFromTheFirstValueToTheLast() {
        Institution read = ponts();
        Institution first = services.institutions().update(withCityAndPhone(read, "Noisy", read.phone()));
        services.institutions().update(withCityAndPhone(first, "Noisy-le-Grand", "+33 1 64 15 30 00"));

        List<FieldChange> history = services.history().ofInstitution(read.id());

        assertThat(history).extracting(FieldChange::field).containsExactlyInAnyOrder("city", "phone");
        FieldChange city = history.stream().filter(c -> c.field().equals("city")).findFirst().orElseThrow();
        assertThat(city.before()).isEqualTo(read.city());
        assertThat(city.after()).isEqualTo("Noisy-le-Grand");
    }

    @Test
    void anInstitutionsHistoryHoldsItsContactsChanges() {
        Institution ponts = ponts();
        Contact contact = services.contacts().findByInstitution(ponts.id()).get(0);
        services.contacts().update(new Contact(contact.id(), contact.institutionId(), contact.nameLatin(),
                contact.nameChinese(), contact.title(), "new.address@example.org", contact.phone(),
                contact.languages(), contact.notes(), contact.version()));

        assertThat(services.history().ofInstitution(ponts.id()))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.table()).isEqualTo("contact");
                    assertThat(change.recordId()).isEqualTo(contact.id());
                    assertThat(change.field()).isEqualTo("email");
                    assertThat(change.after()).isEqualTo("new.address@example.org");
                });
    }

    @Test
    void anEventsDetailsHoldItsChangesAndALongNoteIsSaidToHaveChangedWithoutItsText() {
        long tripId = services.trips().findSample().orElseThrow().id();
        Event event = services.events().findByTrip(tripId).get(0);
        services.events().update(new Event(event.id(), event.tripId(), event.uid(), event.kind(), "Renamed visit",
                event.start(), event.end(), event.zone(), event.institutionId(), event.location(), event.status(),
                event.notes(), event.participantIds(), event.hostIds(), event.version()));
        MeetingRecord record = services.meetingRepository().findByEvent(event.id())
                .orElseGet(() -> services.meetingRepository().insert(event.id(), "", ""));
        String longNote = "Confidential: ".repeat(30);
        services.meetingRepository().updateText(record.id(), record.agenda(), longNote, record.version());

        List<FieldChange> history = services.history().ofEvent(event.id());

        assertThat(history).extracting(FieldChange::table, FieldChange::field)
                .containsExactlyInAnyOrder(tuple("event", "title"),
                        tuple("meeting_record", "notes"));
        FieldChange note = history.stream().filter(c -> c.field().equals("notes")).findFirst().orElseThrow();
        assertThat(note.longText()).isTrue();
        assertThat(note.before()).isNull();
        assertThat(note.after()).isNull();
        assertThat(history.stream().filter(c -> c.field().equals("title")).findFirst().orElseThrow().after())
                .isEqualTo("Renamed visit");
    }

    @Test
    void aContactDeletedIsInItsInstitutionsHistoryByNameAndOneAddedToo() {
        Institution ponts = ponts();
        Contact gone = services.contacts().findByInstitution(ponts.id()).get(0);
        services.contacts().delete(gone.id(), gone.version());
        Contact added = services.contacts().insert(new Contact(0, ponts.id(), "Claire Martin", null, null, null,
                null, null, null, 0));

        List<FieldChange> history = services.history().ofInstitution(ponts.id());

        assertThat(history).extracting(FieldChange::table, FieldChange::recordId, FieldChange::field,
                        FieldChange::before, FieldChange::after, FieldChange::who)
                .containsExactly(tuple("contact", added.id(), "added", null, "Claire Martin", me()),
                        tuple("contact", gone.id(), "deleted", gone.nameLatin(), null, me()));
    }

    @Test
    void anInstitutionAddedAndAnEventAddedAreRecordedWithTheirNames() {
        Institution read = ponts();
        Institution added = services.institutions().insert(new Institution(0, "Institut Mines-Télécom", null, null,
                null, read.kind(), read.relation(), null, null, "Palaiseau", "France", null, null, null, null, 0));
        long tripId = services.trips().findSample().orElseThrow().id();
        Event model = services.events().findByTrip(tripId).get(0);
        Event event = services.events().insert(new Event(0, tripId, "bench-uid-1@visitplanner", model.kind(),
                "Lunch with the alumni", model.start(), model.end(), model.zone(), null, null, model.status(), null,
                List.of(), List.of(), 0));

        assertThat(services.history().ofInstitution(added.id())).extracting(FieldChange::field, FieldChange::after)
                .containsExactly(tuple("added", "Institut Mines-Télécom"));
        assertThat(services.history().ofEvent(event.id())).extracting(FieldChange::field, FieldChange::after)
                .containsExactly(tuple("added", "Lunch with the alumni"));
    }

    @Test
    void aDeleteUndoneSoonAfterLeavesNoHistoryAndARolledBackOneNone() {
        Institution ponts = ponts();
        List<Long> contacts = services.contacts().findByInstitution(ponts.id()).stream().map(Contact::id).toList();
        services.directory().restore(services.institutions().delete(ponts.id(), ponts.version()));

        assertThat(services.history().ofInstitution(ponts.id())).isEmpty();
        assertThat(contacts).isNotEmpty();

        assertThatThrownBy(() -> services.institutions().delete(ponts.id(), ponts.version() + 7))
                .isInstanceOf(DataProblem.class);
        assertThat(services.history().ofInstitution(ponts.id())).isEmpty();
    }

    @Test
    void aChangeTakenBackSoonAfterLeavesNoHistory() {
        Institution read = ponts();
        Institution moved = services.institutions().update(withCityAndPhone(read, "Noisy-le-Grand", read.phone()));
        services.institutions().update(withCityAndPhone(moved, read.city(), read.phone()));

        assertThat(services.history().ofInstitution(read.id())).isEmpty();
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        Institution read = ponts();
        services.institutions().update(read);

        assertThat(services.history().ofInstitution(read.id())).isEmpty();
    }

    private static Institution withCityAndPhone(Institution i, String city, String phone) {
        return new Institution(i.id(), i.officialName(), i.englishName(), i.chineseName(), i.shortName(), i.kind(),
                i.relation(), i.address(), i.postcode(), city, i.country(), i.coordinates(), i.website(), phone,
                i.notes(), i.version());
    }
}
