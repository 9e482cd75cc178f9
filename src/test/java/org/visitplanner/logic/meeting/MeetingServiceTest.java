package org.visitplanner.logic.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.merge.FieldMerge;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.Attachment;
import org.visitplanner.model.Event;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.model.Outcome;
import org.visitplanner.model.OutcomeType;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipStatusChange;
import org.visitplanner.model.PartnershipType;
import org.visitplanner.support.SampleEvents;
import org.visitplanner.support.TestServices;

/** A repository test: mvn verify runs it on H2 and again on a real PostgreSQL (TestServices). */
@Tag("repository")
class MeetingServiceTest {

    @TempDir
    Path temp;

    private final Services services = TestServices.withSample();
    private final MeetingService meetings = services.meetings();

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theFirstOpeningCreatesTheRecordWithThePlannedPeopleAsAttendees() {
        Event lunch = SampleEvents.event(services, "Lunch with the ENSTA team", "ENSTA");
        assertThat(services.meetingRepository().findByEvent(lunch.id())).isEmpty();

        MeetingSheet sheet = meetings.open(lunch.id());
        assertThat(sheet.record().notes()).isEmpty();
        assertThat(sheet.attendingMemberIds()).containsExactlyInAnyOrderElementsOf(lunch.participantIds());
        assertThat(sheet.attendingContactIds()).containsExactlyInAnyOrderElementsOf(lunch.hostIds());
        assertThat(sheet.tripMembers()).hasSize(4);
        assertThat(meetings.open(lunch.id()).record().id()).isEqualTo(sheet.record().id());
    }

    @Test
    void theSameTextSavedMeanwhileElsewhereIsAClashAndNothingIsSaved() {
        Event henri = SampleEvents.event(services, "Descartes Class: first immersive stay", "Henri-IV");
        MeetingRecord seen = meetings.open(henri.id()).record();
        // Another window saves first.
        services.meetingRepository().updateText(seen.id(), seen.agenda(), "Their version", seen.version());

        MeetingService.Saved saved = meetings.saveText(seen, new MeetingService.Text(seen.agenda(), "My version"));
        assertThat(saved.clashed()).isTrue();
        assertThat(saved.clash().clashes()).containsExactly(new FieldMerge.Clash<>(MeetingService.NOTES,
                seen.notes() == null ? "" : seen.notes(), "Their version", "My version"));
        assertThat(saved.record().notes()).isEqualTo("Their version");
        assertThat(meetings.open(henri.id()).record().notes()).isEqualTo("Their version");
    }

    @Test
    void theirAgendaAndMyNotesAreBothSaved() {
        Event henri = SampleEvents.event(services, "Descartes Class: first immersive stay", "Henri-IV");
        MeetingRecord seen = meetings.open(henri.id()).record();
        services.meetingRepository().updateText(seen.id(), "Their agenda", seen.notes(), seen.version());

        MeetingService.Saved saved = meetings.saveText(seen, new MeetingService.Text(seen.agenda(), "My notes"));
        assertThat(saved.clashed()).isFalse();
        assertThat(saved.merged()).isTrue();
        assertThat(saved.record().agenda()).isEqualTo("Their agenda");
        assertThat(saved.record().notes()).isEqualTo("My notes");
        assertThat(saved.record().version()).isEqualTo(seen.version() + 2);
    }

    @Test
    void aStaleVersionWithUnchangedTextSimplySavesTheUsersText() {
        Event henri = SampleEvents.event(services, "Descartes Class: first immersive stay", "Henri-IV");
        MeetingRecord seen = meetings.open(henri.id()).record();
        services.meetingRepository().updateText(seen.id(), seen.agenda(), seen.notes(), seen.version());

        MeetingService.Saved saved = meetings.saveText(seen, new MeetingService.Text("New agenda", seen.notes()));
        assertThat(saved.merged()).isFalse();
        assertThat(saved.record().agenda()).isEqualTo("New agenda");
        assertThat(saved.record().notes()).isEqualTo(seen.notes());
    }

    @Test
    void aConsensusMovesThePartnershipAndTheChangeNamesTheOutcome() {
        Event ponts = SampleEvents.event(services, "University–enterprise education model; research and internships",
                "École des Ponts");
        MeetingSheet sheet = meetings.open(ponts.id());
        Outcome consensus = meetings.addOutcome(sheet.record().id(), OutcomeType.CONSENSUS,
                "Internship projects agreed in principle");
        Partnership internships = sheet.partnerships().stream()
                .filter(p -> p.type() == PartnershipType.INTERNSHIPS).findFirst().orElseThrow();
        assertThat(MeetingService.suggestedStatus(OutcomeType.CONSENSUS))
                .isEqualTo(PartnershipStatus.AGREED_IN_PRINCIPLE);

        PartnershipStatusChange change = meetings.changePartnership(internships,
                PartnershipStatus.AGREED_IN_PRINCIPLE, consensus.id());

        assertThat(change.oldStatus()).isEqualTo(PartnershipStatus.PROSPECT);
        assertThat(change.outcomeId()).isEqualTo(consensus.id());
        assertThat(services.partnerships().findByInstitution(ponts.institutionId()))
                .filteredOn(p -> p.id() == internships.id()).extracting(Partnership::status)
                .containsExactly(PartnershipStatus.AGREED_IN_PRINCIPLE);
        assertThat(services.partnershipStatus().changesOfInstitution(ponts.institutionId()))
                .extracting(PartnershipStatusChange::outcomeId).contains(consensus.id());
        // The partnership as first read is now out of date: nothing is changed behind the user's back.
        assertThatThrownBy(() -> meetings.changePartnership(internships, PartnershipStatus.SIGNED, consensus.id()))
                .isInstanceOfSatisfying(DataProblem.class, p -> assertThat(p.kind()).isEqualTo(DataProblem.Kind.STALE));
    }

    @Test
    void aNewPartnershipCanBeStartedFromAnOutcome() {
        Event eivp = SampleEvents.event(services, "First contact", "EIVP");
        MeetingSheet sheet = meetings.open(eivp.id());
        Outcome agreement = meetings.addOutcome(sheet.record().id(), OutcomeType.AGREEMENT, "Exchange agreed");
        PartnershipStatusChange change = meetings.startPartnership(eivp.institutionId(),
                PartnershipType.STUDENT_EXCHANGE, PartnershipStatus.AGREED_IN_PRINCIPLE, agreement.id());
        assertThat(change.oldStatus()).isNull();
        assertThat(services.partnerships().findByInstitution(eivp.institutionId()))
                .extracting(Partnership::type).contains(PartnershipType.STUDENT_EXCHANGE);
    }

    @Test
    void outcomesAndActionsKeepTheirOrderAndCanBeMoved() {
        Event ensta = SampleEvents.event(services, "Lunch with the ENSTA team", "ENSTA");
        long meeting = meetings.open(ensta.id()).record().id();
        Outcome a = meetings.addOutcome(meeting, OutcomeType.DECISION, "A");
        Outcome b = meetings.addOutcome(meeting, OutcomeType.INFORMATION, "B");
        meetings.addOutcome(meeting, OutcomeType.FOLLOW_UP, "C");
        List<Outcome> moved = meetings.moveOutcome(meeting, b.id(), -1);
        assertThat(moved).extracting(Outcome::text).containsExactly("B", "A", "C");
        assertThat(meetings.moveOutcome(meeting, b.id(), -1)).extracting(Outcome::text).containsExactly("B", "A", "C");
        meetings.updateOutcome(new Outcome(a.id(), meeting, OutcomeType.DECISION, "A, reworded", a.position(),
                a.version()));
        assertThat(services.meetingRepository().outcomes(meeting)).extracting(Outcome::text)
                .containsExactly("B", "A, reworded", "C");

        var action = meetings.addAction(meeting, "Send the minutes", null, null);
        var done = meetings.setStatus(action, ActionStatus.DONE);
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThatThrownBy(() -> meetings.setStatus(action, ActionStatus.DROPPED)).isInstanceOf(DataProblem.class);
        assertThatThrownBy(() -> meetings.addOutcome(meeting, OutcomeType.DECISION, "  "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAttachmentIsCopiedIntoTheDataDirectoryUnderASafeName() throws IOException {
        Event ensta = SampleEvents.event(services, "Lunch with the ENSTA team", "ENSTA");
        long meeting = meetings.open(ensta.id()).record().id();
        Path original = Files.writeString(temp.resolve("con.txt"), "abc", StandardCharsets.UTF_8);

        Attachment attachment = meetings.attach(meeting, original);

        assertThat(attachment.fileName()).isEqualTo("_con.txt");
        assertThat(attachment.sizeBytes()).isEqualTo(3);
        assertThat(attachment.sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Path copy = meetings.fileOf(attachment);
        assertThat(copy).startsWith(services.dataDirectory().resolve("attachments"));
        assertThat(Files.readString(copy)).isEqualTo("abc");

        Attachment second = meetings.attach(meeting, original);
        assertThat(second.fileName()).isEqualTo("_con (2).txt");

        meetings.removeAttachment(attachment);
        assertThat(copy).doesNotExist();
        assertThat(original).exists();
        assertThat(services.meetingRepository().attachments(meeting)).containsExactly(second);
    }

    @Test
    void aStoredPathOutsideTheAttachmentsFolderIsRefused() {
        Attachment forged = new Attachment(1, 1, "x", "attachments/../../../etc/passwd", 1, "0".repeat(64), 0);
        assertThatThrownBy(() -> meetings.fileOf(forged)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAddedContactIsInTheDirectoryAndAmongTheAttendees() {
        Event ensta = SampleEvents.event(services, "Lunch with the ENSTA team", "ENSTA");
        long meeting = meetings.open(ensta.id()).record().id();
        var contact = meetings.addContact(meeting, ensta.institutionId(), "Léa Roux", "罗蕾雅", "Exchange officer");
        assertThat(services.contacts().findByInstitution(ensta.institutionId())).contains(contact);
        assertThat(services.meetingRepository().contactIds(meeting)).contains(contact.id());
    }

    @Test
    void theHistoryOfAnInstitutionListsItsVisitsNewestFirstWithOutcomesAndOpenActions() {
        var polytech = SampleEvents.institution(services, "Polytech Paris-Saclay");
        List<Visit> visits = meetings.visitsTo(polytech.id());
        assertThat(visits).extracting(v -> v.event().title()).containsExactly("Lunch with Polytech Paris-Saclay",
                "Materials laboratory visit", "Dual-degree agreement: curriculum, selection, schedule");
        Visit dualDegree = visits.get(2);
        assertThat(dualDegree.recorded()).isTrue();
        assertThat(dualDegree.outcomes()).extracting(Outcome::type).containsOnly(OutcomeType.CONSENSUS).hasSize(3);
        assertThat(dualDegree.openActions()).hasSize(2);
        assertThat(dualDegree.ownerNames()).containsExactly("Ma Wei", "Zied MOUMNI");
        assertThat(visits.get(0).recorded()).isFalse();
        assertThat(visits.get(0).attendees()).hasSize(4);
    }
}
