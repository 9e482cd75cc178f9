package org.visitplanner.gui.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.directory.DirectoryActions;
import org.visitplanner.gui.itinerary.EventDialogViewModel;
import org.visitplanner.gui.itinerary.ItineraryViewModel;
import org.visitplanner.gui.trip.TripActions;
import org.visitplanner.gui.trip.TripEditor;
import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.trip.TripForm;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.Contact;
import org.visitplanner.model.Event;
import org.visitplanner.model.Member;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipType;
import org.visitplanner.model.Trip;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.TestServices;

/**
 * Two people save the same record from the dialogs that save a whole record at once (trip settings, partnership,
 * contact, member, event), each with their own connection to one database (H2, and PostgreSQL in mvn verify): the
 * dialog's model of one of them, the other's saves underneath it.
 */
@Tag("repository")
class LiveEditorsTest {

    /** What the window's dialogs were asked, and how the test answers. */
    private static final class Answers implements ClashResolver {
        final List<ClashChoices> clashes = new ArrayList<>();
        final List<List<String>> gone = new ArrayList<>();
        java.util.function.Predicate<ClashChoices> decide = choices -> false;
        boolean saveAsNew;

        @Override
        public boolean decide(String title, ClashChoices choices) {
            clashes.add(choices);
            return decide.test(choices);
        }

        @Override
        public boolean saveAsNew(String kind, String title, String typed) {
            gone.add(List.of(kind, title, typed));
            return saveAsNew;
        }
    }

    private List<Services> clients;
    private Services mine;
    private Services theirs;
    private AppState state;
    private UndoActions undo;
    private CurrentThreadTaskExecutor tasks;
    private DirectoryActions directory;
    private final Answers answers = new Answers();

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.ENGLISH);
        clients = TestServices.twoClients();
        mine = clients.get(0);
        theirs = clients.get(1);
        tasks = new CurrentThreadTaskExecutor();
        state = new AppState();
        undo = new UndoActions(tasks, state, new UndoHistory(100));
        directory = new DirectoryActions(tasks, state, undo, mine.directory());
        directory.setClashResolver(answers);
    }

    @AfterEach
    void close() {
        clients.forEach(Services::close);
    }

    // ---- trip settings

    private Trip sample(Services client) {
        return client.trips().findSample().orElseThrow();
    }

    private TripActions tripActions() {
        return new TripActions(tasks, state, undo, mine.tripService(), mine.members(), mine.events());
    }

    private TripEditor settingsOf(Trip trip) {
        return new TripEditor(new TripEditor.Start(TripEditor.Purpose.SETTINGS, trip, null, null, List.of(),
                List.of(), List.of()));
    }

    /** The other person saves the trip's settings with {@code name} and {@code lastDay}. */
    private void theyRenameTrip(String name, LocalDate lastDay) {
        Trip read = sample(theirs);
        theirs.tripService().update(read, new TripForm(name, read.firstDay(), lastDay, read.venueZone(),
                read.homeZone(), read.homeCity()), false);
    }

    @Test
    void tripSettingsChangedElsewhereInOtherFieldsAreMergedWithoutAsking() {
        TripEditor editor = settingsOf(sample(mine));
        Trip read = sample(mine);
        theyRenameTrip("SJTU delegation to Paris (final)", read.lastDay());

        editor.cityEnglish().textProperty().set("Shanghai (Minhang campus)");
        tripActions().saveSettings(editor, false, answers);

        assertThat(answers.clashes).isEmpty();
        Trip stored = sample(mine);
        assertThat(stored.name()).isEqualTo("SJTU delegation to Paris (final)");
        assertThat(stored.homeCity().english()).isEqualTo("Shanghai (Minhang campus)");
        assertThat(state.statusMessageProperty().get())
                .isEqualTo(Messages.get("live.merged", "SJTU delegation to Paris (final)"));
    }

    @Test
    void theTripsNameChangedByBothIsAskedAndClosingTheDialogSavesNothing() {
        Trip read = sample(mine);
        TripEditor editor = settingsOf(read);
        theyRenameTrip("Paris 2025 — final", read.lastDay().plusDays(1));

        editor.name().textProperty().set("Paris 2025 — SPEIT");
        tripActions().saveSettings(editor, false, answers);

        assertThat(answers.clashes).hasSize(1);
        assertThat(answers.clashes.get(0).rows()).extracting(ClashChoices.Row::field, ClashChoices.Row::storedText,
                ClashChoices.Row::myText).containsExactly(tuple("Name", "Paris 2025 — final", "Paris 2025 — SPEIT"));
        assertThat(sample(mine).name()).isEqualTo("Paris 2025 — final");
        assertThat(state.statusMessageProperty().get()).isEqualTo(Messages.get("live.notSaved",
                "Paris 2025 — final"));

        answers.decide = choices -> {
            choices.rows().get(0).combine();
            return true;
        };
        tripActions().saveSettings(editor, false, answers);
        Trip stored = sample(mine);
        assertThat(stored.name()).isEqualTo("Paris 2025 — final Paris 2025 — SPEIT");
        assertThat(stored.lastDay()).isEqualTo(read.lastDay().plusDays(1)); // their other change stays
    }

    @Test
    void datesMovedByMeWithTheEventsAreMergedWithTheirRename() {
        Trip read = sample(mine);
        Event first = mine.events().findByTrip(read.id()).get(0);
        TripEditor editor = settingsOf(read);
        theyRenameTrip("Paris, moved", read.lastDay());

        editor.firstDay().textProperty().set(Formats.date(read.firstDay().plusDays(7)));
        tripActions().saveSettings(editor, true, answers);

        Trip stored = sample(mine);
        assertThat(answers.clashes).isEmpty();
        assertThat(stored.name()).isEqualTo("Paris, moved");
        assertThat(stored.firstDay()).isEqualTo(read.firstDay().plusDays(7));
        assertThat(stored.lastDay()).isEqualTo(read.lastDay().plusDays(7));
        assertThat(mine.events().findById(first.id()).orElseThrow().start()).isEqualTo(first.start().plusDays(7));
    }

    // ---- partnerships

    private Partnership aPartnership() {
        long institution = mine.institutions().findAll().get(0).id();
        return mine.directory().addPartnership(new Partnership(0, institution, PartnershipType.STUDENT_EXCHANGE,
                PartnershipStatus.PROSPECT, null, null, "First contact at the fair.", 0));
    }

    private static Partnership with(Partnership p, PartnershipStatus status, String notes) {
        return new Partnership(p.id(), p.institutionId(), p.type(), status, p.since(), p.until(), notes, p.version());
    }

    @Test
    void aPartnershipChangedElsewhereInAnotherFieldKeepsBothChanges() {
        Partnership read = aPartnership();
        theirs.directory().savePartnership(read, with(read, PartnershipStatus.IN_DISCUSSION, read.notes()));

        directory.savePartnership(read, with(read, read.status(), "Draft agreement sent."), "ENPC");

        Partnership stored = mine.partnerships().findById(read.id()).orElseThrow();
        assertThat(answers.clashes).isEmpty();
        assertThat(stored.status()).isEqualTo(PartnershipStatus.IN_DISCUSSION);
        assertThat(stored.notes()).isEqualTo("Draft agreement sent.");
        assertThat(state.statusMessageProperty().get()).isEqualTo(Messages.get("live.merged",
                Messages.get("directory.partnership.name", Messages.of(read.type()), "ENPC")));
    }

    @Test
    void aPartnershipsNotesChangedByBothAreAskedAndTheChosenTextIsSaved() {
        Partnership read = aPartnership();
        theirs.directory().savePartnership(read, with(read, read.status(), "Met the dean."));
        answers.decide = choices -> {
            choices.rows().get(0).combine();
            return true;
        };

        directory.savePartnership(read, with(read, read.status(), "Draft agreement sent."), "ENPC");

        assertThat(answers.clashes).hasSize(1);
        assertThat(answers.clashes.get(0).rows()).extracting(ClashChoices.Row::storedText, ClashChoices.Row::myText)
                .containsExactly(tuple("Met the dean.", "Draft agreement sent."));
        assertThat(mine.partnerships().findById(read.id()).orElseThrow().notes())
                .isEqualTo("Met the dean.\nDraft agreement sent.");
    }

    // ---- a record deleted by someone else while I edit it

    @Test
    void aContactDeletedElsewhereIsSaidAndWhatWasTypedIsSavedAsANewContact() {
        Contact read = mine.contacts().findAll().get(0);
        theirs.directory().deleteContact(read.id(), read.version());
        answers.saveAsNew = true;
        Contact typed = new Contact(read.id(), read.institutionId(), read.nameLatin(), read.nameChinese(),
                read.title(), read.email(), "+33 1 44 58 28 00", read.languages(), read.notes(), read.version());

        List<Contact> saved = new ArrayList<>();
        directory.saveContact(read, typed, saved::add);

        assertThat(answers.gone).hasSize(1);
        assertThat(answers.gone.get(0).get(0)).isEqualTo("contact");
        assertThat(answers.gone.get(0).get(1)).isEqualTo(read.displayName());
        assertThat(answers.gone.get(0).get(2)).contains("Phone: +33 1 44 58 28 00");
        assertThat(saved).hasSize(1);
        Contact created = mine.contacts().findById(saved.get(0).id()).orElseThrow();
        assertThat(created.id()).isNotEqualTo(read.id());
        assertThat(created.phone()).isEqualTo("+33 1 44 58 28 00");
        assertThat(created.nameLatin()).isEqualTo(read.nameLatin());
        assertThat(state.statusMessageProperty().get()).isEqualTo(Messages.get("live.gone.created",
                read.displayName()));
    }

    @Test
    void aMemberDeletedElsewhereKeepsWhatWasTypedToCopyWhenNotSavedAgain() {
        Member read = mine.members().findAll().get(0);
        theirs.directory().deleteMember(read.id(), read.version());
        int before = mine.members().findAll().size();
        Member typed = new Member(read.id(), read.nameLatin(), read.nameChinese(), read.title(), read.organisation(),
                read.role(), read.email(), "+86 21 3420 0002", read.notes(), read.version());

        directory.saveMember(read, typed, member -> { });

        assertThat(answers.gone).hasSize(1);
        assertThat(answers.gone.get(0).get(2)).contains("Phone: +86 21 3420 0002").contains(read.nameLatin());
        assertThat(mine.members().findAll()).hasSize(before);
        assertThat(state.statusMessageProperty().get()).isEqualTo(Messages.get("live.gone.copied",
                read.displayName()));
    }

    @Test
    void anEventDeletedElsewhereWhileItsDialogWasOpenIsSavedAsANewEventWhenTheUserSaysSo() {
        ItineraryViewModel itinerary = new ItineraryViewModel(tasks, state, mine.itinerary(), undo);
        itinerary.setClashResolver(answers);
        state.currentTripProperty().set(sample(mine));
        Event read = mine.events().findByTrip(sample(mine).id()).get(0);
        EventDialogViewModel dialog = itinerary.editDialog(read.id()).orElseThrow();
        theirs.events().delete(read.id(), read.version());
        answers.saveAsNew = true;

        dialog.titleProperty().set("Visit, as typed before it was deleted");
        itinerary.save(dialog, dialog.validate().orElseThrow());

        assertThat(answers.gone).hasSize(1);
        assertThat(answers.gone.get(0).get(0)).isEqualTo("event");
        assertThat(answers.gone.get(0).get(2)).contains("Title: Visit, as typed before it was deleted");
        List<Event> now = mine.events().findByTrip(sample(mine).id());
        Event created = now.stream().filter(e -> e.title().equals("Visit, as typed before it was deleted"))
                .findFirst().orElseThrow();
        assertThat(created.id()).isNotEqualTo(read.id());
        assertThat(created.uid()).isNotEqualTo(read.uid());
        assertThat(created.start()).isEqualTo(read.start());
        assertThat(state.statusMessageProperty().get()).isEqualTo(Messages.get("live.gone.created",
                "Visit, as typed before it was deleted"));
    }
}
