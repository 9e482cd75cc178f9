package org.visitplanner.gui.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.visitplanner.app.Services;
import org.visitplanner.gui.common.AppState;
import org.visitplanner.gui.common.TaskExecutor;
import org.visitplanner.gui.common.UndoActions;
import org.visitplanner.gui.team.ClashChoices;
import org.visitplanner.logic.DataProblem;
import org.visitplanner.logic.undo.UndoHistory;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.Event;
import org.visitplanner.model.MeetingRecord;
import org.visitplanner.model.OutcomeType;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipType;
import org.visitplanner.support.CurrentThreadTaskExecutor;
import org.visitplanner.support.ManualScheduler;
import org.visitplanner.support.SampleEvents;
import org.visitplanner.support.TestServices;

class MeetingRecordViewModelTest {

    private final Services services = TestServices.withSample();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final AppState state = new AppState();

    /** Counts the writes and can make them fail like a full disk. */
    private final class CountingExecutor implements TaskExecutor {
        final AtomicInteger runs = new AtomicInteger();
        final AtomicBoolean diskFull = new AtomicBoolean();
        private final TaskExecutor inner = new CurrentThreadTaskExecutor();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            runs.incrementAndGet();
            inner.run(() -> {
                if (diskFull.get()) {
                    throw new DataProblem(DataProblem.Kind.DISK_FULL, "memory", null);
                }
                return work.call();
            }, onSuccess, onFailure);
        }
    }

    private final CountingExecutor tasks = new CountingExecutor();
    private final UndoActions undo = new UndoActions(tasks, state, new UndoHistory(50));
    private final MeetingRecordViewModel viewModel = new MeetingRecordViewModel(tasks, scheduler, state,
            services.meetings(), undo);

    @AfterEach
    void close() {
        services.close();
    }

    private Event openHenri() {
        Event henri = SampleEvents.event(services, "Descartes Class: first immersive stay", "Henri-IV");
        viewModel.open(henri.id());
        return henri;
    }

    private MeetingRecord stored(Event event) {
        return services.meetingRepository().findByEvent(event.id()).orElseThrow();
    }

    @Test
    void theirAgendaAndTheNotesBeingTypedAreBothSavedAndTheNotesAreNotReplaced() {
        Event henri = openHenri();
        MeetingRecord read = stored(henri);
        services.meetingRepository().updateText(read.id(), "Their agenda", read.notes(), read.version());

        viewModel.notes().notesProperty().set("My notes");
        AtomicInteger notesSet = new AtomicInteger();
        viewModel.notes().notesProperty().addListener((obs, was, now) -> notesSet.incrementAndGet());
        viewModel.notes().flush();

        assertThat(stored(henri).agenda()).isEqualTo("Their agenda");
        assertThat(stored(henri).notes()).isEqualTo("My notes");
        assertThat(viewModel.notes().agendaProperty().get()).isEqualTo("Their agenda");
        assertThat(notesSet.get()).isZero();
        assertThat(viewModel.notes().hasUnsavedText()).isFalse();
    }

    @Test
    void theSameNotesChangedElsewhereAreAClashShownWithBothTextsAndSavedAsTheUserCombinedThem() {
        Event henri = openHenri();
        MeetingRecord read = stored(henri);
        services.meetingRepository().updateText(read.id(), read.agenda(), "Their notes", read.version());
        List<ClashChoices> asked = new ArrayList<>();
        viewModel.notes().setClashResolver((title, choices) -> {
            asked.add(choices);
            choices.rows().get(0).combine();
            return true;
        });

        viewModel.notes().notesProperty().set("My notes");
        viewModel.notes().flush();

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).rows()).hasSize(1);
        assertThat(asked.get(0).rows().get(0).storedText()).isEqualTo("Their notes");
        assertThat(asked.get(0).rows().get(0).myText()).isEqualTo("My notes");
        assertThat(stored(henri).notes()).isEqualTo("Their notes\nMy notes");
        assertThat(viewModel.notes().notesProperty().get()).isEqualTo("Their notes\nMy notes");
    }

    @Test
    void reopeningWhileTextWaitsStillAsksAboutTheSameNotesChangedElsewhere() {
        Event henri = openHenri();
        MeetingRecord read = stored(henri);
        viewModel.notes().notesProperty().set("My notes");
        services.meetingRepository().updateText(read.id(), read.agenda(), "Their notes", read.version());
        viewModel.open(henri.id()); // what a failed write does: show what is there now
        List<ClashChoices> asked = new ArrayList<>();
        viewModel.notes().setClashResolver((title, choices) -> {
            asked.add(choices);
            return false;
        });

        viewModel.notes().flush();

        assertThat(asked).hasSize(1);
        assertThat(stored(henri).notes()).isEqualTo("Their notes");
        assertThat(viewModel.notes().notesProperty().get()).isEqualTo("My notes");
    }

    @Test
    void aClashLeftUndecidedSavesNothingAndKeepsTheUsersNotes() {
        Event henri = openHenri();
        MeetingRecord read = stored(henri);
        services.meetingRepository().updateText(read.id(), read.agenda(), "Their notes", read.version());

        viewModel.notes().notesProperty().set("My notes");
        viewModel.notes().flush();

        assertThat(stored(henri).notes()).isEqualTo("Their notes");
        assertThat(viewModel.notes().notesProperty().get()).isEqualTo("My notes");
        assertThat(viewModel.notes().saveFailedProperty().get()).isTrue();
        assertThat(viewModel.notes().hasUnsavedText()).isTrue();
    }

    @Test
    void typingIsSavedOnceAfterAPauseNotOnEveryKey() {
        Event henri = openHenri();
        assertThat(viewModel.notes().notesProperty().get()).contains("Descartes Class");
        int writesBefore = tasks.runs.get();

        viewModel.notes().notesProperty().set("A");
        scheduler.advance(Duration.ofMillis(200));
        viewModel.notes().notesProperty().set("An");
        scheduler.advance(Duration.ofMillis(200));
        viewModel.notes().notesProperty().set("And");
        assertThat(stored(henri).notes()).doesNotContain("And");
        assertThat(viewModel.notes().hasUnsavedText()).isTrue();

        scheduler.advance(Duration.ofMillis(800));
        assertThat(stored(henri).notes()).isEqualTo("And");
        assertThat(tasks.runs.get() - writesBefore).isEqualTo(1);
        assertThat(viewModel.notes().saveStatusProperty().get()).isEqualTo("Saved at 10:42");
        assertThat(viewModel.notes().hasUnsavedText()).isFalse();
    }

    @Test
    void typingThatNeverPausesIsSavedEverySecond() {
        Event henri = openHenri();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) { // a key every 100 ms for 3 seconds
            text.append('x');
            viewModel.notes().notesProperty().set(text.toString());
            scheduler.advance(Duration.ofMillis(100));
        }
        // A crash now would lose at most the last second of typing.
        assertThat(stored(henri).notes().length()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void leavingTheFieldOrClosingSavesAtOnce() {
        Event henri = openHenri();
        viewModel.notes().agendaProperty().set("Agenda typed just before closing");
        viewModel.notes().flush();
        assertThat(stored(henri).agenda()).isEqualTo("Agenda typed just before closing");
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void aFailedSaveKeepsTheTextSaysSoAndTriesAgain() {
        Event henri = openHenri();
        tasks.diskFull.set(true);
        viewModel.notes().notesProperty().set("Words that must not be lost");
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(viewModel.notes().saveFailedProperty().get()).isTrue();
        assertThat(viewModel.notes().saveStatusProperty().get()).contains("disk").contains("full");
        assertThat(viewModel.notes().notesProperty().get()).isEqualTo("Words that must not be lost");
        assertThat(viewModel.notes().hasUnsavedText()).isTrue();

        tasks.diskFull.set(false);
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(stored(henri).notes()).isEqualTo("Words that must not be lost");
        assertThat(viewModel.notes().saveFailedProperty().get()).isFalse();
    }

    @Test
    void anAgreementOffersToMoveThePartnershipAndConfirmingRecordsIt() {
        Event henri = openHenri();
        assertThat(viewModel.outcomes().save(null, OutcomeType.INFORMATION, "Boarding is possible")).isTrue();
        assertThat(viewModel.outcomes().partnershipOfferProperty().get()).isNull();

        viewModel.outcomes().save(null, OutcomeType.AGREEMENT, "Teacher stays renewed for 2026");
        var offer = viewModel.outcomes().partnershipOfferProperty().get();
        assertThat(offer).isNotNull();
        assertThat(offer.suggested()).isEqualTo(PartnershipStatus.SIGNED);
        Partnership teachers = offer.partnerships().stream()
                .filter(p -> p.type() == PartnershipType.TEACHER_TRAINING).findFirst().orElseThrow();

        viewModel.outcomes().acceptOffer(offer, teachers, null, PartnershipStatus.RENEWAL_DUE);

        assertThat(viewModel.outcomes().partnershipOfferProperty().get()).isNull();
        assertThat(services.partnerships().findByInstitution(henri.institutionId()))
                .filteredOn(p -> p.id() == teachers.id()).extracting(Partnership::status)
                .containsExactly(PartnershipStatus.RENEWAL_DUE);
        assertThat(services.partnershipStatus().changesOfInstitution(henri.institutionId()).get(0).outcomeId())
                .isEqualTo(offer.outcome().id());
        assertThat(viewModel.outcomes().items()).hasSize(3);
    }

    @Test
    void decliningTheOfferChangesNothing() {
        Event henri = openHenri();
        var before = services.partnerships().findByInstitution(henri.institutionId());
        int changes = services.partnershipStatus().findAll().size();
        viewModel.outcomes().save(null, OutcomeType.CONSENSUS, "Dates to be confirmed");
        assertThat(viewModel.outcomes().partnershipOfferProperty().get()).isNotNull();
        viewModel.outcomes().declineOffer();
        assertThat(viewModel.outcomes().partnershipOfferProperty().get()).isNull();
        assertThat(services.partnershipStatus().findAll()).hasSize(changes);
        assertThat(services.partnerships().findByInstitution(henri.institutionId())).isEqualTo(before);
    }

    @Test
    void anEmptyOutcomeOrActionIsRefusedWithAMessage() {
        openHenri();
        assertThat(viewModel.outcomes().save(null, OutcomeType.DECISION, " ")).isFalse();
        assertThat(viewModel.problemProperty().get()).isEqualTo("Write the outcome before adding it.");
        assertThat(viewModel.actions().save(null, "", null, null)).isFalse();
        assertThat(viewModel.outcomes().items()).hasSize(1);
    }

    @Test
    void actionItemsShowTheirOwnerAndWhetherTheyAreOverdue() {
        openHenri();
        var li = viewModel.actions().owners().stream().filter(m -> m.nameLatin().equals("Li Na")).findFirst()
                .orElseThrow();
        viewModel.actions().due().field().textProperty().set("1/12/2025");
        viewModel.actions().save(null, "Send the rooming list", li, null);
        var row = viewModel.actions().items().get(viewModel.actions().items().size() - 1);
        assertThat(row.owner()).isEqualTo("Li Na (李娜)");
        assertThat(row.overdue()).isTrue();
        viewModel.actions().setStatus(row.item(), ActionStatus.DONE);
        var done = viewModel.actions().items().get(viewModel.actions().items().size() - 1);
        assertThat(done.item().status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.overdue()).isFalse();
    }

    @Test
    void aDueDateTypedDayFirstIsSavedAndOneThatCannotBeReadIsNeitherSavedNorLost() {
        openHenri();
        int before = viewModel.actions().items().size();
        viewModel.actions().due().field().textProperty().set("31/02/2027");
        assertThat(viewModel.actions().save(null, "Book the lecture hall", null, null)).isFalse();
        assertThat(viewModel.actions().due().field().problem().message()).isEqualTo("February 2027 has only 28 days.");
        assertThat(viewModel.actions().due().field().text()).isEqualTo("31/02/2027");
        assertThat(viewModel.actions().items()).hasSize(before);

        viewModel.actions().due().field().textProperty().set("15/01/2027"); // was dropped: only 01/15/2027 was read
        assertThat(viewModel.actions().due().field().understoodProperty().get()).isEqualTo("Friday 15 January 2027");
        assertThat(viewModel.actions().save(null, "Book the lecture hall", null, null)).isTrue();
        assertThat(viewModel.actions().items()).hasSize(before + 1);
        assertThat(viewModel.actions().items().get(before).item().due()).isEqualTo(java.time.LocalDate.of(2027, 1, 15));
        assertThat(viewModel.actions().items().get(before).due()).isEqualTo("15 January 2027");
    }

    @Test
    void outcomesAndActionsUndoAndRedoInOrderAndTheListsFollow() {
        Event henri = openHenri();
        assertThat(viewModel.outcomes().save(null, OutcomeType.DECISION, "Two weeks in March")).isTrue();
        long added = viewModel.outcomes().items().get(viewModel.outcomes().items().size() - 1).id();
        viewModel.outcomes().save(viewModel.outcomes().items().get(0), OutcomeType.INFORMATION,
                "Boarding for half the group");
        viewModel.outcomes().move(viewModel.outcomes().items().get(viewModel.outcomes().items().size() - 1), -1);
        viewModel.actions().due().field().textProperty().set("2027年1月15日");
        viewModel.actions().save(null, "Book the rooms", null, null);
        var actions = viewModel.actions().items();
        viewModel.actions().setStatus(actions.get(actions.size() - 1).item(), ActionStatus.DONE);
        assertThat(undo.undoTextProperty().get()).isEqualTo("_Undo status of the action item “Book the rooms”");

        for (int i = 0; i < 5; i++) {
            undo.undo();
        }
        assertThat(viewModel.outcomes().items()).extracting(o -> o.text()).containsExactly(
                "Core details of the Descartes Class stay finalised with Henri-IV.");
        assertThat(viewModel.actions().items()).hasSize(1);
        assertThat(services.meetings().open(henri.id()).outcomes()).hasSize(1);

        for (int i = 0; i < 5; i++) {
            undo.redo();
        }
        assertThat(viewModel.outcomes().items()).extracting(o -> o.text()).containsExactly("Two weeks in March",
                "Boarding for half the group");
        assertThat(viewModel.outcomes().items().get(0).id()).isEqualTo(added); // the same record, not a copy
        assertThat(viewModel.actions().items().get(1).item().status()).isEqualTo(ActionStatus.DONE);
        assertThat(viewModel.actions().items().get(1).item().due()).isEqualTo(java.time.LocalDate.of(2027, 1, 15));
    }

    @Test
    void attendanceIsSavedWhenATickChanges() {
        Event henri = openHenri();
        long meeting = stored(henri).id();
        var first = viewModel.attendees().members().get(0);
        first.attendedProperty().set(false);
        assertThat(services.meetingRepository().memberIds(meeting)).doesNotContain(first.id());
        assertThat(viewModel.attendees().addContact("Paul Martin", "", "Teacher")).isTrue();
        assertThat(viewModel.attendees().contacts()).extracting(AttendeesViewModel.Attendee::name)
                .contains("Paul Martin");
        assertThat(viewModel.attendees().addContact(" ", "", "")).isFalse();
    }

    @Test
    void aColleaguesNoteShowsWhenTheUserIsNotInTheText() {
        Event henri = openHenri();
        MeetingRecord record = stored(henri);
        services.meetingRepository().updateText(record.id(), record.agenda(), "Saved by a colleague",
                record.version());

        state.dataChanged(); // what the change listener does when the colleague's commit arrives

        assertThat(viewModel.notes().notesProperty().get()).isEqualTo("Saved by a colleague");
        assertThat(viewModel.notes().hasUnsavedText()).isFalse();
    }

    @Test
    void aColleaguesNoteNeverReplacesTheTextUnderTheCursor() {
        Event henri = openHenri();
        viewModel.notes().typingProperty().set(true);
        String shown = viewModel.notes().notesProperty().get();
        MeetingRecord record = stored(henri);
        services.meetingRepository().updateText(record.id(), record.agenda(), "Saved by a colleague",
                record.version());

        state.dataChanged();
        assertThat(viewModel.notes().notesProperty().get()).isEqualTo(shown);

        viewModel.notes().typingProperty().set(false); // the user leaves the notes without having typed
        assertThat(viewModel.notes().notesProperty().get()).isEqualTo("Saved by a colleague");
    }

    @Test
    void textTypedAndNotYetSavedIsKeptWhenAColleagueSaves() {
        Event henri = openHenri();
        viewModel.notes().notesProperty().set("Mine, being typed");
        MeetingRecord record = stored(henri);
        services.meetingRepository().updateText(record.id(), "Their agenda", record.notes(), record.version());

        state.dataChanged();

        assertThat(viewModel.notes().notesProperty().get()).isEqualTo("Mine, being typed");
        assertThat(viewModel.notes().hasUnsavedText()).isTrue();
    }
}
